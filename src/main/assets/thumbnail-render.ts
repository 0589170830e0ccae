import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { thumbnailSizes } from '../../shared/domain/assets';
import { ImportFailure } from './messages';
import { loadSharp } from './sharp';
import { absolute, removeQuietly, tempFile, thumbMediaPath, type StorePaths } from './store';

const [small, large] = thumbnailSizes;
const webp = { quality: 80 } as const;

/**
 * - `made`: both thumbnails are in `thumbs/`;
 * - `undecodable`: the bundled libvips cannot read this format or size (the UI shows a tile);
 * - `unavailable`: sharp itself did not load on this machine (no libvips): no thumbnails at all,
 *   but the file is imported.
 */
export type ThumbnailOutcome = 'made' | 'undecodable' | 'unavailable';

/**
 * Runs inside the media worker (media-worker.ts). WebP thumbnails at 320 and 1024 px on the long
 * edge, turned upright by the EXIF orientation, written to temp files and renamed into
 * `thumbs/<2 hex>/<sha256>-<size>.webp`. The image is decoded once (JPEG shrink-on-load makes
 * that cheap), which also proves it is complete: a truncated or corrupt image throws
 * ImportFailure.
 */
export async function renderThumbnails(
  paths: StorePaths,
  input: string | Buffer,
  sha256: string,
): Promise<ThumbnailOutcome> {
  let sharp;
  try {
    sharp = await loadSharp();
  } catch {
    return 'unavailable';
  }
  const temps = { [small]: tempFile(paths, '.webp'), [large]: tempFile(paths, '.webp') };
  try {
    // 'error' refuses broken and truncated pixel data but not the harmless warnings that
    // many phone JPEGs carry.
    const { data, info } = await sharp(input, { failOn: 'error' })
      .autoOrient()
      .resize(large, large, { fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    await Promise.all([
      sharp(data, raw).webp(webp).toFile(temps[large]),
      sharp(data, raw)
        .resize(small, small, { fit: 'inside', withoutEnlargement: true })
        .webp(webp)
        .toFile(temps[small]),
    ]);
    // Renamed whole but not fsynced: a thumbnail can always be made again from the original.
    for (const size of thumbnailSizes) {
      const target = absolute(paths, thumbMediaPath(sha256, size));
      await mkdir(dirname(target), { recursive: true });
      await rename(temps[size], target);
    }
    return 'made';
  } catch (error) {
    await Promise.all(Object.values(temps).map(removeQuietly));
    if (/exceeds pixel limit/i.test((error as Error).message)) return 'undecodable';
    throw ImportFailure.corruptImage();
  }
}
