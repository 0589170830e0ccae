import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsRepository } from '../../../src/main/db/repositories/assets';
import { recoveredCollectionName } from '../../../src/main/assets/adopt';
import { sweepLibrary } from '../../../src/main/assets/sweep';
import type { JobProgress } from '../../../src/shared/domain/assets';
import { useLibrary } from './app';
import { image, put } from './fixtures';

const library = useLibrary();
const fakeSha = 'cd'.repeat(32);
/** A pid that is surely not running: above the kernel's pid_max. */
const deadPid = 4_194_305;

async function twoAssets() {
  const lib = await library();
  put(lib.source, 'a.png', await image('png', { seed: 1 }));
  put(lib.source, 'b.png', await image('png', { seed: 2 }));
  const { results } = await lib.app.library.importPaths([lib.source]);
  const assets = await Promise.all(results.map((r) => lib.call('assets.get', { id: r.assetId! })));
  const named = (name: string) => assets.find((asset) => asset.originalName === name)!;
  return { ...lib, a: named('a.png'), b: named('b.png') };
}

/** A complete library file no row names: the bytes of a new photo under their own hash. */
async function unnamedPhoto(dataDir: string, seed: number) {
  const bytes = await image('jpeg', { seed });
  const sha = createHash('sha256').update(bytes).digest('hex');
  return { sha, path: put(dataDir, `assets/${sha.slice(0, 2)}/${sha}.jpg`, bytes) };
}

describe('start-up sweep', () => {
  it('removes temp files of dead processes and thumbnails of nothing; never a library file', async () => {
    const { app, dataDir, storedFiles, call, a, b } = await twoAssets();
    const before = storedFiles();
    put(dataDir, `incoming/${deadPid}.1234.part`, 'half a file');
    put(dataDir, `incoming/${deadPid}.lock`, '');
    const damaged = put(dataDir, `assets/cd/${fakeSha}.jpg`, 'bytes that are not their name');
    put(dataDir, `thumbs/cd/${fakeSha}-320.webp`, 'thumbnail of the damaged file');
    put(dataDir, `thumbs/ef/${'ef'.repeat(32)}-320.webp`, 'thumbnail of nothing');
    const stray = put(dataDir, 'assets/ab/not-ours.txt', 'stray');
    const photo = await unnamedPhoto(dataDir, 7);

    const report = await sweepLibrary(app.db, app.paths);
    expect(report).toMatchObject({
      tempRemoved: 1,
      thumbsRemoved: 1,
      readopted: 1,
      mismatched: [`assets/cd/${fakeSha}.jpg`],
      markedMissing: 0,
      busy: false,
    });
    expect(existsSync(join(dataDir, `incoming/${deadPid}.lock`))).toBe(false);
    expect(existsSync(join(dataDir, `thumbs/ef/${'ef'.repeat(32)}-320.webp`))).toBe(false);
    for (const kept of [damaged, stray, photo.path]) expect(existsSync(kept)).toBe(true);
    expect(storedFiles()).toEqual(
      expect.arrayContaining([...before, `thumbs/cd/${fakeSha}-320.webp`]),
    );
    expect([a.status, b.status]).toEqual(['ok', 'ok']);

    // The re-adopted photo is described again, thumbnailed, and gathered in one collection.
    const collection = report.recoveredCollection!;
    expect(collection.name).toMatch(/^Dipulihkan \d{1,2} \p{L}+ \d{4}$/u);
    const { items } = await call('assets.list', { filter: { collectionId: collection.id } });
    expect(items).toEqual([
      expect.objectContaining({
        sha256: photo.sha,
        kind: 'image',
        width: 120,
        height: 80,
        status: 'ok',
        media: expect.objectContaining({
          thumbSmall: `thumbs/${photo.sha.slice(0, 2)}/${photo.sha}-320.webp`,
        }),
      }),
    ]);
    expect(existsSync(join(dataDir, items[0]!.media.thumbLarge!))).toBe(true);
    // A second start has nothing left to adopt; the damaged file is reported again, still kept.
    expect(await sweepLibrary(app.db, app.paths)).toMatchObject({ readopted: 0, thumbsRemoved: 0 });
    expect(existsSync(damaged)).toBe(true);
  });

  it('names the collection with the Indonesian date', () => {
    expect(recoveredCollectionName('2026-12-02')).toBe('Dipulihkan 2 Desember 2026');
    expect(recoveredCollectionName('2027-08-17')).toBe('Dipulihkan 17 Agustus 2027');
  });

  it('marks a row whose file vanished as missing (never deletes it), and ok when it is back', async () => {
    const { app, dataDir, root, call, a } = await twoAssets();
    const file = join(dataDir, a.media.original);
    const away = join(root, 'on-a-drive-that-was-unplugged');
    renameSync(file, away);
    expect(await sweepLibrary(app.db, app.paths)).toMatchObject({ markedMissing: 1 });
    expect((await call('assets.get', { id: a.id })).status).toBe('missing');
    const { items } = await call('assets.list', { filter: { status: 'missing' } });
    expect(items.map((i) => i.id)).toEqual([a.id]);

    renameSync(away, file);
    expect(await sweepLibrary(app.db, app.paths)).toMatchObject({ foundAgain: 1 });
    expect((await call('assets.get', { id: a.id })).status).toBe('ok');
  });

  it('leaves files without a row alone while another live process writes here', async () => {
    const { app, dataDir } = await twoAssets();
    // Our parent (the test runner) is alive and is not us: it stands for the desktop app.
    put(dataDir, `incoming/${process.ppid}.lock`, '');
    put(dataDir, `incoming/${process.ppid}.999.part`, 'its file in flight');
    const photo = await unnamedPhoto(dataDir, 8); // its rename before its commit
    const report = await sweepLibrary(app.db, app.paths);
    expect(report).toMatchObject({ busy: true, readopted: 0, tempRemoved: 0 });
    expect(existsSync(photo.path)).toBe(true);
    expect(assetsRepository(app.db).bySha(photo.sha)).toBeUndefined();
  });

  it('runs when the app opens', async () => {
    const { dataDir, reopen, app } = await twoAssets();
    app.close();
    await unnamedPhoto(dataDir, 9);
    const again = reopen();
    expect(await again.library.ready).toMatchObject({ readopted: 1 });
  });
});

