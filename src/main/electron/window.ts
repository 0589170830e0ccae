import { BrowserWindow, type WebPreferences } from 'electron';

/**
 * The renderer gets no Node and no Electron: it runs sandboxed, in its own JavaScript world,
 * and reaches main only through the functions the preload exposes.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium fetches spell-check dictionaries from Google on first use; the app is offline.
    spellcheck: false,
  };
}

export function createMainWindow(options: { url: string; preload: string }): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Linimasa',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown once painted, so the office never sees a white flash or an empty frame.
    show: false,
    webPreferences: secureWebPreferences(options.preload),
  });
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(options.url)
    .catch((error: unknown) => console.error('[window] load failed', options.url, error));
  return window;
}
