import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openApp } from '../../../src/main/app';
import { DatabaseTooNewError } from '../../../src/main/db/migrate';
import { DiskFullError } from '../../../src/main/startup/disk-full';
import { image, put } from '../assets/fixtures';
import { useTempDir } from '../helpers';

const electron = vi.hoisted(() => ({
  showErrorBox: vi.fn(),
  showMessageBoxSync: vi.fn(),
  relaunch: vi.fn(),
  exit: vi.fn(),
}));
vi.mock('electron', () => ({
  app: { relaunch: electron.relaunch, exit: electron.exit, getLocale: () => 'id-ID' },
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

/** A library with one photo and one backup, whose linimasa.db was then deleted. */
async function officeWithoutDatabase() {
  const root = tempDir();
  const dataDir = join(root, 'data');
  const app = openApp(dataDir);
  await app.library.importPaths([put(root, 'foto.jpg', await image('jpeg', { seed: 3 }))]);
  app.services.settings.update({ officeName: 'Kabupaten Sukamaju' });
  await app.services.backup.create();
  app.close();
  const database = join(dataDir, 'linimasa.db');
  rmSync(database);
  let error: unknown;
  try {
    openApp(dataDir);
  } catch (caught) {
    error = caught;
  }
  return { dataDir, database, error };
}

describe('a missing database at start-up', () => {
  const offered = () =>
    electron.showMessageBoxSync.mock.calls[0]![0] as {
      buttons: string[];
      message: string;
      detail: string;
      cancelId: number;
    };

  it('offers the newest backup, a new database or quitting, and quitting changes nothing', async () => {
    const { dataDir, database, error } = await officeWithoutDatabase();
    electron.showMessageBoxSync.mockReturnValueOnce(2);
    expect(await showStartupError(error, dataDir)).toBe('quit');
    expect(offered().buttons).toEqual([
      'Pulihkan cadangan terbaru',
      'Mulai basis data baru',
      'Keluar',
    ]);
    expect(offered().cancelId).toBe(2);
    expect(offered().message).toMatch(/1 berkas pustaka aset .* 1 cadangan/);
    expect(offered().detail).toMatch(/linimasa-.*-manual\.db/);
    expect(existsSync(database)).toBe(false);
    finishStartupFailure('quit');
    expect(electron.exit).toHaveBeenCalledWith(1);
  });

  it('"Pulihkan cadangan terbaru" restores the backup and relaunches', async () => {
    const { dataDir, database, error } = await officeWithoutDatabase();
    electron.showMessageBoxSync.mockReturnValueOnce(0);
    expect(await showStartupError(error, dataDir)).toBe('restored');
    const db = new Database(database, { readonly: true });
    expect(db.prepare('SELECT office_name FROM settings').get()).toEqual({
      office_name: 'Kabupaten Sukamaju',
    });
    db.close();
    finishStartupFailure('restored');
    expect(electron.relaunch).toHaveBeenCalledOnce();
  });

  it('"Mulai basis data baru" creates it; the next start re-adopts the photo', async () => {
    const { dataDir, database, error } = await officeWithoutDatabase();
    electron.showMessageBoxSync.mockReturnValueOnce(1);
    expect(await showStartupError(error, dataDir)).toBe('created');
    expect(existsSync(database)).toBe(true);
    finishStartupFailure('created');
    expect(electron.relaunch).toHaveBeenCalledOnce();
    expect(electron.exit).toHaveBeenCalledWith(0);
    const app = openApp(dataDir);
    expect(await app.library.ready).toMatchObject({ readopted: 1 });
    app.close();
  });
});

describe('a full disk at start-up', () => {
  it('is named as such, with no backup offered', async () => {
    const { dataDir } = await damagedOffice();
    expect(await showStartupError(new DiskFullError(dataDir, 0), dataDir)).toBe('quit');
    expect(electron.showMessageBoxSync).not.toHaveBeenCalled();
    const [, content] = electron.showErrorBox.mock.calls[0] as [string, string];
    expect(content).toContain('Disk penuh');
    expect(content).toContain('0 byte');
    expect(content).not.toMatch(/restore|Pulihkan|cadangan/);
  });
});
