import { protocol } from 'electron';
import { appScheme } from '../../shared/security/origins';
import { createMediaHandler } from '../media/handler';
import { plainResponse } from '../media/file-response';
import { createStaticHandler } from '../media/static';
import type { UploadHandler } from '../transports/http';
import { createUploadRoute } from '../transports/upload-route';

/** The same caps as the browser transport's upload routes. */
const maxUploadBytes = 2 * 1024 ** 3;
const maxBundleBytes = 64 * 1024 ** 3;
/** A platform's export (the analytics upload service holds it to the same 64 MB). */
const maxAnalyticsBytes = 64 * 1024 ** 2;

type RequestHandler = (request: Request) => Promise<Response>;

/**
 * `linimasa://app/upload/analytics?name=…`: a platform's export kept aside for analytics.import,
 * as the browser host's `POST /upload/analytics` does, so the import screen has one upload path
 * in both. (The desktop's "Pilih berkas…" still opens the file where it lies, by its path.)
 */
export const analyticsUploadRoute = (upload: UploadHandler): RequestHandler =>
  createUploadRoute(upload, maxAnalyticsBytes);

/**
 * Must run before `app` is ready. `standard` gives `linimasa://app` a real origin (so 'self' in
 * the CSP, relative URLs and storage work), `secure` treats it like https, `supportFetchAPI`
 * lets the renderer fetch from it, and `stream` lets video seek without loading the whole file.
 * No `bypassCSP` and no `corsEnabled`: the scheme gets no more than an ordinary https site.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** `linimasa://app/…` is the renderer, `linimasa://media/…` the asset library; no other host. */
export function routeAppProtocol(handlers: {
  app: RequestHandler;
  media: RequestHandler;
  upload?: RequestHandler;
  bundleUpload?: RequestHandler;
  analyticsUpload?: RequestHandler;
}): RequestHandler {
  return async (request) => {
    let host: string;
    try {
      host = new URL(request.url).host.toLowerCase();
    } catch {
      return plainResponse(404);
    }
    const path = new URL(request.url).pathname;
    if (host === 'app' && handlers.upload && path === '/upload') return handlers.upload(request);
    if (host === 'app' && handlers.bundleUpload && path === '/upload/bundle') {
      return handlers.bundleUpload(request);
    }
    if (host === 'app' && handlers.analyticsUpload && path === '/upload/analytics') {
      return handlers.analyticsUpload(request);
    }
    if (host === 'app') return handlers.app(request);
    if (host === 'media') return handlers.media(request);
    return plainResponse(404);
  };
}

export function handleAppProtocol(options: {
  rendererDir: string;
  dataDir: string;
  csp: string;
  upload?: UploadHandler;
  /** A .linimasa dropped on the Export view, kept aside for bundles.inspect. */
  bundleUpload?: UploadHandler;
  /** A platform's export for Laporan › Impor data platform. */
  analyticsUpload?: UploadHandler;
}): void {
  const route = routeAppProtocol({
    app: createStaticHandler(options.rendererDir, { csp: options.csp }),
    media: createMediaHandler(options.dataDir),
    upload: options.upload && createUploadRoute(options.upload, maxUploadBytes),
    bundleUpload: options.bundleUpload && createUploadRoute(options.bundleUpload, maxBundleBytes),
    analyticsUpload: options.analyticsUpload && analyticsUploadRoute(options.analyticsUpload),
  });
  protocol.handle(appScheme, route);
}
