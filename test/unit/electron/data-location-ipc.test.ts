import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/shared/api/desktop';
import { readDataConfig } from '../../../src/main/data-location/config';
import { openApp } from '../../../src/main/app';
import { useTempDir } from '../helpers';

type Handler = (event: unknown) => Promise<unknown> | unknown;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  picked: [] as string[],
  confirm: 0,
}));

vi.mock('electron', () => ({
  app: { relaunch: vi.fn(), quit: vi.fn(), getLocale: () => 'id-ID' },
  ipcMain: {
    handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler),
  },
  dialog: {
    showOpenDialog: async () => {
      const path = electron.picked.shift();
      return path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] };
    },
    showMessageBox: async () => ({ response: electron.confirm }),
  },
  BrowserWindow: { fromWebContents: () => null },
}));

const { registerDataLocation } = await import('../../../src/main/electron/data-location-ipc');

const appOrigin = 'linimasa://app';
const fromApp = { sender: {}, senderFrame: { url: 'linimasa://app/index.html', parent: null } };
const fromElsewhere = { sender: {}, senderFrame: { url: 'https://example.com/', parent: null } };
const tempDir = useTempDir('linimasa-location-ipc-');

beforeEach(() => {
  electron.handlers.clear();
  electron.picked = [];
  electron.confirm = 0;
});

async function setup(source: 'config' | 'env' = 'config') {
  const home = tempDir();
  const dir = join(home, 'data');
  const app = openApp(dir);
  await app.library.ready;
  app.close();
  const userData = join(home, 'userData');
  const relaunch = vi.fn();
  registerDataLocation({
    appOrigin,
    location: { dir, source },
    defaultDir: join(home, 'default'),
    userData,
    relaunch,
  });
  const call = (channel: string, event: unknown = fromApp) =>
    electron.handlers.get(channel)!(event);
  return { home, dir, userData, relaunch, call };
}

describe('Settings › Lokasi data in the desktop app', () => {
  it('says where the data is, only to the app’s own page', async () => {
    const { dir, home, call } = await setup();
    expect(await call(desktopChannels.dataLocation)).toEqual({
      dir,
      defaultDir: join(home, 'default'),
      fixedBy: null,
    });
    expect(await call(desktopChannels.dataLocation, fromElsewhere)).toBeNull();
    expect(await call(desktopChannels.moveData, fromElsewhere)).toEqual({ outcome: 'cancelled' });
  });

  it('refuses a non-empty folder, honours "Batal", and restarts to move to an empty one', async () => {
    const { home, userData, relaunch, call } = await setup();
    const full = join(home, 'penuh');
    mkdirSync(full);
    writeFileSync(join(full, 'x.txt'), 'x');
    electron.picked = [full];
    expect(await call(desktopChannels.moveData)).toEqual({
      outcome: 'refused',
      message: 'Folder tujuan harus kosong. Pilih atau buat folder baru yang kosong.',
    });
    const target = join(home, 'E', 'Linimasa');
    electron.picked = [target];
    electron.confirm = 1;
    expect(await call(desktopChannels.moveData)).toEqual({ outcome: 'cancelled' });
    expect(readDataConfig(userData)).toBeUndefined();

    electron.picked = [target];
    electron.confirm = 0;
    expect(await call(desktopChannels.moveData)).toEqual({ outcome: 'restarting', to: target });
    expect(readDataConfig(userData)).toEqual({ pendingMove: { to: target } });
    await vi.waitFor(() => expect(relaunch).toHaveBeenCalledOnce());
  });

  it('does not move a folder that --data-dir or LINIMASA_DATA_DIR sets', async () => {
    const { call } = await setup('env');
    expect(await call(desktopChannels.dataLocation)).toMatchObject({ fixedBy: 'env' });
    expect(await call(desktopChannels.moveData)).toMatchObject({ outcome: 'refused' });
  });
});