describe('verify', () => {
  it('re-hashes every file and reports ok, missing and corrupt, with progress', async () => {
    const { app, dataDir, call, a, b } = await twoAssets();
    writeFileSync(join(dataDir, a.media.original), 'flipped bits');
    rmSync(join(dataDir, b.media.original));
    const seen: JobProgress[] = [];
    const report = await app.library.verify({ onProgress: (p) => seen.push(p) });
    expect(report).toMatchObject({ ok: 0, missing: 1, corrupt: 1 });
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { assetId: a.id, name: 'a.png', status: 'corrupt' },
        { assetId: b.id, name: 'b.png', status: 'missing' },
      ]),
    );
    expect((await call('assets.get', { id: a.id })).status).toBe('corrupt');
    expect((await call('assets.get', { id: b.id })).status).toBe('missing');
    expect(seen.at(-1)).toMatchObject({ filesDone: 2, filesTotal: 2 });
  });

  it('reports missing thumbnails and rebuilds them from the originals (has_thumbs set right)', async () => {
    const { app, dataDir, call, a, b } = await twoAssets();
    // a: its thumbnails were deleted; b: its row says it never had any.
    for (const path of [a.media.thumbSmall!, a.media.thumbLarge!, b.media.thumbSmall!]) {
      rmSync(join(dataDir, path));
    }
    assetsRepository(app.db).setThumbs(b.id, false);
    const report = await app.library.verify();
    expect(report).toMatchObject({ ok: 2, thumbsMissing: 2, thumbsRebuilt: 2 });
    for (const asset of [a, b]) {
      const again = await call('assets.get', { id: asset.id });
      expect(again.media.thumbSmall).not.toBeNull();
      expect(existsSync(join(dataDir, again.media.thumbSmall!))).toBe(true);
      expect(existsSync(join(dataDir, again.media.thumbLarge!))).toBe(true);
    }
    expect(await app.library.verify()).toMatchObject({ thumbsMissing: 0, thumbsRebuilt: 0 });
  });

  it('"Verifikasi pustaka" (the job) counts the thumbnails it rebuilt', async () => {
    const { app, dataDir, call } = await twoAssets();
    rmSync(join(dataDir, 'thumbs'), { recursive: true });
    const { jobId } = await call('assets.verify', {});
    await app.jobs.settled(jobId);
    expect(await call('jobs.get', { id: jobId })).toMatchObject({
      state: 'done',
      summary: { ok: 2, thumbsMissing: 2, thumbsRebuilt: 2 },
    });
  });

  it('finds nothing wrong in an intact library', async () => {
    const { app } = await twoAssets();
    expect(await app.library.verify()).toMatchObject({
      ok: 2,
      missing: 0,
      corrupt: 0,
      problems: [],
      thumbsMissing: 0,
      thumbsRebuilt: 0,
    });
  });
});
