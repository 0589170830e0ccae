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
const eventFrom = (senderFrame: unknown) => ({ senderFrame });

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
    expect(dispatch).toHaveBeenCalledWith('people.create', request);
    expect(result).toEqual({ ok: true, value: request });
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
