import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { jsonFormat } from '../../../src/main/export/formats/json';
import { writeFileAtomically } from '../../../src/main/export/output-file';
import type { Schedule } from '../../../src/shared/domain/exports';
import { scheduleJsonSchema } from '../../../src/shared/domain/schedule-json';
import { localParts } from '../../../src/shared/time';
import { image, put } from '../assets/fixtures';
import { useTempDir } from '../helpers';
import { trickyPost, useDemoOffice } from './fixture';
import { abortAfterFirstChunk, repeated } from './text-formats';

const allStatuses = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'cancelled',
] as const;

describe('JSON export', () => {
  const demoOffice = useDemoOffice();
  const tempDir = useTempDir();

  async function exportJson(schedule: Schedule) {
    const file = join(tempDir(), 'jadwal.json');
    await writeFileAtomically(file, (out) => jsonFormat.write(schedule, out, {}));
    const text = await readFile(file, 'utf8');
    return { text, document: scheduleJsonSchema.parse(JSON.parse(text)) };
  }

  it('holds the whole schedule under a schema version, equal to the database', async () => {
    const { schedule, tricky } = await demoOffice();
    const everything = schedule({ statuses: [...allStatuses] });
    const { document } = await exportJson(everything);

    expect(document).toMatchObject({
      format: 'linimasa-schedule',
      schemaVersion: 1,
      appVersion: packageJson.version,
      generatedAt: everything.generatedAt,
      office: everything.office,
      filter: everything.filter,
      channels: everything.channels,
      campaigns: everything.campaigns,
      observances: everything.observances,
    });
    expect(document.posts).toEqual(
      everything.posts.map((post) => ({ ...post, timeZone: 'Asia/Jakarta' })),
    );
    expect(new Set(document.posts.map((p) => p.status))).toEqual(new Set(allStatuses));
    const last = document.posts.find((p) => p.id === tricky.id)!;
    expect(last).toMatchObject({
      title: trickyPost.title,
      caption: trickyPost.caption,
      date: '2026-12-31',
      time: '23:30',
      zoneLabel: 'WIB',
      scheduledAt: '2026-12-31T16:30:00.000Z',
    });
    expect(last.channels.map((c) => c.caption)).toEqual([
      trickyPost.caption,
      'Versi pendek untuk X',
    ]);
  });

  it('lists posts with their assets and streams one post per line', async () => {
    const { app, call, schedule, people, channels } = await demoOffice();
    const source = tempDir();
    put(source, 'pantai.jpg', await image('jpeg', { width: 64, height: 48, seed: 1 }));
    const { results } = await app.library.importPaths([source]);
    const assetId = results[0]!.assetId!;
    await call('posts.create', {
      actorId: people.find((p) => p.role === 'planner')!.id,
      title: 'Foto pantai',
      channels: [{ channelId: channels[0]!.id, format: 'feed' }],
      assetIds: [assetId],
      schedule: { date: '2026-12-20', time: '08:00' },
    });
    const december = schedule({ statuses: ['draft', 'approved'] });
    const { text, document } = await exportJson(december);
    const withPhoto = document.posts.find((p) => p.title === 'Foto pantai')!;
    expect(withPhoto.assets).toEqual([
      expect.objectContaining({ id: assetId, name: 'pantai.jpg', mime: 'image/jpeg' }),
    ]);
    expect(withPhoto.assets[0]!.path).toBe(
      `assets/${withPhoto.assets[0]!.sha256.slice(0, 2)}/${withPhoto.assets[0]!.sha256}.jpg`,
    );
    expect(document.posts.map((p) => p.assets)).toEqual(december.posts.map((p) => p.assets));
    // Head line, one line per post, closing line.
    expect(text.trimEnd().split('\n')).toHaveLength(december.posts.length + 2);
  });

  it('is valid for an empty range too', async () => {
    const { schedule } = await demoOffice();
    const { document } = await exportJson(schedule({ from: '2026-11-01', to: '2026-11-02' }));
    expect(document.posts).toEqual([]);
  });

  it('stops when cancelled', async () => {
    const { schedule } = await demoOffice();
    const controller = new AbortController();
    controller.abort();
    const file = join(tempDir(), 'batal.json');
    await expect(
      writeFileAtomically(
        file,
        (out) => jsonFormat.write(schedule(), out, { signal: controller.signal }),
        controller.signal,
      ),
    ).rejects.toThrow();
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('notices cancellation between chunks of posts', async () => {
    const { schedule } = await demoOffice();
    const big = repeated(schedule(), 300); // 1,200 posts
    const { reports, text } = await abortAfterFirstChunk(jsonFormat, big);
    expect(reports).toEqual([[500, 1200]]);
    expect(text.trimEnd().split('\n')).toHaveLength(1 + 500);
    expect(text.endsWith('\n]}\n')).toBe(false);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('gives local dates and times in the office zone, daylight saving included', async () => {
    const { schedule, call } = await demoOffice();
    await call('settings.update', { timeZone: 'Europe/Berlin', zoneChange: { keep: 'instant' } });
    const { document } = await exportJson(schedule({ statuses: [...allStatuses] }));
    expect(document.posts.length).toBeGreaterThan(0);
    for (const post of document.posts) {
      expect(post.timeZone).toBe('Europe/Berlin');
      expect({ date: post.date, time: post.time }).toEqual(
        localParts(post.scheduledAt, 'Europe/Berlin'),
      );
    }
    // 23:30 WIB on 31 December is 17:30 in Berlin.
    expect(document.posts.find((p) => p.title === trickyPost.title)).toMatchObject({
      date: '2026-12-31',
      time: '17:30',
      zoneLabel: 'GMT+1',
    });
  });

  it('rejects a document the schema does not describe', async () => {
    const { schedule } = await demoOffice();
    const { text } = await exportJson(schedule());
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(() => scheduleJsonSchema.parse({ ...parsed, schemaVersion: 2 })).toThrow();
    expect(() => scheduleJsonSchema.parse({ ...parsed, posts: [{ id: 'bukan-uuid' }] })).toThrow();
  });
});
