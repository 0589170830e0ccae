import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly listeners = new Map<string, () => void>();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
  }
  return { windows, FakeWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow }));

import { createMainWindow } from '../../../src/main/electron/window';

beforeEach(() => {
  electron.windows.length = 0;
});

describe('createMainWindow', () => {
  it('runs the renderer sandboxed, isolated and without Node', () => {
    createMainWindow({ url: 'linimasa://app/index.html', preload: '/app/out/preload/index.js' });
    const [window] = electron.windows;
    expect(window?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('opens a titled window of a usable size, hidden until painted', () => {
    createMainWindow({ url: 'linimasa://app/index.html', preload: '/p.js' });
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({
      title: 'Linimasa',
      width: 1280,
      height: 800,
      minWidth: 960,
      minHeight: 600,
      show: false,
    });
    expect(window?.show).not.toHaveBeenCalled();
    window?.listeners.get('ready-to-show')?.();
    expect(window?.show).toHaveBeenCalledOnce();
    expect(window?.loadURL).toHaveBeenCalledWith('linimasa://app/index.html');
  });
});
