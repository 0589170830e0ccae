import { resolve } from 'node:path';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { openApp, type LinimasaApp, type OpenAppOptions } from '../app';
import { createExportDownloadHandler } from '../export/download';
import { createMediaHandler } from '../media/handler';
import { createStaticHandler } from '../media/static';
import type { DesktopHostState } from '../../shared/domain/office-network';
import type { Interfaces } from '../network/addresses';
import type { ListenAddress } from '../network/listen-address';
import type { TlsMaterial } from '../network/certificate';
import { createEventsRoute, sessionGate, type EventsRoute } from '../transports/events-route';
import { newLaunchToken } from '../transports/http-auth';
import { startHttpTransport, type HttpTransport } from '../transports/http';

export interface WebHostOptions extends OpenAppOptions {
  dataDir: string;
  /** 127.0.0.1 on this port (0: a free one) unless `listen` names the addresses. */
  port?: number;
  /** The office network: the addresses to serve on (see transports/http.ts). */
  listen?: readonly ListenAddress[];
  /** Host names colleagues may use for this computer (`humas-pc.local`). */
  names?: readonly string[];
  /** HTTPS with this certificate (network/certificate.ts). */
  tls?: TlsMaterial;
  /** How long stopping lets running requests finish (10 s). */
  graceMs?: number;
  /** This computer's network cards (for 0.0.0.0); `os.networkInterfaces` by default. */
  interfaces?: () => Interfaces;
  /** The desktop app's listener state, for `network.info` (web/office-listener.ts). */
  desktopHost?: () => DesktopHostState;
  /** The built renderer; defaults to out/renderer in the working tree. */
  rendererDir?: string;
  token?: string;
}

export interface WebHost {
  app: LinimasaApp;
  http: HttpTransport;
  /** The live stream (`GET /events`): `liveSessions()` for the status page. */
  live: EventsRoute;
  token: string;
  /** Open this in a browser: it signs the tab in and lands on the app. */
  url: string;
  close(): Promise<void>;
}

export const defaultRendererDir = (): string => resolve('out', 'renderer');

/** What serves one already open app over HTTP(S): `serveApp`'s answer. */
export interface AppServer {
  http: HttpTransport;
  live: EventsRoute;
  token: string;
  url: string;
  /** Stops accepting, ends the event streams, lets running requests finish (≤ graceMs). */
  close(): Promise<void>;
}

export type ServeOptions = Omit<WebHostOptions, 'dataDir' | keyof OpenAppOptions>;

/**
 * The HTTP transport for an app that is already open: the browser host's (below) and the
 * desktop app's office-network listener (web/office-listener.ts), with the same rules: the
 * launch token on 127.0.0.1, a session on every other address, Host/Origin checks, TLS when
 * given, the live stream, graceful stop. The app stays open when this closes.
 */
export async function serveApp(app: LinimasaApp, options: ServeOptions): Promise<AppServer> {
  const token = options.token ?? newLaunchToken();
  const live = createEventsRoute({ bus: app.events, gate: sessionGate(app.services.auth) });
  // The status page shows who has a page open right now.
  app.services.hostStatus.useLiveSessions(() => live.streamCounts());
  const http = await startHttpTransport({
    dispatch: app.dispatch,
    token,
    signedIn: (sessionId) => app.services.auth.isLive(sessionId),
    port: options.port,
    listen: options.listen,
    names: options.names,
    tls: options.tls,
    graceMs: options.graceMs,
    interfaces: options.interfaces,
    desktopHost: options.desktopHost,
    renderer: createStaticHandler(options.rendererDir ?? defaultRendererDir(), {
      csp: contentSecurityPolicy({ dev: false }),
      spaFallback: true,
    }),
    media: createMediaHandler(app.paths.root),
    upload: (name, body, upload) => app.library.importStream(name, body, upload),
    exports: createExportDownloadHandler((id) => app.services.exports.file(id)),
    bundleUpload: (name, body, upload) => app.services.bundles.upload(name, body, upload),
    analyticsUpload: (name, body, upload) =>
      app.services.analyticsUploads.upload(name, body, upload),
    events: live,
  });
  return { http, live, token, url: http.loginUrl, close: () => http.close() };
}

/**
 * The whole app for a browser: database, API, renderer files and media on 127.0.0.1, and on the
 * office network's addresses when `listen` names them.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // The host owns its data directory unless a test of the store's race safety says otherwise.
  const app = openApp(options.dataDir, {
    autoBackup: true,
    ...options,
    owner: options.owner ?? 'host',
  });
  try {
    const served = await serveApp(app, options);
    return {
      app,
      ...served,
      async close() {
        // Stops accepting, ends the event streams, lets running requests finish (≤ 10 s);
        // then a background checkpoint still running ends, and the database closes (SQLite
        // checkpoints what is left of its WAL into the file on close).
        await served.close();
        await app.startupBackup;
        await app.shutdown();
      },
    };
  } catch (error) {
    app.close();
    throw error;
  }
}
