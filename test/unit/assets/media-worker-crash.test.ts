import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../../../src/main/assets/messages';
import { mediaTestHooksVariable } from '../../../src/main/assets/media-test-hooks';
import type { StorePaths } from '../../../src/main/assets/store';
import { makeThumbnails } from '../../../src/main/assets/thumbnails';
import { useTempDir } from '../helpers';
import { useLibrary } from './app';
import { image, put } from './fixtures';

// Inherited by the media workers this test file's pool forks: a file carrying the marker makes
// the worker die mid-job (SIGKILL, as abrupt as a segfault in libvips). Vitest runs each test
// file in its own process, so no other file sees it.
const marker = 'LINIMASA-TEST-POISON';
process.env[mediaTestHooksVariable] = JSON.stringify({ crashOn: marker });

const library = useLibrary();
const tempDir = useTempDir('linimasa-media-crash-');
const poisoned = async (seed: number) =>
  Buffer.concat([await image('jpeg', { width: 400, height: 300, seed }), Buffer.from(marker)]);

describe('media worker crash isolation', () => {
  it('a file that crashes the worker fails alone, with a reason; the batch and the process go on', async () => {
    const { app, source, call } = await library();
    put(source, 'a.jpg', await image('jpeg', { width: 400, height: 300, seed: 1 }));
    put(source, 'racun.jpg', await poisoned(2));
    put(source, 'b.jpg', await image('jpeg', { width: 300, height: 400, seed: 3 }));
    put(source, 'c.png', await image('png', { width: 200, height: 200, seed: 4 }));

    const summary = await app.library.importPaths([source]);
    const byName = Object.fromEntries(summary.results.map((r) => [r.name, r]));
    expect(byName['racun.jpg']).toMatchObject({ status: 'failed', assetId: null });
    expect(byName['racun.jpg']?.reason).toMatch(/pengolah gambar dan video berhenti mendadak/);
    for (const name of ['a.jpg', 'b.jpg', 'c.png']) {
      expect(byName[name]).toMatchObject({ status: 'imported', kind: 'image' });
    }
    const assets = await call('assets.list', { limit: 10 });
    expect(assets.items.map((a) => a.originalName).sort()).toEqual(['a.jpg', 'b.jpg', 'c.png']);
    expect(assets.items.every((a) => a.media.thumbSmall !== null)).toBe(true);

    // The pool replaced its dead worker: the next import works as before.
    put(source, 'sesudah/d.jpg', await image('jpeg', { width: 320, height: 240, seed: 5 }));
    const after = await app.library.importPaths([join(source, 'sesudah')]);
    expect(after.results[0]).toMatchObject({ status: 'imported' });
  });

  it('makeThumbnails rejects with an ImportFailure, in order with the files around it', async () => {
    const root = tempDir();
    const paths: StorePaths = {
      root,
      assets: join(root, 'assets'),
      thumbs: join(root, 'thumbs'),
      incoming: join(root, 'incoming'),
    };
    for (const dir of [paths.assets, paths.thumbs, paths.incoming]) mkdirSync(dir);
    const good = put(root, 'good.jpg', await image('jpeg', { seed: 6 }));
    const bad = put(root, 'bad.jpg', await poisoned(7));
    const results = await Promise.allSettled([
      makeThumbnails(paths, good, 'a'.repeat(64), 'jpg'),
      makeThumbnails(paths, bad, 'b'.repeat(64), 'jpg'),
      makeThumbnails(paths, good, 'c'.repeat(64), 'jpg'),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: true });
    expect(results[2]).toEqual({ status: 'fulfilled', value: true });
    expect(results[1]?.status).toBe('rejected');
    const reason = (results[1] as PromiseRejectedResult).reason as unknown;
    expect(reason).toBeInstanceOf(ImportFailure);
    expect((reason as Error).message).toMatch(/tidak diimpor/);
  });
});
