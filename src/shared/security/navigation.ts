import { schemeAndHost } from './origins';

/** Schemes the app itself is ever served from: the packaged `linimasa:`, or a local http host. */
const appSchemes = new Set(['linimasa:', 'http:', 'https:']);

/**
 * May a window show `targetUrl`? Only pages from the app's own scheme, host and port. The
 * renderer holds the API, so any other page (a link to a ministry website, a `file:` path, a
 * `javascript:` or `data:` URL, another service on localhost) must never load inside it; links
 * leave through `safeExternalUrl` and the system browser instead.
 */
export function isNavigationAllowed(targetUrl: string, appOrigin: string): boolean {
  const app = schemeAndHost(appOrigin);
  const target = schemeAndHost(targetUrl);
  if (!app || !target) return false;
  if (!appSchemes.has(app.protocol) || app.host === '') return false;
  if (hasCredentials(targetUrl)) return false;
  return target.protocol === app.protocol && target.host === app.host;
}

function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return true;
  }
}
