import { mediaOrigin } from './origins';

/**
 * The Content-Security-Policy for the app's pages. Every kind of content is closed by
 * `default-src 'none'` and opened only as far as the app needs:
 *
 * - scripts, styles, fonts and API calls only from the app itself ('self' is `linimasa://app`
 *   in Electron and `http://127.0.0.1:PORT` in the browser);
 * - images and video also from the media host (`linimasa://media`; in the browser media is
 *   under `/media/`, already 'self'), plus `data:`/`blob:` for previews of files being imported;
 * - no plugins, no `<base>`, no framing of the app, no form posts anywhere.
 *
 * Development (the Vite dev server) additionally needs:
 * - `'unsafe-inline'` scripts for the react-refresh preamble Vite writes into index.html;
 * - `'unsafe-inline'` styles because Vite injects imported CSS as `<style>` tags;
 * - `ws:` to localhost for the hot-reload socket.
 * Those never ship: a production build has only external, hashed script and CSS files.
 */
export function contentSecurityPolicy(options: { dev: boolean }): string {
  const { dev } = options;
  const devSocket = ['ws://localhost:*', 'ws://127.0.0.1:*'];
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    'style-src': ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    'img-src': ["'self'", 'data:', 'blob:', mediaOrigin],
    'media-src': ["'self'", 'blob:', mediaOrigin],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev ? devSocket : [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * For files from the asset library. An SVG or HTML file opened on its own must not run script
 * or reach anything; as an `<img>` or `<video>` source this header changes nothing.
 */
export const mediaContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
