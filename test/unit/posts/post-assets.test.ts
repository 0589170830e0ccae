import { describe, expect, it } from 'vitest';
import { useLibrary } from '../assets/app';
import { image, pdf, put } from '../assets/fixtures';

/**
 * Posts and their attachments as the calendar reads them: the chip's first thumbnail comes
 * with the month's summaries, and submitting over a media warning needs the acknowledgement
 * just as a text warning does.
 */
const library = useLibrary();

async function office() {
  const lib = await library();
  const { source, app, call } = lib;
  put(source, 'pantai-16x9.jpg', await image('jpeg', { width: 640, height: 360, seed: 1 }));
  put(source, 'poster-4x5.jpg', await image('jpeg', { width: 400, height: 500, seed: 2 }));
  put(source, 'ponsel-9x16.jpg', await image('jpeg', { width: 360, height: 640, seed: 3 }));
  put(source, 'surat.pdf', await pdf(2));
  const { results } = await app.library.importPaths([source]);
  const ids = Object.fromEntries(results.map((r) => [r.name.split('.')[0]!, r.assetId!]));
  const thumbOf = async (id: string) => (await call('assets.get', { id })).media.thumbSmall;
  const rina = await call('people.create', { name: 'Rina', role: 'planner' });
  const instagram = await call('channels.create', { platform: 'instagram', name: 'Humas IG' });
  return { ...lib, ids, thumbOf, rina, instagram };
}

describe('posts with attachments', () => {
  it('gives each summary its first attachment’s thumbnail, following the order', async () => {
    const { call, ids, thumbOf, rina, instagram } = await office();
    const create = (title: string, assetIds: string[]) =>
      call('posts.create', {
        actorId: rina.id,
        title,
        channels: [{ channelId: instagram.id, format: 'carousel' }],
        assetIds,
        schedule: { date: '2026-11-12', time: '09:00' },
      });
    const plain = await create('Tanpa media', []);
    const carousel = await create('Carousel pantai', [ids['pantai-16x9']!, ids['poster-4x5']!]);
    const documentFirst = await create('Surat edaran', [ids.surat!, ids['poster-4x5']!]);

    const month = async () =>
      Object.fromEntries(
        (await call('posts.range', { from: '2026-11-01', to: '2026-11-30' })).map((s) => [s.id, s]),
      );
    let summaries = await month();
    expect(summaries[plain.id]).toMatchObject({ assetCount: 0, firstThumb: null });
    const beach = await thumbOf(ids['pantai-16x9']!);
    expect(beach).toMatch(/^thumbs\/[0-9a-f]{2}\/[0-9a-f]{64}-320\.webp$/);
    expect(summaries[carousel.id]).toMatchObject({ assetCount: 2, firstThumb: beach });
    // The first attachment's thumbnail or none: a later image does not stand in for a PDF.
    expect(summaries[documentFirst.id]).toMatchObject({
      assetCount: 2,
      firstThumb: await thumbOf(ids.surat!),
    });

    await call('posts.update', {
      id: carousel.id,
      version: carousel.version,
      actorId: rina.id,
      assetIds: [ids['poster-4x5']!, ids['pantai-16x9']!],
    });
    summaries = await month();
    expect(summaries[carousel.id]!.firstThumb).toBe(await thumbOf(ids['poster-4x5']!));
    expect(summaries[carousel.id]!.firstThumb).not.toBe(beach);

    // Search and the ideas tray read the same columns.
    const [found] = await call('posts.search', { query: 'Carousel' });
    expect(found!.firstThumb).toBe(summaries[carousel.id]!.firstThumb);
    const idea = await call('posts.create', {
      actorId: rina.id,
      title: 'Ide galeri',
      assetIds: [ids['pantai-16x9']!],
    });
    const ideas = await call('posts.ideas', {});
    expect(ideas.find((s) => s.id === idea.id)!.firstThumb).toBe(beach);
  });

  it('asks for the acknowledgement before submitting a post whose photo does not fit Instagram', async () => {
    const { call, fail, ids, rina, instagram } = await office();
    const post = await call('posts.create', {
      actorId: rina.id,
      title: 'Pelantikan pejabat',
      caption: 'Pelantikan pejabat eselon II.',
      channels: [{ channelId: instagram.id, format: 'carousel' }],
      // 16:9 and 4:5 are inside Instagram's 4:5–1.91:1; the 9:16 phone photo is not. All are
      // 320–1440 px wide, so the ratio is the one warning.
      assetIds: [ids['pantai-16x9']!, ids['poster-4x5']!, ids['ponsel-9x16']!],
      schedule: { date: '2026-11-20', time: '09:00' },
    });
    const submit = (acknowledgeWarnings: boolean) => ({
      id: post.id,
      version: post.version,
      actorId: rina.id,
      action: 'submit' as const,
      acknowledgeWarnings,
    });
    expect(await fail('posts.transition', submit(false))).toMatchObject({
      code: 'invalid_request',
      field: 'acknowledgeWarnings',
      message: expect.stringContaining('1 peringatan'),
    });
    expect(await call('posts.transition', submit(true))).toMatchObject({ status: 'in_review' });
  });
});
