import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../src/shared/api/contract';
import { desktopChannels } from '../../../src/shared/api/desktop';
import type * as Migrate from '../../../src/main/db/migrate';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    gotLock: true,
    appListeners: new Map<string, Listener>(),
    ready: Promise.resolve(),
    windows: [] as { options: Record<string, unknown>; url?: string }[],
    ipcChannels: [] as string[],
    protocolSchemes: [] as string[],
    openApp: vi.fn(),
    closeDb: vi.fn(),
    /** The office-network listener main started (office-host.ts), and its graceful stop. */
    officeHost: vi.fn(),
    closeOfficeHost: vi.fn(async () => undefined),
    busListeners: [] as Listener[],
    location: { dir: '/home/humas/.local/share/linimasa', source: 'config' },
    switches: [] as [string, string][],
    /** The remembered office (userData/office-connection.json), null: none. */
    office: null as null | { origin: string; fingerprint: string | null; savedAt: string },
  };
  class FakeWindow {
    static getAllWindows = () => state.windows;
    readonly entry: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.entry = { options };
      state.windows.push(this.entry);
    }
    once() {}
    readonly webContents = { on() {} };
    async loadURL(url: string) {
      this.entry.url = url;
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => state.gotLock,
      quit: vi.fn(() => {
        // As Electron does: before-quit first; a listener may hold the quit back.
        let held = false;
        state.appListeners.get('before-quit')?.({ preventDefault: () => (held = true) });
        if (!held) state.appListeners.get('will-quit')?.({ preventDefault: () => undefined });
      }),
      exit: vi.fn(),
      on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
      whenReady: () => state.ready,
      getPath: (name: string) => `/home/humas/.config/Linimasa/${name === 'userData' ? '' : name}`,
      getVersion: () => '1.2.3',
      getLocale: () => 'id-ID',
      commandLine: {
        appendSwitch: (name: string, value: string) => state.switches.push([name, value]),
      },
    },
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: (channel: string) => state.ipcChannels.push(channel),
      removeHandler: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string) => state.protocolSchemes.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setCertificateVerifyProc: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);
vi.mock('../../../src/main/app', () => ({ openApp: fake.state.openApp }));
vi.mock('../../../src/main/web/office-listener', () => ({
  createOfficeListener: (...args: unknown[]) => {
    fake.state.officeHost(...args);
    return {
      apply: async () => ({ state: 'off' }),
      info: () => ({ tls: false, fingerprint: null, addresses: [], network: false }),
      close: fake.state.closeOfficeHost,
    };
  },
}));
vi.mock('../../../src/main/operations/office-config', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  readOfficeConnection: () => fake.state.office,
}));
// The first-run and move dialogs have their own test (data-location.test.ts); here the data
// lives where a config file would say.
vi.mock('../../../src/main/electron/data-location', () => ({
  chooseDataLocation: async () => fake.state.location,
}));

