import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/shared/api/desktop';
import { readDataConfig } from '../../../src/main/data-location/config';
import { existingFolderProblem } from '../../../src/main/data-location/existing-folder';
import { readOfficeConnection } from '../../../src/main/operations/office-config';
import { useTempDir } from '../helpers';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => ({
  handlers: new Map<string, Listener>(),
  schemes: [] as string[],
  picked: null as string | null,
}));

vi.mock('electron', () => ({
  app: { relaunch: vi.fn(), quit: vi.fn(), getLocale: () => 'id-ID', on: vi.fn() },
  BrowserWindow: { fromWebContents: () => null, getAllWindows: () => [] },
  ipcMain: { handle: (channel: string, handler: Listener) => fake.handlers.set(channel, handler) },
  protocol: { handle: (scheme: string) => fake.schemes.push(scheme) },
  dialog: {
    showOpenDialog: vi.fn(async () =>
      fake.picked
        ? { canceled: false, filePaths: [fake.picked] }
        : { canceled: true, filePaths: [] },
    ),
  },
  session: { defaultSession: { setCertificateVerifyProc: vi.fn() } },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
}));

import { startFirstRun } from '../../../src/main/electron/first-run';

const tempDir = useTempDir();
const appOrigin = 'linimasa://app';
const fromApp = { senderFrame: { url: 'linimasa://app/index.html', parent: null }, sender: {} };
const fromElsewhere = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: {} };

function start() {
  fake.handlers.clear();
  fake.schemes.length = 0;
  const userData = join(tempDir(), 'userData');
  mkdirSync(userData, { recursive: true });
  const defaultDir = join(tempDir(), 'default');
  const relaunch = vi.fn();
  const opened: string[] = [];
  startFirstRun({
    appOrigin,
    url: 'linimasa://app/index.html',
    rendererDir: join(tempDir(), 'renderer'),
    csp: "default-src 'self'",
    userData,
    defaultDir,
    openWindow: (url) => opened.push(url),
    relaunch,
    platform: 'linux',
  });
  const choose = (choice: unknown, event: unknown = fromApp) =>
    fake.handlers.get(desktopChannels.firstRun)!(event, choice);
  return { userData, defaultDir, relaunch, opened, choose };
}

const restarted = (relaunch: ReturnType<typeof vi.fn>) =>
  vi.waitFor(() => expect(relaunch).toHaveBeenCalledOnce());

beforeEach(() => {
  fake.picked = null;
});

describe('the first start’s choice (main)', () => {
  it('opens the window on the choice, serving the page only', () => {
    const { opened } = start();
    expect(opened).toEqual(['linimasa://app/index.html?pertama-kali=1']);
    expect(fake.schemes).toEqual(['linimasa']);
    expect([...fake.handlers.keys()].sort()).toEqual(
      [desktopChannels.firstRun, desktopChannels.connectOffice].sort(),
    );
  });

  it('"Mulai kantor baru": remembers the default folder and restarts into it', async () => {
    const { userData, defaultDir, relaunch, choose } = start();
    expect(await choose('new')).toEqual({ outcome: 'restarting', dir: defaultDir });
    expect(readDataConfig(userData)?.dataDir).toBe(defaultDir);
    await restarted(relaunch);
  });

  it('"Buka folder data yang ada": a data folder is remembered, anything else is refused', async () => {
    const { userData, relaunch, choose } = start();
    const empty = join(tempDir(), 'kosong');
    mkdirSync(empty);
    fake.picked = empty;
    expect(await choose('existing')).toEqual({ outcome: 'refused', problem: 'empty', dir: empty });
    const other = join(tempDir(), 'dokumen');
    mkdirSync(other);
    writeFileSync(join(other, 'surat.docx'), 'x');
    fake.picked = other;
    expect(await choose('existing')).toMatchObject({ problem: 'notLinimasa' });
    expect(readDataConfig(userData)?.dataDir).toBeUndefined();
    expect(relaunch).not.toHaveBeenCalled();

    const data = join(tempDir(), 'data-lama');
    mkdirSync(data);
    writeFileSync(join(data, 'linimasa.db'), '');
    fake.picked = data;
    expect(await choose('existing')).toEqual({ outcome: 'restarting', dir: data });
    expect(readDataConfig(userData)?.dataDir).toBe(data);
    await restarted(relaunch);
  });

  it('a cancelled dialog, an unknown choice or another page changes nothing', async () => {
    const { userData, relaunch, choose } = start();
    expect(await choose('existing')).toEqual({ outcome: 'cancelled' });
    expect(await choose('delete-everything')).toEqual({ outcome: 'cancelled' });
    expect(await choose('new', fromElsewhere)).toEqual({ outcome: 'cancelled' });
    expect(readDataConfig(userData)).toBeUndefined();
    expect(relaunch).not.toHaveBeenCalled();
  });

  it('"Hubungkan ke komputer kantor": the office-connect form remembers the host and restarts', async () => {
    const { userData, relaunch } = start();
    const connect = fake.handlers.get(desktopChannels.connectOffice)!;
    expect(await connect(fromApp, { address: 'http://127.0.0.2:8080', fingerprint: '' })).toEqual({
      outcome: 'restarting',
      origin: 'http://127.0.0.2:8080',
    });
    expect(readOfficeConnection(userData)?.origin).toBe('http://127.0.0.2:8080');
    await restarted(relaunch);
  });
});

describe('which folder is an existing data folder', () => {
  const check = (entries: string[], path = '/home/humas/Linimasa', platform = 'linux' as const) =>
    existingFolderProblem({ path, entries, platform });

  it('takes a database, or a library or backups without one', () => {
    expect(check(['linimasa.db', 'assets', 'thumbs'])).toBeNull();
    expect(check(['assets'])).toBeNull();
    expect(check(['backups'])).toBeNull();
  });

  it('refuses an empty folder, another program’s folder and a network share', () => {
    expect(check([])).toBe('empty');
    expect(check(['surat.docx'])).toBe('notLinimasa');
    expect(
      existingFolderProblem({
        path: '\\\\server\\humas',
        entries: ['linimasa.db'],
        platform: 'win32',
      }),
    ).toBe('network');
  });
});
