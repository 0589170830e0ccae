import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { thumbMediaPath } from '../../../src/shared/domain/media-paths';
import { image, put } from '../assets/fixtures';
import { useTempDir } from '../helpers';
import { libraryState, photoFolder } from './race';

const tempDir = useTempDir('linimasa-race-');

/**
 * Belt and braces: even without the owner lock (two libraries on one folder in one process,
 * each with its own connection and its own in-process locks, exactly as two processes would
 * be), the store itself must never lose a file or a thumbnail to a race.
 */
describe('two libraries importing the same files into one data directory at once', () => {
  it('end with every row’s file and thumbnails present and duplicates worded as duplicates', async () => {
    const root = tempDir();
    const source = await photoFolder(join(root, 'kamera'), 200);
    const dataDir = join(root, 'data');
    const first = openApp(dataDir);
    const second = openApp(dataDir);
    try {
      await Promise.all([first.library.ready, second.library.ready]);
      const [a, b] = await Promise.all([
        first.library.importPaths([source]),
        second.library.importPaths([source]),
      ]);
      const results = [...a.results, ...b.results];
      const reasons = results.map((r) => r.reason ?? '').join('\n');
      expect(reasons).not.toMatch(/UNIQUE|constraint|SQLITE/i);
      expect(a.failed + b.failed).toBe(0);
      expect(a.imported + b.imported).toBe(200);
      expect(a.duplicate + b.duplicate).toBe(200);
      for (const r of results.filter((r) => r.status === 'duplicate'))
        expect(r.reason).toMatch(/^Sudah ada di pustaka/);
    } finally {
      first.close();
      second.close();
    }
    const state = libraryState(dataDir);
    expect(state).toMatchObject({ rows: 200, withoutFile: [], withoutThumbs: [], notOk: [] });
  }, 120_000);

  it('a re-import of a known photo whose thumbnails are gone rebuilds them', async () => {
    const root = tempDir();
    const photo = put(root, 'foto.jpg', await image('jpeg', { seed: 9, width: 200, height: 120 }));
    const dataDir = join(root, 'data');
    const app = openApp(dataDir);
    try {
      const first = await app.library.importPaths([photo]);
      expect(first.imported).toBe(1);
      const { sha256: sha } = app.db.prepare('SELECT sha256 FROM assets').get() as {
        sha256: string;
      };
      for (const size of [320, 1024]) rmSync(join(dataDir, thumbMediaPath(sha, size)));
      const again = await app.library.importPaths([photo]);
      expect(again.results[0]).toMatchObject({ status: 'duplicate' });
      expect(again.results[0]!.reason).toMatch(/^Sudah ada di pustaka/);
    } finally {
      app.close();
    }
    expect(libraryState(dataDir)).toMatchObject({ rows: 1, withoutFile: [], withoutThumbs: [] });
  });
});
