import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../src/main/bundle';
import { assetMediaPath, thumbMediaPath } from '../../../src/shared/domain/media-paths';
import { loadSchedule } from '../../../src/main/export/schedule';
import { bundleManifestSchema } from '../../../src/shared/domain/bundle';
import { december, exportBundle, snapshot, useOffices, type Office } from './fixture';
import { readZip, sha256 } from './zip-craft';

const { demo, empty, tempDir } = useOffices();

/** A post as both sides must agree on it: content, with attachments named by their bytes. */
async function comparable(office: Office, id: string) {
  const post = await office.call('posts.get', { id });
  const shas = post.assetIds.map(
    (assetId) =>
      (
        office.app.db.prepare('SELECT sha256 FROM assets WHERE id = ?').get(assetId) as {
          sha256: string;
        }
      ).sha256,
  );
  const {
    assetIds: _ids,
    version: _version,
    updatedAt: _updated,
    seriesId: _series,
    ...content
  } = post;
  return { ...content, assets: shas };
}

describe('bundle round trip between two data directories', () => {
  it('A → B: every post arrives new with its channels, campaign, people and photos', async () => {
    const { a, photos, photoPosts } = await demo();
    const b = await empty();
    const file = await exportBundle(a, join(tempDir(), 'desember.linimasa'));
    const schedule = loadSchedule(a.app.db, december);
    expect(schedule.posts.length).toBe(13);

    const plan = await planImport(b.app, file);
    expect(plan.counts).toEqual({ new: 13, updated: 0, conflict: 0, unchanged: 0 });
    expect(plan.assets).toMatchObject({ new: 2, present: 0, missing: 0 });
    expect(plan.create.channels.length).toBeGreaterThan(0);
    expect(plan.bundle.officeName).toBe('Pemerintah Kabupaten Sukamaju');
    expect(plan.bundle.fromHere).toBe(false);
    expect(snapshot(b).posts).toBe(0); // a dry run writes nothing

    const summary = await applyImport(b.app, file);
    expect(summary).toMatchObject({ created: 13, updated: 0, unchanged: 0 });
    expect(summary.assets).toEqual({ imported: 2, reused: 0, missing: 0 });

    for (const post of schedule.posts) {
      expect(await comparable(b, post.id)).toEqual(await comparable(a, post.id));
    }
    // The calendar's copies (channel chips, attachment count, thumbnail) are right on B.
    const range = { from: '2026-12-01', to: '2026-12-31', filter: {} } as const;
    const chips = (list: Awaited<ReturnType<Office['call']>>) =>
      (list as { id: string; channels: unknown; assetCount: number; firstThumb: string | null }[])
        .map(({ id, channels, assetCount, firstThumb }) => ({
          id,
          channels,
          assetCount,
          firstThumb,
        }))
        .sort((x, y) => x.id.localeCompare(y.id));
    expect(chips(await b.call('posts.range', range))).toEqual(
      chips(await a.call('posts.range', range)),
    );
    // Search finds imported text.
    const found = await b.call('posts.search', { query: 'Pungli', filter: {}, limit: 10 });
    expect(found.map((p) => p.title)).toContain(
      'Sosialisasi "Bebas Pungli", Desa Cibeureum; tahap 2',
    );

    // Photos were re-hashed on arrival, made into library assets with thumbnails.
    for (const assetId of photos) {
      const original = await a.call('assets.get', { id: assetId });
      const row = b.app.db
        .prepare(
          'SELECT id, ext, has_thumbs, width, height, original_name FROM assets WHERE sha256 = ?',
        )
        .get(original.sha256) as {
        id: string;
        ext: string;
        has_thumbs: number;
        width: number;
        height: number;
        original_name: string;
      };
      expect(row).toMatchObject({
        has_thumbs: 1,
        width: original.width,
        height: original.height,
        original_name: original.originalName,
      });
      expect(sha256(readFileSync(join(b.dir, assetMediaPath(original.sha256, row.ext))))).toBe(
        original.sha256,
      );
      expect(existsSync(join(b.dir, thumbMediaPath(original.sha256, 320)))).toBe(true);
    }
    const attached = await b.call('posts.get', { id: photoPosts[0]! });
    expect(attached.assetIds).toHaveLength(2);

    // Each imported post says where it came from.
    const activity = await b.call('posts.activity', { id: photoPosts[0]! });
    expect(activity.at(-1)).toMatchObject({
      action: 'create',
      comment: 'Diimpor dari paket "desember.linimasa".',
    });
  });

  it('writes a zip any reader accepts: photos stored once, uncompressed, manifest last with true hashes', async () => {
    const { a, photos } = await demo();
    const file = await exportBundle(a, join(tempDir(), 'desember.linimasa'));
    const entries = await readZip(file);
    expect(entries.at(-1)!.name).toBe('manifest.json');
    const manifest = bundleManifestSchema.parse(JSON.parse(entries.at(-1)!.data.toString()));
    expect(manifest.counts).toMatchObject({ posts: 13, assets: 2 });
    const listed = new Map(manifest.entries.map((e) => [e.path, e]));
    expect([...listed.keys()].sort()).toEqual(
      entries
        .map((e) => e.name)
        .filter((n) => n !== 'manifest.json')
        .sort(),
    );
    for (const entry of entries) {
      // The CRC-32 in the directory (computed through zlib's crc32, see native-crc.ts) is right.
      expect(entry.crc32).toBe(crc32(entry.data));
      expect(entry.mode & 0o170000).toBe(0o100000);
      if (entry.name === 'manifest.json') continue;
      expect(listed.get(entry.name)).toEqual({
        path: entry.name,
        size: entry.data.length,
        sha256: sha256(entry.data),
      });
    }
    const assetEntries = entries.filter((e) => e.name.startsWith('assets/'));
    expect(assetEntries).toHaveLength(2); // one photo is on two posts, stored once
    for (const entry of assetEntries) expect(entry.compressionMethod).toBe(0);
    const shas = await Promise.all(
      photos.map(async (id) => (await a.call('assets.get', { id })).sha256),
    );
    expect(assetEntries.map((e) => e.name.slice(7, 71)).sort()).toEqual(shas.sort());
  });

  it('B → A after A → B: every post unchanged, nothing rewritten', async () => {
    const { a } = await demo();
    const b = await empty();
    await applyImport(b.app, await exportBundle(a, join(tempDir(), 'a.linimasa')));
    const back = await exportBundle(b, join(tempDir(), 'b.linimasa'));
    const before = snapshot(a);
    const versions = a.app.db
      .prepare('SELECT id, version, updated_at FROM posts ORDER BY id')
      .all();

    const plan = await planImport(a.app, back);
    expect(plan.counts).toEqual({ new: 0, updated: 0, conflict: 0, unchanged: 13 });
    expect(plan.assets).toMatchObject({ new: 0 });
    expect(plan.create).toEqual({ channels: [], campaigns: [], people: [] });
    const summary = await applyImport(a.app, back);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 13, changedPostIds: [] });
    expect(snapshot(a)).toEqual(before);
    expect(a.app.db.prepare('SELECT id, version, updated_at FROM posts ORDER BY id').all()).toEqual(
      versions,
    );
  });

  it('an edit made on B only is an update on A, taken without a question', async () => {
    const { a, planner } = await demo();
    const b = await empty();
    await applyImport(b.app, await exportBundle(a, join(tempDir(), 'a.linimasa')));
    const target = loadSchedule(b.app.db, december).posts[3]!;
    const current = await b.call('posts.get', { id: target.id });
    await b.call('posts.update', {
      id: target.id,
      version: current.version,
      actorId: planner.id,
      title: 'Judul baru dari kantor B',
      tags: ['dari-b'],
    });
    const back = await exportBundle(b, join(tempDir(), 'b.linimasa'));
    const versionOnA = (await a.call('posts.get', { id: target.id })).version;

    const plan = await planImport(a.app, back);
    expect(plan.counts).toEqual({ new: 0, updated: 1, conflict: 0, unchanged: 12 });
    expect(plan.posts.find((p) => p.kind === 'updated')).toMatchObject({
      id: target.id,
      local: { title: target.title },
      remote: { title: 'Judul baru dari kantor B' },
    });
    const summary = await applyImport(a.app, back);
    expect(summary).toMatchObject({ updated: 1, unchanged: 12, changedPostIds: [target.id] });
    const after = await a.call('posts.get', { id: target.id });
    expect(after).toMatchObject({ title: 'Judul baru dari kantor B', tags: ['dari-b'] });
    expect(after.version).toBe(versionOnA + 1);
    expect(await comparable(a, target.id)).toEqual(await comparable(b, target.id));
    const log = await a.call('posts.activity', { id: target.id });
    expect(log.at(-1)).toMatchObject({
      action: 'edit',
      comment: expect.stringContaining('Diperbarui dari paket "b.linimasa"'),
      changes: { title: [target.title, 'Judul baru dari kantor B'] },
    });

    // And A's answer back to B is unchanged: both hold the same version now.
    const again = await exportBundle(a, join(tempDir(), 'a2.linimasa'));
    expect((await planImport(b.app, again)).counts.unchanged).toBe(13);
  });

  it('a bundle without files links attachments only where the library already has them', async () => {
    const { a, photoPosts } = await demo();
    const b = await empty();
    const file = await exportBundle(a, join(tempDir(), 'tanpa-aset.linimasa'), {
      includeAssets: 'none',
    });
    expect((await readZip(file)).some((e) => e.name.startsWith('assets/'))).toBe(false);
    const plan = await planImport(b.app, file);
    expect(plan.assets).toMatchObject({ new: 0, present: 0, missing: 2 });
    const summary = await applyImport(b.app, file);
    expect(summary.assets).toEqual({ imported: 0, reused: 0, missing: 2 });
    expect((await b.call('posts.get', { id: photoPosts[0]! })).assetIds).toEqual([]);
    // Its copy lacks the photos, so a later bundle with them is not "nothing new".
    const full = await exportBundle(a, join(tempDir(), 'lengkap.linimasa'));
    expect(
      (await planImport(b.app, full)).posts.find((p) => p.id === photoPosts[0])!.kind,
    ).not.toBe('unchanged');
  });
});
