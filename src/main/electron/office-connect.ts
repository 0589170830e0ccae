import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
} from 'electron';
import {
  desktopChannels,
  type OfficeConnectRequest,
  type OfficeConnectResult,
} from '../../shared/api/desktop';
import {
  certificateFingerprint,
  checkOfficeConnection,
  parseOfficeAddress,
  pinnedVerdict,
} from '../operations/office-address';
import {
  forgetOfficeConnection,
  readOfficeConnection,
  writeOfficeConnection,
  type OfficeConnection,
} from '../operations/office-config';
import { isFromAppPage } from './ipc';
import { applicationMenuTemplate } from './menu';
import { installWebSecurity } from './web-security';
import { secureWebPreferences } from './window';
import { desktopText } from './words';

/**
 * The desktop app as a client of the office host (issue 14, "Hubungkan ke kantor"). Thin glue:
 * what an address or a fingerprint may be, and which certificate is accepted, is decided in
 * operations/office-address.ts; the remembered office lives in operations/office-config.ts.
 */

const restart = () => {
  app.relaunch();
  app.quit();
};

/** Chromium's answers to a certificate verify proc. */
const verifyResult = { accept: 0, refuse: -2, default: -3 } as const;

/**
 * The local app's Settings form: checks the address and fingerprint, remembers them and
 * restarts into the office. Answers only the app's own page.
 */
export function registerOfficeConnect(options: {
  appOrigin: string;
  userData: string;
  relaunch?: () => void;
  now?: () => Date;
}): void {
  ipcMain.handle(
    desktopChannels.connectOffice,
    (event: IpcMainInvokeEvent, request: unknown): OfficeConnectResult => {
      if (!isFromAppPage(event, options.appOrigin)) return { outcome: 'cancelled' };
      const { address, fingerprint } = (request ?? {}) as Partial<OfficeConnectRequest>;
      if (typeof address !== 'string' || (fingerprint != null && typeof fingerprint !== 'string'))
        return { outcome: 'refused', problem: 'invalid', field: 'address' };
      const checked = checkOfficeConnection({ address, fingerprint });
      if (!checked.ok)
        return { outcome: 'refused', problem: checked.problem, field: checked.field };
      writeOfficeConnection(options.userData, {
        ...checked.connection,
        savedAt: (options.now?.() ?? new Date()).toISOString(),
      });
      setImmediate(options.relaunch ?? restart);
      return { outcome: 'restarting', origin: checked.connection.origin };
    },
  );
}

/**
 * Accepts exactly the remembered certificate for the office's host name, refuses any other
 * there (and notes it, so the failed load can say why), and leaves other hosts to Chromium.
 */
export function pinOfficeCertificate(
  connection: OfficeConnection,
  onRefused: (hostname: string) => void,
): void {
  const parsed = parseOfficeAddress(connection.origin);
  if (!parsed.ok || !parsed.address.secure) return;
  const office = { hostname: parsed.address.hostname, fingerprint: connection.fingerprint };
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    const verdict = pinnedVerdict(
      { hostname: request.hostname, fingerprint: certificateFingerprint(request.certificate) },
      office,
    );
    if (verdict === 'refuse') onRefused(request.hostname);
    callback(verifyResult[verdict]);
  });
}

/**
 * File › "Hubungkan ke kantor…" in the local app: shows the Settings section with the form
 * (a hash change inside the page, so nothing typed elsewhere is lost).
 */
export function connectItem(): MenuItemConstructorOptions {
  return {
    label: desktopText('officeConnect.connect'),
    click: (_item, window) => {
      const contents = window instanceof BrowserWindow ? window.webContents : undefined;
      void contents
        ?.executeJavaScript(`location.hash = ${JSON.stringify(officeConnectHash)}`)
        .catch(() => undefined);
    },
  };
}
export const officeConnectHash = '#/pengaturan/hubungkan-kantor';

/** File › "Putuskan dari kantor": forget the office and open the local data again. */
export function disconnectItem(userData: string, relaunch = restart): MenuItemConstructorOptions {
  return {
    label: desktopText('officeConnect.disconnect'),
    click: () => {
      forgetOfficeConnection(userData);
      relaunch();
    },
  };
}

/**
 * At start-up: with an office remembered, open its page (no preload: the host's page talks to
 * the host over HTTPS, never to this computer's main process) and return true; else false, and
 * the app opens its local data as before.
 */
export function startOfficeIfRemembered(options: {
  userData: string;
  developerTools: boolean;
  relaunch?: () => void;
}): boolean {
  const connection = readOfficeConnection(options.userData);
  if (!connection) return false;
  const relaunch = options.relaunch ?? restart;
  let refusedHost: string | null = null;
  pinOfficeCertificate(connection, (hostname) => (refusedHost = hostname));
  // The same web-contents policy as the local app, with the office's origin as the app's own.
  installWebSecurity({ appOrigin: connection.origin });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        developerTools: options.developerTools,
        platform: process.platform,
        officeItems: [disconnectItem(options.userData, relaunch)],
      }),
    ),
  );

  const open = () => {
    const { preload: _none, ...preferences } = secureWebPreferences('');
    const window = new BrowserWindow({
      title: 'Linimasa',
      width: 1280,
      height: 800,
      minWidth: 960,
      minHeight: 600,
      show: false,
      webPreferences: preferences,
    });
    window.once('ready-to-show', () => window.show());
    window.webContents.on(
      'did-fail-load',
      (_event, _code, _description, _url, isMainFrame: boolean) => {
        if (!isMainFrame) return;
        const refused = refusedHost;
        refusedHost = null;
        window.show();
        void explainFailure(window, connection, refused !== null).then((choice) => {
          if (choice === 'retry') void load(window);
          else if (choice === 'disconnect') {
            forgetOfficeConnection(options.userData);
            relaunch();
          } else app.quit();
        });
      },
    );
    void load(window);
  };
  const load = (window: BrowserWindow) =>
    window.loadURL(`${connection.origin}/`).catch(() => undefined /* did-fail-load words it */);

  open();
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  return true;
}

/** The office's page did not load: a refused certificate, or a host that does not answer. */
async function explainFailure(
  window: BrowserWindow,
  connection: OfficeConnection,
  certificateRefused: boolean,
): Promise<'retry' | 'disconnect' | 'quit'> {
  const { response } = await dialog.showMessageBox(window, {
    type: certificateRefused ? 'warning' : 'error',
    title: desktopText('officeConnect.title'),
    message: desktopText(
      certificateRefused ? 'officeConnect.certificateRefused' : 'officeConnect.unreachable',
    ),
    detail: desktopText(
      certificateRefused
        ? 'officeConnect.certificateRefusedDetail'
        : 'officeConnect.unreachableDetail',
      { origin: connection.origin, fingerprint: connection.fingerprint ?? '' },
    ),
    buttons: [
      desktopText('officeConnect.retry'),
      desktopText('officeConnect.disconnect'),
      desktopText('officeConnect.quit'),
    ],
    defaultId: 0,
    cancelId: 2,
  });
  return response === 0 ? 'retry' : response === 1 ? 'disconnect' : 'quit';
}
