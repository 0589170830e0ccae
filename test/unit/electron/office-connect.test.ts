import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../src/shared/api/desktop';
import {
  officeConfigName,
  readOfficeConnection,
  writeOfficeConnection,
} from '../../../src/main/operations/office-config';
import { useTempDir } from '../helpers';

type Listener = (...args: unknown[]) => unknown;
type VerifyProc = (
  request: { hostname: string; certificate: { data: string; fingerprint: string } },
  callback: (result: number) => void,
) => void;

const fake = vi.hoisted(() => {
  const state = {
    handlers: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    verifyProc: null as VerifyProc | null,
    menu: null as unknown,
    answer: 0,
    messages: [] as { message: string; detail: string; buttons: string[] }[],
    appListeners: new Map<string, Listener>(),
  };
  class FakeWindow {
    static getAllWindows = () => state.windows;
    readonly contentsListeners = new Map<string, Listener>();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly webContents = {
      on: (event: string, listener: Listener) => this.contentsListeners.set(event, listener),
      executeJavaScript: vi.fn(async (_code: string) => undefined),
    };
    constructor(readonly options: Record<string, unknown>) {
      state.windows.push(this);
    }
    once() {}
  }
  const electron = {
    app: {
      relaunch: vi.fn(),
      quit: vi.fn(),
      getLocale: () => 'id-ID',
      on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
    },
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, handler: Listener) => state.handlers.set(channel, handler),
    },
    dialog: {
      showMessageBox: vi.fn(async (_window: unknown, options: (typeof state.messages)[number]) => {
        state.messages.push(options);
        return { response: state.answer };
      }),
    },
    Menu: {
      setApplicationMenu: (menu: unknown) => (state.menu = menu),
      buildFromTemplate: (template: unknown) => template,
    },
    session: {
      defaultSession: {
        setCertificateVerifyProc: (proc: VerifyProc) => (state.verifyProc = proc),
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn() },
  };
  return { state, electron, FakeWindow };
});

vi.mock('electron', () => fake.electron);

const { registerOfficeConnect, pinOfficeCertificate, startOfficeIfRemembered, connectItem } =
  await import('../../../src/main/electron/office-connect');

const tempDir = useTempDir('linimasa-office-connect-');
const appOrigin = 'linimasa://app';
const fromApp = { sender: {}, senderFrame: { url: 'linimasa://app/index.html', parent: null } };
const fromElsewhere = { sender: {}, senderFrame: { url: 'https://example.com/', parent: null } };

/** A real self-signed certificate (PEM) and its SHA-256 fingerprint as openssl prints it. */
function certificate(name: string): { pem: string; fingerprint: string } {
  const dir = tempDir();
  const file = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      file,
      '-days',
      '30',
      '-subj',
      `/CN=${name}`,
    ],
    { stdio: 'ignore' },
  );
  const line = execFileSync('openssl', ['x509', '-in', file, '-noout', '-fingerprint', '-sha256'], {
    encoding: 'utf8',
  });
  return { pem: readFileSync(file, 'utf8'), fingerprint: line.split('=')[1]!.trim() };
}

beforeEach(() => {
  const { state, electron } = fake;
  state.handlers.clear();
  state.windows.length = 0;
  state.verifyProc = null;
  state.menu = null;
  state.answer = 0;
  state.messages.length = 0;
  state.appListeners.clear();
  electron.app.relaunch.mockReset();
  electron.app.quit.mockReset();
});

describe('Hubungkan ke kantor (the local app’s form)', () => {
  it('remembers a checked address and fingerprint, then restarts', async () => {
    const userData = tempDir();
    const relaunch = vi.fn();
    registerOfficeConnect({ appOrigin, userData, relaunch });
    const connect = fake.state.handlers.get(desktopChannels.connectOffice)!;
    const answer = connect(fromApp, {
      address: '192.168.1.10:8443',
      fingerprint: 'ab'.repeat(32),
    });
    expect(answer).toEqual({ outcome: 'restarting', origin: 'https://192.168.1.10:8443' });
    expect(readOfficeConnection(userData)).toMatchObject({
      origin: 'https://192.168.1.10:8443',
      fingerprint: Array(32).fill('AB').join(':'),
    });
    await vi.waitFor(() => expect(relaunch).toHaveBeenCalledOnce());
  });

  it('refuses a bad address or fingerprint, and any page but the app’s own, remembering nothing', () => {
    const userData = tempDir();
    const relaunch = vi.fn();
    registerOfficeConnect({ appOrigin, userData, relaunch });
    const connect = fake.state.handlers.get(desktopChannels.connectOffice)!;
    expect(connect(fromApp, { address: 'https://192.168.1.10:8443', fingerprint: '' })).toEqual({
      outcome: 'refused',
      problem: 'fingerprintMissing',
      field: 'fingerprint',
    });
    expect(connect(fromApp, { address: 'ftp://192.168.1.10', fingerprint: '' })).toEqual({
      outcome: 'refused',
      problem: 'scheme',
      field: 'address',
    });
    expect(connect(fromApp, { address: 42 })).toMatchObject({ outcome: 'refused' });
    expect(
      connect(fromElsewhere, { address: 'http://192.168.1.10:8080', fingerprint: '' }),
    ).toEqual({ outcome: 'cancelled' });
    expect(existsSync(join(userData, officeConfigName))).toBe(false);
    expect(relaunch).not.toHaveBeenCalled();
  });

  it('offers the form from the File menu by moving the page to its section', async () => {
    const window = new fake.FakeWindow({});
    const item = connectItem();
    expect(item.label).toBe('Hubungkan ke kantor…');
    (item.click as (item: unknown, window: unknown) => void)({}, window);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(
      'location.hash = "#/pengaturan/hubungkan-kantor"',
    );
  });
});

