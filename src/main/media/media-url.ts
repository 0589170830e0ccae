import { appScheme } from '../../shared/security/origins';

/** The data-directory folders the media handler may serve from; never the database or backups. */
export const mediaFolders: readonly string[] = ['assets', 'thumbs'];

/**
 * The still percent-encoded path of a media file, `assets/ab/ab12….jpg` or `thumbs/…`, from
 * `linimasa://media/assets/…` (Electron) or `http://127.0.0.1:PORT/media/assets/…` (browser);
 * null for anything else. The URL parser has already collapsed literal `..` and `%2e%2e`
 * segments; encoded slashes (`%2f`) are left for `resolveInside` to refuse.
 */
export function mediaPathFromUrl(url: URL): string | null {
  let path: string;
  if (url.protocol === `${appScheme}:`) {
    if (url.host !== 'media') return null;
    path = url.pathname.slice(1);
  } else if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!url.pathname.startsWith('/media/')) return null;
    path = url.pathname.slice('/media/'.length);
  } else {
    return null;
  }
  const slash = path.indexOf('/');
  if (slash <= 0) return null;
  const folder = path.slice(0, slash);
  const rest = path.slice(slash + 1);
  if (!mediaFolders.includes(folder) || rest === '') return null;
  return path;
}

/**
 * Splits a path from `mediaPathFromUrl` into its folder and the part inside it. The handler
 * confines to the folder, not to the data directory: `assets/..%2flinimasa.db` stays inside the
 * data directory but must still not serve the database.
 */
export function splitMediaPath(mediaPath: string): { folder: string; inside: string } {
  const slash = mediaPath.indexOf('/');
  return { folder: mediaPath.slice(0, slash), inside: mediaPath.slice(slash + 1) };
}
