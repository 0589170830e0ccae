/** Schemes the app itself is ever served from: the packaged `linimasa:`, or a local http host. */
const appSchemes: ReadonlySet<string> = new Set(['linimasa:', 'http:', 'https:']);

/**
 * May a window show `targetUrl`? Only pages from the app's own scheme, host and port. The
 * renderer holds the API, so any other page (a link to a ministry website, a `file:` path, a
 * `javascript:` or `data:` URL, another service on localhost) must never load inside it; links
 * leave through `safeExternalUrl` and the system browser instead.
 *
 * Scheme and host are compared rather than `URL.origin`, which is the string "null" for every
 * non-http scheme (`linimasa:`, `file:`, `data:` alike) and would let a `file:` page pass as
 * the app.
 */
export function isNavigationAllowed(targetUrl: string, appOrigin: string): boolean {
  const app = parseUrl(appOrigin);
  const target = parseUrl(targetUrl);
  if (!app || !target) return false;
  if (!appSchemes.has(app.protocol) || app.host === '') return false;
  if (target.username !== '' || target.password !== '') return false;
  // Chromium lowercases the host of a standard scheme such as `linimasa:`; WHATWG URL keeps it
  // as written for non-special schemes, so compare the way Chromium will.
  return target.protocol === app.protocol && target.host.toLowerCase() === app.host.toLowerCase();
}

function parseUrl(url: string): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
