import { thumbnailSizes } from '../../shared/domain/assets';
import { canDecode } from './decodable';
import { mediaPool } from './media-pool';
import { absolute, removeQuietly, thumbMediaPath, type StorePaths } from './store';

/** Said once per process when sharp (libvips) does not load: imports go on without thumbnails. */
export const thumbnailsUnavailableNotice =
  'Pratinjau tidak dapat dibuat: komponen pengolah gambar (libvips) tidak dapat dimuat di ' +
  'komputer ini. Berkas tetap diimpor tanpa pratinjau; pasang ulang aplikasi untuk memulihkannya.';
let noticeGiven = false;

/**
 * WebP thumbnails at 320 and 1024 px (thumbnail-render.ts), made in a media worker process
 * (media-pool.ts) so that decoding never blocks or crashes the main process; at most one job per
 * core runs at a time, whatever number of imports run. A truncated or corrupt image fails with
 * ImportFailure, and so does one that crashes the worker.
 * Returns false for formats the bundled libvips cannot decode (HEIC, BMP), and when libvips
 * itself is missing: the UI shows a tile, and the file is imported all the same.
 */
export async function makeThumbnails(
  paths: StorePaths,
  input: string | Buffer,
  sha256: string,
  ext: string,
): Promise<boolean> {
  if (typeof input === 'string' && !canDecode(ext)) return false;
  const outcome = await mediaPool().run({
    kind: 'thumbnails',
    paths,
    input,
    sha256,
    ownerPid: process.pid,
  });
  if (outcome === 'unavailable' && !noticeGiven) {
    noticeGiven = true;
    console.warn(`[media] ${thumbnailsUnavailableNotice}`);
  }
  return outcome === 'made';
}

/** Removes both thumbnails of a content hash (delete, or an import that did not commit). */
export async function removeThumbnails(paths: StorePaths, sha256: string): Promise<void> {
  await Promise.all(
    thumbnailSizes.map((size) => removeQuietly(absolute(paths, thumbMediaPath(sha256, size)))),
  );
}
