import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src/main/app';
import { MissingDatabaseError } from '../../../src/main/startup/missing-database';
import { image, put } from '../assets/fixtures';
import { runCliCaptured } from '../cli-run';
import { useTempDir } from '../helpers';

const tempDir = useTempDir('linimasa-missing-db-');

const cli = runCliCaptured;

/** A folder with two photos and a backup whose linimasa.db was then deleted. */
async function folderWithoutDatabase(options: { backup: boolean } = { backup: true }) {
  const root = tempDir();
  const dataDir = join(root, 'data');
  put(root, 'foto/a.jpg', await image('jpeg', { seed: 1 }));
  put(root, 'foto/b.jpg', await image('jpeg', { seed: 2 }));
  const app = openApp(dataDir);
  await app.library.importPaths([join(root, 'foto')]);
  if (options.backup) await app.services.backup.create();
  app.close();
  rmSync(join(dataDir, 'linimasa.db'));
  return dataDir;
}

describe('a missing database', () => {
  it('is refused, with a typed error that says what the folder holds, and nothing is created', async () => {
    const dataDir = await folderWithoutDatabase();
    let error: unknown;
    try {
      openApp(dataDir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MissingDatabaseError);
    expect((error as MissingDatabaseError).libraryFiles).toBe(2);
    expect((error as MissingDatabaseError).backups).toHaveLength(1);
    expect((error as Error).message).toMatch(/2 berkas pustaka aset .* 1 cadangan/);
    expect(existsSync(join(dataDir, 'linimasa.db'))).toBe(false);
  });

  it('info prints, in Indonesian, what is there and the two explicit ways on; init creates it', async () => {
    const dataDir = await folderWithoutDatabase();
    const info = await cli('info', '--data-dir', dataDir);
    expect(info.code).toBe(1);
    expect(info.err).toContain('Basis data Linimasa (linimasa.db) tidak ada');
    expect(info.err).toMatch(/npm run cli -- restore ".*linimasa-.*-manual\.db" --yes --data-dir/);
    expect(info.err).toContain(`npm run cli -- init --data-dir "${dataDir}"`);
    expect(info.err).not.toContain('Gagal membuka data');
    expect(existsSync(join(dataDir, 'linimasa.db'))).toBe(false);

    const init = await cli('init', '--data-dir', dataDir);
    expect(init.code).toBe(0);
    expect(init.out).toContain('2 berkas pustaka');
    expect((await cli('info', '--data-dir', dataDir)).code).toBe(0);
  });

  it('restore of the newest backup into a folder without a database', async () => {
    const dataDir = await folderWithoutDatabase();
    const info = await cli('check', '--data-dir', dataDir);
    const backup = /restore "([^"]+)" --yes/.exec(info.err)![1]!;
    expect((await cli('restore', backup, '--yes', '--data-dir', dataDir)).code).toBe(0);
    const app = openApp(dataDir);
    expect(await app.library.ready).toMatchObject({ readopted: 0 });
    expect(
      app.services.assets.list({ filter: {}, sort: 'newest', limit: 10, withTotal: false } as never)
        .items,
    ).toHaveLength(2);
    app.close();
  });

  it('offers only init when there is a library but no backup', async () => {
    const dataDir = await folderWithoutDatabase({ backup: false });
    const info = await cli('info', '--data-dir', dataDir);
    expect(info.code).toBe(1);
    expect(info.err).not.toContain('restore');
    expect(info.err).toContain('init --data-dir');
  });

  it('a brand-new or empty folder is still created silently (first run)', async () => {
    const dataDir = join(tempDir(), 'baru');
    expect((await cli('info', '--data-dir', dataDir)).code).toBe(0);
    expect(existsSync(join(dataDir, 'linimasa.db'))).toBe(true);
  });
});
