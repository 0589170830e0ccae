import { join, resolve } from 'node:path';
import { mediaContentSecurityPolicy } from '../../shared/security/csp';
import { resolveInside } from './confine';
import { fileResponse, methodNotAllowed, plainResponse, readMethods } from './file-response';
import { mediaPathFromUrl, splitMediaPath } from './media-url';

export { mediaPathFromUrl } from './media-url';

/**
 * Serves asset files and thumbnails from `<dataDir>/assets/` and `<dataDir>/thumbs/`, and
 * nothing else of the data directory (not the database, not backups). Electron mounts it for
 * `linimasa://media/…`, the http transport for `/media/…`. Every failure is a plain 404, so a
 * probe cannot tell "outside the folder" from "no such file".
 */
export function createMediaHandler(dataDir: string): (request: Request) => Promise<Response> {
  const root = resolve(dataDir);
  return async (request) => {
    if (!readMethods.has(request.method)) return methodNotAllowed();

    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plainResponse(404);
    }
    const mediaPath = mediaPathFromUrl(url);
    if (mediaPath === null) return plainResponse(404);

    const { folder, inside } = splitMediaPath(mediaPath);
    const filePath = await resolveInside(join(root, folder), inside);
    if (filePath === null) return plainResponse(404);

    try {
      return await fileResponse(request, filePath, {
        ranges: true,
        headers: {
          'Content-Security-Policy': mediaContentSecurityPolicy,
          // Asset files are content-addressed (the name is the SHA-256), so a name never
          // changes meaning; thumbnails can be regenerated under the same name.
          'Cache-Control':
            folder === 'assets' ? 'private, max-age=31536000, immutable' : 'no-cache',
        },
      });
    } catch {
      // Removed between the check and the read (an asset sweep, a restore): same as missing.
      return plainResponse(404);
    }
  };
}
