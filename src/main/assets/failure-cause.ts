import { lacksSpace } from '../disk/space';
import { ImportFailure, reasonFor } from './messages';
import { sharp } from './sharp';
import type { StorePaths } from './store';

/**
 * The per-file reason for a failed import, looked at once more before a photo is blamed.
 * Thumbnails are written while an image is decoded, and any failure there (ENOSPC while
 * writing the WebP included) surfaces as "Gambar rusak atau terpotong": an office was told its
 * photo was broken when the disk was full. So a "corrupt" image is checked: when the disk that
 * holds thumbs/ or incoming/ now lacks room for the file, the disk is named; when the source
 * still decodes to the end in memory, the photo is intact and only its previews could not be
 * stored. Only an image that fails to decode again is called broken.
 */
export async function importFailureReason(
  error: unknown,
  paths: StorePaths,
  source: { path: string; size: number } | null,
): Promise<string> {
  if (error instanceof ImportFailure && error.kind === 'corrupt_image') {
    const size = source?.size ?? 0;
    const shortfall = lacksSpace(paths.thumbs, size) ?? lacksSpace(paths.incoming, size);
    if (shortfall) return ImportFailure.diskFull(shortfall).message;
    if (source && (await decodesWhole(source.path))) {
      return ImportFailure.previewsNotWritten().message;
    }
  }
  return reasonFor(error, paths.incoming);
}

/** Decodes the image in memory, as the thumbnailer does, writing nothing. */
async function decodesWhole(path: string): Promise<boolean> {
  try {
    await sharp(path, { failOn: 'error' })
      .autoOrient()
      .resize(320, 320, { fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer();
    return true;
  } catch {
    return false;
  }
}
