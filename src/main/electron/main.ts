import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { openApp, type LinimasaApp } from '../app';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { registerDesktopDialogs } from './dialogs';
import { registerApiHandlers } from './ipc';
import { registerSaveExport } from './save-export';
import { rendererEntry } from './launch-options';
import { chooseDataLocation } from './data-location';
import { registerDataLocation } from './data-location-ipc';
import { defaultDataDir } from '../data-dir';
import { installApplicationMenu } from './menu';
import { connectItem, registerOfficeConnect, startOfficeIfRemembered } from './office-connect';
import { followOfficeLocale } from './words';
import { handleAppProtocol, registerPrivilegedSchemes } from './protocol';
import { finishStartupFailure, showStartupError } from './startup-error';
import { installWebSecurity } from './web-security';
import { createMainWindow } from './window';
import { startFirstRun } from './first-run';
import { startOfficeHost } from './office-host';
import { forwardLiveChanges } from './live-ipc';
import { windowSessions } from './window-sessions';

// The Electron entry: wiring only. Each concern lives in its own file next to this one.

registerPrivilegedSchemes();
// Native date inputs follow Chromium's locale; Indonesian offices expect dd/mm/yyyy.
app.commandLine.appendSwitch('lang', 'id');

if (!app.requestSingleInstanceLock()) {
  // Two processes writing one database would fight over it; the running copy takes focus instead.
  app.quit();
} else {
  app.on('second-instance', focusExistingWindow);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] Electron failed to start', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const entry = rendererEntry({ isPackaged: app.isPackaged, env: process.env });
  const developerTools = !app.isPackaged;
  const userData = app.getPath('userData');
  // Connected to the office host: its page opens instead of any local data (office-connect.ts).
  if (startOfficeIfRemembered({ userData, developerTools })) return;
  const location = await chooseDataLocation({
    argv: process.argv,
    env: process.env,
    userData,
    firstRunInWindow: true,
  });
  if (!location) return app.quit(); // the person chose "Keluar" when the data folder was missing
  const rendererDir = join(__dirname, '../renderer');
  const preload = join(__dirname, '../preload/index.js');
  const openWindow = (url = entry.url) => createMainWindow({ url, preload });
  if (location.source === 'first-run') {
    // Nothing chosen yet: the window asks (new office, existing folder, the office host).
    const csp = contentSecurityPolicy({ dev: entry.devServer });
    installWebSecurity({ appOrigin: entry.origin, devCsp: entry.devServer ? csp : undefined });
    startFirstRun({
      appOrigin: entry.origin,
      url: entry.url,
      rendererDir,
      csp,
      userData,
      defaultDir: location.dir,
      openWindow,
    });
    app.on('window-all-closed', () => app.quit());
    return;
  }
  const dataDir = location.dir;

  let linimasa: LinimasaApp;
  try {
    // A second Linimasa (browser host, CLI writer) on this folder is refused with
    // DataDirInUseError, which the start-up dialog shows as it is.
    linimasa = openApp(dataDir, {
      owner: 'desktop',
      autoBackup: true,
      appVersion: app.getVersion(),
      validateResponses: developerTools,
    });
  } catch (error) {
    console.error('[main] cannot open data directory', dataDir, error);
    void showStartupError(error, dataDir).then(finishStartupFailure);
    return;
  }
  // The quit waits for a background WAL checkpoint still running (an analytics import's), then
  // the database closes; the second will-quit (from the quit called here) passes.
  let shutDown = false;
  app.on('will-quit', (event) => {
    if (shutDown) return;
    event.preventDefault();
    shutDown = true;
    void linimasa
      .shutdown()
      .catch((error: unknown) => console.error('[main] closing the data failed', error))
      .finally(() => app.quit());
  });
  followOfficeLocale(() => linimasa.services.settings.get().locale);

  // "Buka untuk jaringan kantor": colleagues' browsers on the stored address (office-host.ts).
  const officeHost = startOfficeHost(linimasa, { rendererDir });
  const sessions = windowSessions({ door: () => officeHost.info() });
  forwardLiveChanges({
    bus: linimasa.events,
    sessions,
    peek: (sessionId) => linimasa.services.auth.peek(sessionId),
  });

  const csp = contentSecurityPolicy({ dev: entry.devServer });
  installWebSecurity({ appOrigin: entry.origin, devCsp: entry.devServer ? csp : undefined });
  handleAppProtocol({
    rendererDir,
    dataDir: linimasa.paths.root,
    csp,
    upload: (name, body, options) => linimasa.library.importStream(name, body, options),
    bundleUpload: (name, body, options) => linimasa.services.bundles.upload(name, body, options),
    analyticsUpload: (name, body, options) =>
      linimasa.services.analyticsUploads.upload(name, body, options),
  });
  registerApiHandlers(linimasa.dispatch, entry.origin, sessions);
  registerDesktopDialogs(entry.origin);
  registerSaveExport(entry.origin, (id) => linimasa.services.exports.file(id));
  registerDataLocation({
    appOrigin: entry.origin,
    location,
    defaultDir: defaultDataDir(),
    userData,
  });
  registerOfficeConnect({ appOrigin: entry.origin, userData });
  installApplicationMenu({ developerTools, officeItems: [connectItem()] });

  openWindow();

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
