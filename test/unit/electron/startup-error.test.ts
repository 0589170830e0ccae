import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../src/main/app';
import { DatabaseTooNewError } from '../../../src/main/db/migrate';
import { useTempDir } from '../helpers';

const electron = vi.hoisted(() => ({
  showErrorBox: vi.fn(),
  showMessageBoxSync: vi.fn(),
  relaunch: vi.fn(),
  exit: vi.fn(),
}));
vi.mock('electron', () => ({
  app: { relaunch: electron.relaunch, exit: electron.exit },
  dialog: { showErrorBox: electron.showErrorBox, showMessageBoxSync: electron.showMessageBoxSync },
}));

const { showStartupError, finishStartupFailure } =
  await import('../../../src/main/electron/startup-error');

const tempDir = useTempDir();
beforeEach(() => {
  for (const mock of Object.values(electron)) mock.mockReset();
});

/** A data directory with one good backup and a database that no longer opens. */
async function damagedOffice() {
  const dataDir = join(tempDir(), 'data');
  const app = openApp(dataDir, { sweepAssets: false });
  app.services.settings.update({ officeName: 'Kabupaten Sukamaju' });
  await app.services.backup.create();
  app.close();
  const database = join(dataDir, 'linimasa.db');
  writeFileSync(database, Buffer.alloc(8192, 0x41));
  return { dataDir, database };
}

describe('start-up failure', () => {
  it('offers the newest backup for a database that will not open, and restores it when asked', async () => {
    const { dataDir, database } = await damagedOffice();
    let error: unknown;
    try {
      openApp(dataDir);
    } catch (caught) {
      error = caught;
    }
    electron.showMessageBoxSync.mockReturnValueOnce(0); // "Pulihkan cadangan terbaru"
    expect(await showStartupError(error, dataDir)).toBe('restored');
    const [offer] = electron.showMessageBoxSync.mock.calls[0] as [
      { buttons: string[]; detail: string },
    ];
    expect(offer.buttons[0]).toBe('Pulihkan cadangan terbaru');
    expect(offer.detail).toMatch(/linimasa-.*-manual\.db/);
    const db = new Database(database, { readonly: true });
    expect(db.prepare('SELECT office_name FROM settings').get()).toEqual({
      office_name: 'Kabupaten Sukamaju',
    });
    db.close();
    finishStartupFailure('restored');
    expect(electron.relaunch).toHaveBeenCalledOnce();
    expect(electron.exit).toHaveBeenCalledWith(0);
  });

  it('changes nothing when the officer chooses to quit', async () => {
    const { dataDir, database } = await damagedOffice();
    const before = readFileSync(database);
    electron.showMessageBoxSync.mockReturnValueOnce(1);
    expect(await showStartupError(new Error('file is not a database'), dataDir)).toBe('quit');
    expect(readFileSync(database)).toEqual(before);
    finishStartupFailure('quit');
    expect(electron.exit).toHaveBeenCalledWith(1);
    expect(electron.relaunch).not.toHaveBeenCalled();
  });

  it('never offers a backup for a database from a newer Linimasa, nor when there is none', async () => {
    const { dataDir } = await damagedOffice();
    expect(await showStartupError(new DatabaseTooNewError(9, 5), dataDir)).toBe('quit');
    expect(electron.showMessageBoxSync).not.toHaveBeenCalled();
    expect(electron.showErrorBox).toHaveBeenCalledOnce();
    expect(await showStartupError(new Error('rusak'), join(tempDir(), 'kosong'))).toBe('quit');
    expect(electron.showMessageBoxSync).not.toHaveBeenCalled();
  });
});
