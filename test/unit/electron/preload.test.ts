import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannelPrefix, methodNames } from '../../../src/shared/api/contract';
import { desktopChannels } from '../../../src/shared/api/desktop';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, request: unknown) => ({
    ok: true,
    value: { channel, request },
  })),
  listeners: [] as [string, (...args: unknown[]) => void][],
  // Electron answers '' for a File that is not on disk; a fake knows one file.
  getPathForFile: vi.fn((file: File) =>
    file.name === 'Upacara.mp4' ? '/home/humas/Upacara.mp4' : '',
  ),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.push([channel, listener]),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      const at = electron.listeners.findIndex(([c, l]) => c === channel && l === listener);
      if (at >= 0) electron.listeners.splice(at, 1);
    },
  },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

type ExposedApi = Record<string, Record<string, (request: unknown) => Promise<unknown>>>;
let api: ExposedApi;

beforeAll(async () => {
  await import('../../../src/main/electron/preload');
  api = electron.exposed.get('linimasa') as ExposedApi;
});

describe('preload', () => {
  it('exposes window.linimasa and the desktop dialogs, nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['linimasa', 'linimasaDesktop']);
  });

  it('asks main for the open dialogs on their own fixed channels, with no arguments', async () => {
    const desktop = electron.exposed.get('linimasaDesktop') as Record<
      string,
      () => Promise<unknown>
    >;
    expect(Object.keys(desktop).sort()).toEqual(
      [...Object.keys(desktopChannels), 'pathForFile'].sort(),
    );
    for (const [name, channel] of Object.entries(desktopChannels)) {
      if (['saveExport', 'connectOffice', 'onLive', 'firstRun'].includes(name)) continue;
      electron.invoke.mockClear();
      await desktop[name]!();
      expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channel);
    }
  });

  it('hands the page main’s live changes, without the IPC event, until it stops listening', () => {
    const desktop = electron.exposed.get('linimasaDesktop') as {
      onLive(listener: (change: unknown) => void): () => void;
    };
    const received: unknown[] = [];
    const stop = desktop.onLive((change) => received.push(change));
    expect(electron.listeners.map(([channel]) => channel)).toEqual([desktopChannels.onLive]);
    const [, listener] = electron.listeners[0]!;
    const change = { seq: 1, kind: 'post', ids: ['p1'] };
    listener({ sender: 'the IPC event' }, change);
    expect(received).toEqual([change]);
    stop();
    expect(electron.listeners).toEqual([]);
  });

  it('passes only the typed address and fingerprint to Hubungkan ke kantor', async () => {
    const desktop = electron.exposed.get('linimasaDesktop') as {
      connectOffice(request: unknown): Promise<unknown>;
    };
    electron.invoke.mockClear();
    const request = { address: '192.168.1.10:8443', fingerprint: 'AB:CD' };
    await desktop.connectOffice(request);
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(desktopChannels.connectOffice, request);
  });

  it('tells the page where a dropped file lies, through webUtils and without IPC', () => {
    const desktop = electron.exposed.get('linimasaDesktop') as { pathForFile(f: File): string };
    electron.invoke.mockClear();
    const video = new File([new Uint8Array(4)], 'Upacara.mp4');
    expect(desktop.pathForFile(video)).toBe('/home/humas/Upacara.mp4');
    expect(electron.getPathForFile).toHaveBeenCalledWith(video);
    // A file made in memory (dragged out of another application) has no path: the page uploads it.
    expect(desktop.pathForFile(new File(['x'], 'catatan.txt'))).toBe('');
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('passes only the export id to the save dialog', async () => {
    const desktop = electron.exposed.get('linimasaDesktop') as Record<
      string,
      (id?: string) => Promise<unknown>
    >;
    electron.invoke.mockClear();
    await desktop.saveExport!('7f7c1c1e-2f55-4f1e-9a43-2d1c3c5e8b10');
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(
      desktopChannels.saveExport,
      '7f7c1c1e-2f55-4f1e-9a43-2d1c3c5e8b10',
    );
  });

  it('exposes exactly the contract’s methods, grouped', () => {
    const exposedNames = Object.entries(api).flatMap(([group, verbs]) =>
      Object.keys(verbs).map((verb) => `${group}.${verb}`),
    );
    expect(exposedNames.sort()).toEqual([...methodNames].sort());
  });

  it.each(methodNames)('%s invokes its own channel with the request alone', async (method) => {
    const [group = '', verb = ''] = method.split('.');
    const request = { probe: method };
    electron.invoke.mockClear();
    await api[group]?.[verb]?.(request);
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(
      `${ipcChannelPrefix}${method}`,
      request,
    );
  });

  it('gives the page no way to name a channel or reach ipcRenderer', () => {
    const flat = Object.values(api).flatMap((verbs) => Object.values(verbs));
    expect(flat.every((fn) => typeof fn === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/invoke|ipc|send/);
  });
});
