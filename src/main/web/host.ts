import { resolve } from 'node:path';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { openApp, type LinimasaApp, type OpenAppOptions } from '../app';
import { createExportDownloadHandler } from '../export/download';
import { createMediaHandler } from '../media/handler';
import { createStaticHandler } from '../media/static';
import { createEventsRoute, sessionGate } from '../transports/events-route';
import { newLaunchToken } from '../transports/http-auth';
import { startHttpTransport, type HttpTransport } from '../transports/http';

export interface WebHostOptions extends OpenAppOptions {
  dataDir: string;
  port?: number;
  /** The built renderer; defaults to out/renderer in the working tree. */
  rendererDir?: string;
  token?: string;
}

export interface WebHost {
  app: LinimasaApp;
  http: HttpTransport;
  token: string;
  /** Open this in a browser: it signs the tab in and lands on the app. */
  url: string;
  close(): Promise<void>;
}

export const defaultRendererDir = (): string => resolve('out', 'renderer');

/** The whole app for a browser: database, API, renderer files and media on 127.0.0.1. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // The host owns its data directory unless a test of the store's race safety says otherwise.
  const app = openApp(options.dataDir, {
    autoBackup: true,
    ...options,
    owner: options.owner ?? 'host',
  });
  const token = options.token ?? newLaunchToken();
  try {
    const http = await startHttpTransport({
      dispatch: app.dispatch,
      token,
      signedIn: (sessionId) => app.services.auth.isLive(sessionId),
      port: options.port,
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
      events: createEventsRoute({ bus: app.events, gate: sessionGate(app.services.auth) }),
    });
    return {
      app,
      http,
      token,
      url: http.loginUrl,
      async close() {
        await http.close();
        await app.startupBackup;
        app.close();
      },
    };
  } catch (error) {
    app.close();
    throw error;
  }
}
