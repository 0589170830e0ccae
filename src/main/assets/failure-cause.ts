import { lacksSpace } from '../disk/space';
import { ImportFailure, importReasonOf, type ImportReason } from './messages';
import type { StorePaths } from './store';

/**
 * The per-file reason for a failed import, looked at once more before a photo is blamed.
 * Thumbnails are written while an image is decoded, and a failure there (ENOSPC while writing
 * the WebP included) once surfaced as "Gambar rusak atau terpotong": an office was told its
 * photo was broken when the disk was full. The media worker already tells a decode failure from
 * a write failure (thumbnail-render.ts); here a "corrupt" image is checked against the disk once
 * more: when the disk that holds thumbs/ or incoming/ now lacks room for the file, the disk is
 * named.
 */
export function importFailureReason(
  error: unknown,
  paths: StorePaths,
  source: { path: string; size: number } | null,
): ImportReason {
  if (error instanceof ImportFailure && error.kind === 'corrupt_image') {
    const size = source?.size ?? 0;
    const shortfall = lacksSpace(paths.thumbs, size) ?? lacksSpace(paths.incoming, size);
    if (shortfall) return ImportFailure.diskFull(shortfall).reason;
  }
  return importReasonOf(error, paths.incoming);
}
