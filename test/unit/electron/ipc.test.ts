import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannelPrefix, methodNames } from '../../../src/shared/api/contract';
import type { Dispatch } from '../../../src/main/api/dispatch';

type InvokeListener = (event: unknown, request: unknown) => unknown;

const electron = vi.hoisted(() => ({
  handlers: new Map<string, InvokeListener>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: InvokeListener) => {
      if (electron.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      electron.handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
}));

import { registerApiHandlers } from '../../../src/main/electron/ipc';

const appOrigin = 'linimasa://app';
const mainFrame = (url: string) => ({ url, parent: null });
/** A window's webContents: its id and its 'destroyed' listeners. */
function fakeSender(id: number) {
  const onDestroyed: (() => void)[] = [];
  return {
    id,
    once: (name: string, listener: () => void) =>
      name === 'destroyed' && onDestroyed.push(listener),
    destroy: () => onDestroyed.splice(0).forEach((listener) => listener()),
  };
}
const window1 = fakeSender(1);
const eventFrom = (senderFrame: unknown, sender = window1) => ({ senderFrame, sender });

let dispatch: ReturnType<typeof vi.fn<Dispatch>>;
let unregister: () => void;

beforeEach(() => {
  electron.handlers.clear();
  dispatch = vi.fn<Dispatch>(async (_method, request) => ({ ok: true, value: request }));
  unregister = registerApiHandlers(dispatch, appOrigin);
});

const invoke = (channel: string, event: unknown, request: unknown = {}) => {
  const listener = electron.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(event, request);
};

describe('registerApiHandlers', () => {
  it('registers exactly one channel per contract method, with the app prefix', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(
      methodNames.map((name) => ipcChannelPrefix + name).sort(),
    );
  });

  it('passes the app page’s requests to dispatch', async () => {
    const request = { name: 'Sari', role: 'planner' };
    const result = await invoke(
      'linimasa:people.create',
      eventFrom(mainFrame('linimasa://app/index.html')),
      request,
    );
    expect(dispatch).toHaveBeenCalledWith(
      'people.create',
      request,
      expect.objectContaining({ sessionId: null, client: 'jendela 1' }),
    );
    expect(result).toEqual({ ok: true, value: request });
  });

  it('keeps a session per window in main, and forgets it when the window closes', async () => {
    const appPage = mainFrame('linimasa://app/index.html');
    const window2 = fakeSender(2);
    const window3 = fakeSender(3);
    // Sign-in in window 2 stores its session through the caller dispatch received.
    dispatch.mockImplementationOnce(async (_method, _request, caller) => {
      caller.setSession('sesi-jendela-2');
      return { ok: true, value: {} };
    });
    await invoke('linimasa:auth.signIn', eventFrom(appPage, window2));
    await invoke('linimasa:settings.get', eventFrom(appPage, window2));
    await invoke('linimasa:settings.get', eventFrom(appPage, window3));
    const sessions = dispatch.mock.calls.map(([, , caller]) => caller.sessionId);
    expect(sessions).toEqual([null, 'sesi-jendela-2', null]);
    window2.destroy();
    await invoke('linimasa:settings.get', eventFrom(appPage, window2));
    expect(dispatch.mock.calls.at(-1)![2].sessionId).toBeNull();
  });

  it.each([
    [
      'a subframe on the app origin',
      { url: 'linimasa://app/index.html', parent: { url: 'linimasa://app/' } },
    ],
    ['a foreign page', mainFrame('https://evil.example/')],
    ['a local file', mainFrame('file:///tmp/x.html')],
    ['a file from the asset library', mainFrame('linimasa://media/assets/ab/x.svg')],
    ['a destroyed frame', null],
  ])('refuses %s without calling dispatch', async (_label, frame) => {
    const result = await invoke('linimasa:settings.get', eventFrom(frame));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a frame that throws when read', async () => {
    const disposed = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    const result = await invoke('linimasa:settings.get', eventFrom(disposed));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes its handlers again', () => {
    unregister();
    expect(electron.handlers.size).toBe(0);
  });
});

describe('the desktop window’s door', () => {
  it('shows the window the desktop app’s own office-network listener (network.info)', async () => {
    const { windowSessions } = await import('../../../src/main/electron/window-sessions');
    electron.handlers.clear();
    const door = {
      tls: true,
      fingerprint: 'AB:CD',
      addresses: [{ url: 'https://192.168.1.10:8080/', label: 'wlan0' }],
      network: false,
      desktopHost: { state: 'on' as const, listen: '0.0.0.0:8080' },
    };
    registerApiHandlers(dispatch, appOrigin, windowSessions({ door: () => door }));
    await invoke('linimasa:network.info', eventFrom(mainFrame('linimasa://app/index.html')));
    expect(dispatch).toHaveBeenLastCalledWith(
      'network.info',
      {},
      expect.objectContaining({ door, client: 'jendela 1' }),
    );
  });
});
