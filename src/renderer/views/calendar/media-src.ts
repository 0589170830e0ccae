import { mediaOrigin } from '../../../shared/security/origins';

/** Electron's preload provides `window.linimasa`; the browser host has none. */
const inElectron = typeof window !== 'undefined' && window.linimasa !== undefined;

/**
 * The `src` of a library file the API names relative to the media root (`thumbs/ab/…-320.webp`):
 * `linimasa://media/…` in Electron, `/media/…` on the browser host (same origin, so the session
 * cookie goes along). Each segment is encoded, though the API's paths are hex and dots only.
 */
export function mediaSrc(path: string): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return inElectron ? `${mediaOrigin}/${encoded}` : `/media/${encoded}`;
}
