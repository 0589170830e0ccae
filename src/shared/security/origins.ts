/**
 * Where the app lives in Electron. `linimasa://app` serves the built renderer and
 * `linimasa://media` serves asset files and thumbnails; the two hosts keep the photo library
 * out of the renderer's own origin, so a crafted file in the library can never act as the app.
 */
export const appScheme = 'linimasa';
export const appOrigin = `${appScheme}://app`;
export const mediaOrigin = `${appScheme}://media`;

/**
 * Scheme and host of a URL, or null when it does not parse. WHATWG `URL.origin` is the string
 * "null" for every non-http scheme (`linimasa:`, `file:`, `data:` alike), so comparing origins
 * that way would treat a `file:` page as the app; this compares what actually identifies it.
 */
export function schemeAndHost(url: string): { protocol: string; host: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return { protocol: parsed.protocol, host: parsed.host };
}
