import { mediaOrigin } from '../../shared/security/origins';

/**
 * The URL of a library file the API names relative to the media root (`thumbs/ab/…-320.webp`):
 * `linimasa://media/…` in Electron, `/media/…` on the browser host (same origin, so the session
 * cookie goes along). Each segment is encoded, though the API's paths are hex and dots only.
 */
export function mediaUrl(path: string, electron: boolean): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return electron ? `${mediaOrigin}/${encoded}` : `/media/${encoded}`;
}
