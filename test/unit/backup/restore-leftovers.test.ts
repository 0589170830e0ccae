import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { listBackups } from '../../../src/main/backup/backups';
import { restoreBackup } from '../../../src/main/backup/restore';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

const tempDir = useTempDir('linimasa-restore-');
let app: LinimasaApp | undefined;
afterEach(() => {
  app?.close();
  app = undefined;
});

const sidecars = (dir: string) => readdirSync(dir).filter((name) => /-(wal|shm)$/.test(name));

describe('restore leaves only backups in backups/', () => {
  it('no -wal or -shm beside backups after a live restore and after a restore with the app closed', async () => {
    const dataDir = join(tempDir(), 'data');
    app = openApp(dataDir, { sweepAssets: false });
    const backups = app.paths.backups;
    await app.services.backup.create();
    const [backup] = listBackups(backups);
    expect(await acting(app)('backup.restore', { name: backup!.name })).toMatchObject({
      ok: true,
    });
    expect(sidecars(backups)).toEqual([]);
    app.close();
    app = undefined;

    await restoreBackup(dataDir, backup!.path);
    expect(sidecars(backups)).toEqual([]);
    // and the backups still open as they are
    app = openApp(dataDir, { sweepAssets: false });
    expect(listBackups(backups).length).toBeGreaterThanOrEqual(3);
  });
});