describe('the pinned certificate', () => {
  it('accepts exactly the remembered certificate at the office, refuses any other there', () => {
    const office = certificate('humas-pc');
    const impostor = certificate('humas-pc');
    const refused: string[] = [];
    pinOfficeCertificate(
      { origin: 'https://192.168.1.10:8443', fingerprint: office.fingerprint, savedAt: '' },
      (hostname) => refused.push(hostname),
    );
    const verify = (hostname: string, pem: string) => {
      let result: number | undefined;
      fake.state.verifyProc!({ hostname, certificate: { data: pem, fingerprint: '' } }, (r) => {
        result = r;
      });
      return result;
    };
    expect(verify('192.168.1.10', office.pem)).toBe(0);
    expect(verify('192.168.1.10', impostor.pem)).toBe(-2);
    expect(refused).toEqual(['192.168.1.10']);
    expect(verify('127.0.0.1', impostor.pem)).toBe(-3);
  });

  it('is not installed for a plain http office', () => {
    pinOfficeCertificate(
      { origin: 'http://192.168.1.10:8080', fingerprint: null, savedAt: '' },
      () => undefined,
    );
    expect(fake.state.verifyProc).toBeNull();
  });
});

describe('start-up connected to the office', () => {
  const remembered = (userData: string, fingerprint: string) =>
    writeOfficeConnection(userData, {
      origin: 'https://127.0.0.2:8443',
      fingerprint,
      savedAt: '2026-12-03T10:00:00.000Z',
    });

  it('opens the local data when no office is remembered', () => {
    expect(startOfficeIfRemembered({ userData: tempDir(), developerTools: false })).toBe(false);
    expect(fake.state.windows).toHaveLength(0);
  });

  it('opens the office’s page without the local bridge, with Putuskan in the File menu', () => {
    const userData = tempDir();
    const relaunch = vi.fn();
    remembered(userData, 'ab'.repeat(32));
    expect(startOfficeIfRemembered({ userData, developerTools: false, relaunch })).toBe(true);
    const [window] = fake.state.windows;
    expect(window!.loadURL).toHaveBeenCalledWith('https://127.0.0.2:8443/');
    const preferences = window!.options.webPreferences as Record<string, unknown>;
    expect(preferences).not.toHaveProperty('preload');
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(fake.state.verifyProc).not.toBeNull();

    const file = (fake.state.menu as { submenu: { label?: string; click?: () => void }[] }[])[0]!;
    const disconnect = file.submenu.find((item) => item.label === 'Putuskan dari kantor')!;
    disconnect.click!();
    expect(readOfficeConnection(userData)).toBeNull();
    expect(relaunch).toHaveBeenCalledOnce();
  });

  it('says in office words why a refused certificate did not load, and can return to local data', async () => {
    const userData = tempDir();
    const relaunch = vi.fn();
    const office = certificate('humas-pc');
    const impostor = certificate('humas-pc');
    remembered(userData, office.fingerprint);
    startOfficeIfRemembered({ userData, developerTools: false, relaunch });
    const [window] = fake.state.windows;
    fake.state.verifyProc!(
      { hostname: '127.0.0.2', certificate: { data: impostor.pem, fingerprint: '' } },
      () => undefined,
    );
    fake.state.answer = 1; // "Putuskan dari kantor"
    window!.contentsListeners.get('did-fail-load')!({}, -202, 'ERR_CERT', '', true);
    await vi.waitFor(() => expect(relaunch).toHaveBeenCalledOnce());
    const [shown] = fake.state.messages;
    expect(shown!.message).toBe(
      'Sertifikat komputer kantor tidak cocok dengan sidik jari yang disimpan.',
    );
    expect(shown!.detail).toContain(office.fingerprint);
    expect(shown!.buttons).toEqual(['Coba lagi', 'Putuskan dari kantor', 'Keluar']);
    expect(readOfficeConnection(userData)).toBeNull();
  });

  it('says the office cannot be reached, and tries again when asked', async () => {
    const userData = tempDir();
    remembered(userData, 'ab'.repeat(32));
    startOfficeIfRemembered({ userData, developerTools: false, relaunch: vi.fn() });
    const [window] = fake.state.windows;
    fake.state.answer = 0; // "Coba lagi"
    window!.contentsListeners.get('did-fail-load')!({}, -102, 'ERR_CONNECTION_REFUSED', '', true);
    await vi.waitFor(() => expect(window!.loadURL).toHaveBeenCalledTimes(2));
    expect(fake.state.messages[0]!.message).toBe('Komputer kantor tidak dapat dihubungi.');
    expect(fake.state.messages[0]!.detail).toContain('https://127.0.0.2:8443');
    // A failed image or frame inside the page is not the page failing.
    window!.contentsListeners.get('did-fail-load')!({}, -102, 'x', '', false);
    expect(fake.state.messages).toHaveLength(1);
  });
});
