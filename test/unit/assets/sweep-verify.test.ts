import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsRepository } from '../../../src/main/db/repositories/assets';
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

describe('start-up sweep', () => {
  it('removes temp files of dead processes and files no row names; keeps the rest', async () => {
    const { app, dataDir, storedFiles, a, b } = await twoAssets();
    const before = storedFiles();
    put(dataDir, `incoming/${deadPid}.1234.part`, 'half a file');
    put(dataDir, `incoming/${deadPid}.lock`, '');
    put(dataDir, `assets/cd/${fakeSha}.jpg`, 'renamed but never committed');
    put(dataDir, `thumbs/cd/${fakeSha}-320.webp`, 'thumbnail of nothing');
    put(dataDir, 'assets/ab/not-ours.txt', 'stray');

    const report = await sweepLibrary(assetsRepository(app.db), app.paths);
    expect(report).toMatchObject({
      tempRemoved: 1,
      orphansRemoved: 3,
      markedMissing: 0,
      busy: false,
    });
    expect(storedFiles()).toEqual(before);
    expect(existsSync(join(dataDir, `incoming/${deadPid}.lock`))).toBe(false);
    expect([a.status, b.status]).toEqual(['ok', 'ok']);
  });

  it('marks a row whose file vanished as missing (never deletes it), and ok when it is back', async () => {
    const { app, dataDir, root, call, a } = await twoAssets();
    const file = join(dataDir, a.media.original);
    const away = join(root, 'on-a-drive-that-was-unplugged');
    renameSync(file, away);
    const repo = assetsRepository(app.db);
    expect(await sweepLibrary(repo, app.paths)).toMatchObject({ markedMissing: 1 });
    expect((await call('assets.get', { id: a.id })).status).toBe('missing');
    const { items } = await call('assets.list', { filter: { status: 'missing' } });
    expect(items.map((i) => i.id)).toEqual([a.id]);

    renameSync(away, file);
    expect(await sweepLibrary(repo, app.paths)).toMatchObject({ foundAgain: 1 });
    expect((await call('assets.get', { id: a.id })).status).toBe('ok');
  });

  it('leaves orphans alone while another live process holds the library', async () => {
    const { app, dataDir } = await twoAssets();
    // Our parent (the test runner) is alive and is not us: it stands for the desktop app.
    put(dataDir, `incoming/${process.ppid}.lock`, '');
    put(dataDir, `incoming/${process.ppid}.999.part`, 'its file in flight');
    const orphan = put(dataDir, `assets/cd/${fakeSha}.jpg`, 'its rename before its commit');
    const report = await sweepLibrary(assetsRepository(app.db), app.paths);
    expect(report).toMatchObject({ busy: true, orphansRemoved: 0, tempRemoved: 0 });
    expect(existsSync(orphan)).toBe(true);
  });

  it('runs when the app opens', async () => {
    const { dataDir, reopen, app } = await twoAssets();
    app.close();
    mkdirSync(join(dataDir, 'assets/cd'), { recursive: true });
    writeFileSync(join(dataDir, `assets/cd/${fakeSha}.jpg`), 'orphan');
    const again = reopen();
    expect(await again.library.ready).toMatchObject({ orphansRemoved: 1 });
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

  it('finds nothing wrong in an intact library', async () => {
    const { app } = await twoAssets();
    expect(await app.library.verify()).toMatchObject({
      ok: 2,
      missing: 0,
      corrupt: 0,
      problems: [],
    });
  });
});