/** Loads main.ts afresh, as Electron would; `prepare` runs first with this load's modules. */
async function launch(prepare?: (migrate: typeof Migrate) => void): Promise<void> {
  vi.resetModules();
  prepare?.(await import('../../../src/main/db/migrate'));
  await import('../../../src/main/electron/main');
  await fake.state.ready;
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  const { state, electron } = fake;
  state.gotLock = true;
  state.office = null;
  state.appListeners.clear();
  state.windows.length = 0;
  state.ipcChannels.length = 0;
  state.protocolSchemes.length = 0;
  state.closeDb.mockReset();
  state.officeHost.mockReset();
  state.closeOfficeHost.mockClear();
  state.busListeners.length = 0;
  state.location = { dir: '/home/humas/.local/share/linimasa', source: 'config' };
  state.openApp.mockReset();
  state.openApp.mockImplementation((dataDir: string) => ({
    paths: { root: dataDir },
    dispatch: vi.fn(),
    events: { subscribe: (listener: Listener) => state.busListeners.push(listener) },
    services: { settings: { get: () => ({ locale: 'id' }) }, auth: { peek: () => null } },
    close: state.closeDb,
    shutdown: async () => state.closeDb(),
  }));
  electron.app.quit.mockClear();
  electron.app.exit.mockReset();
  electron.dialog.showErrorBox.mockReset();
  electron.protocol.registerSchemesAsPrivileged.mockReset();
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  vi.stubEnv('LINIMASA_DATA_DIR', undefined);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('main process start-up', () => {
  it('registers the scheme, the API and the window, and closes the database on quit', async () => {
    await launch();
    const { state, electron } = fake;
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(state.protocolSchemes).toEqual(['linimasa']);
    expect(state.switches).toContainEqual(['lang', 'id']);
    // Every desktop channel is answered, except the live feed, which main sends on, and the
    // first start's choice, answered only while no data is chosen (first-run.ts).
    expect(state.ipcChannels).toHaveLength(
      methodNames.length + Object.keys(desktopChannels).length - 2,
    );
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.url).toBe('linimasa://app/index.html');
    expect(state.openApp).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ appVersion: '1.2.3' }),
    );
    // One better-sqlite3 binary (Node-API) serves Node and Electron: nothing to point it at.
    expect(state.openApp.mock.calls[0]?.[1]).not.toHaveProperty('nativeBinding');

    expect(state.closeDb).not.toHaveBeenCalled();
    // The quit is held until the data is shut down, then asked for again.
    const preventDefault = vi.fn();
    state.appListeners.get('will-quit')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(state.closeDb).toHaveBeenCalledOnce();
  });

  it('starts the office-network listener for the open data and follows the bus for the window', async () => {
    await launch();
    const { state } = fake;
    expect(state.officeHost).toHaveBeenCalledOnce();
    const [linimasa, options] = state.officeHost.mock.calls[0] as [
      { paths: { root: string } },
      { rendererDir: string },
    ];
    expect(linimasa.paths.root).toBe('/home/humas/.local/share/linimasa');
    expect(options.rendererDir).toMatch(/renderer$/);
    // The window's live feed (live-ipc.ts) listens to the app's bus.
    expect(state.busListeners).toHaveLength(1);
  });

  it('on quit, stops the listener gracefully before the database closes', async () => {
    await launch();
    const { state, electron } = fake;
    const order: string[] = [];
    let finishStop: () => void = () => undefined;
    state.closeOfficeHost.mockImplementation(() => {
      order.push('listener stopping');
      return new Promise<undefined>((resolve) => {
        finishStop = () => resolve(undefined);
      });
    });
    state.closeDb.mockImplementation(() => order.push('database closed'));
    electron.app.quit();
    // Held back while running requests finish; a second quit does not stop twice.
    electron.app.quit();
    expect(state.closeOfficeHost).toHaveBeenCalledOnce();
    expect(state.closeDb).not.toHaveBeenCalled();
    finishStop();
    await vi.waitFor(() => expect(state.closeDb).toHaveBeenCalledOnce());
    expect(order).toEqual(['listener stopping', 'database closed']);
  });

  it('shows a readable error and exits, instead of a blank window, when the data cannot be opened', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await launch(({ DatabaseTooNewError }) => {
      fake.state.openApp.mockImplementation(() => {
        throw new DatabaseTooNewError(7, 1);
      });
    });
    const { state, electron } = fake;
    expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, content] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Linimasa tidak dapat dibuka');
    expect(content).toContain('Linimasa yang lebih baru');
    // The app's own message is enough; no technical "Rincian" for an error raised on purpose.
    expect(content).not.toContain('Rincian');
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(state.windows).toHaveLength(0);
    expect(state.ipcChannels).toHaveLength(0);
  });

  it('explains an unexpected failure with the folder and the reason', async () => {
    fake.state.openApp.mockImplementation(() => {
      throw new Error('The module was compiled against a different Node.js version');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await launch();
    const [, content] = fake.electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(content).toContain(
      'Rincian: The module was compiled against a different Node.js version',
    );
    expect(content).toContain('/home/humas/.local/share/linimasa');
    expect(fake.state.windows).toHaveLength(0);
  });

  it('opens the remembered office host’s page instead of any local data', async () => {
    fake.state.office = {
      origin: 'https://127.0.0.2:8443',
      fingerprint: Array(32).fill('AB').join(':'),
      savedAt: '2026-12-03T10:00:00.000Z',
    };
    await launch();
    const { state, electron } = fake;
    expect(state.openApp).not.toHaveBeenCalled();
    expect(state.ipcChannels).toEqual([]);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.url).toBe('https://127.0.0.2:8443/');
    expect(state.windows[0]?.options.webPreferences).not.toHaveProperty('preload');
    expect(electron.session.defaultSession.setCertificateVerifyProc).toHaveBeenCalled();
  });

  it('asks the first start’s question in the window before opening any data', async () => {
    fake.state.location = { dir: '/home/humas/.local/share/linimasa', source: 'first-run' };
    await launch();
    const { state } = fake;
    expect(state.openApp).not.toHaveBeenCalled();
    expect(state.officeHost).not.toHaveBeenCalled();
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.url).toBe('linimasa://app/index.html?pertama-kali=1');
    expect([...state.ipcChannels].sort()).toEqual(
      [desktopChannels.firstRun, desktopChannels.connectOffice].sort(),
    );
  });

  it('leaves the running copy alone when another one already holds the lock', async () => {
    fake.state.gotLock = false;
    await launch();
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.state.openApp).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });
});
