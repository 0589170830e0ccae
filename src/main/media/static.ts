import { extname, posix } from 'node:path';
import { resolveInside } from './confine';
import { fileResponse, methodNotAllowed, plainResponse, readMethods } from './file-response';

export interface StaticHandlerOptions {
  /** Sent with every response; it is what keeps the renderer strict. */
  csp: string;
  /** Serve index.html for extension-less paths the router owns (`/kalender/2025-08`). Default on. */
  spaFallback?: boolean;
}

/**
 * Serves the built renderer (out/renderer) for `linimasa://app/…` in Electron and for the http
 * transport's non-API, non-media paths.
 */
export function createStaticHandler(
  rootDir: string,
  options: StaticHandlerOptions,
): (request: Request) => Promise<Response> {
  const { csp, spaFallback = true } = options;
  const securityHeaders = { 'Content-Security-Policy': csp };

  const serve = async (request: Request, filePath: string): Promise<Response> => {
    const isPage = extname(filePath).toLowerCase() === '.html';
    return fileResponse(request, filePath, {
      // index.html names the hashed bundles of this build; a cached copy after an update
      // would load the old ones.
      headers: isPage ? { ...securityHeaders, 'Cache-Control': 'no-cache' } : securityHeaders,
    });
  };

  return async (request) => {
    if (!readMethods.has(request.method)) return methodNotAllowed();

    let pathname: string;
    try {
      pathname = new URL(request.url).pathname;
    } catch {
      return plainResponse(404, securityHeaders);
    }
    const requested = pathname === '/' ? 'index.html' : pathname.slice(1);

    try {
      const filePath = await resolveInside(rootDir, requested);
      if (filePath !== null) return await serve(request, filePath);

      if (spaFallback && posix.extname(pathname) === '') {
        const index = await resolveInside(rootDir, 'index.html');
        if (index !== null) return await serve(request, index);
      }
    } catch {
      return plainResponse(404, securityHeaders);
    }
    return plainResponse(404, securityHeaders);
  };
}
