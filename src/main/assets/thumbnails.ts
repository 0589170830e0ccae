import { mkdir } from 'node:fs/promises';
import { replaceFile } from '../fs/replace';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { thumbnailSizes } from '../../shared/domain/assets';
import { canDecode } from './image-metadata';
import { createLimiter } from './limiter';
import { ImportFailure } from './messages';
import { sharp } from './sharp';
import { absolute, removeQuietly, tempFile, thumbMediaPath, type StorePaths } from './store';

/** One decode per core at a time, whatever number of imports run. */
export const thumbnailConcurrency = Math.max(1, availableParallelism());
const limit = createLimiter(thumbnailConcurrency);

const [small, large] = thumbnailSizes;
const webp = { quality: 80 } as const;

/**
 * WebP thumbnails at 320 and 1024 px on the long edge, turned upright by the EXIF orientation,
 * written to temp files and renamed into `thumbs/<2 hex>/<sha256>-<size>.webp`. The image is
 * decoded once (JPEG shrink-on-load makes that cheap), which also proves it is complete: a
 * truncated or corrupt image fails here with ImportFailure.
 * Returns false for formats the bundled libvips cannot decode (HEIC, BMP): the UI shows a tile.
 */
export async function makeThumbnails(
  paths: StorePaths,
  input: string | Buffer,
  sha256: string,
  ext: string,
): Promise<boolean> {
  if (typeof input === 'string' && !canDecode(ext)) return false;
  return limit(async () => {
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
        await replaceFile(temps[size], target);
      }
      return true;
    } catch (error) {
      await Promise.all(Object.values(temps).map(removeQuietly));
      if (/exceeds pixel limit/i.test((error as Error).message)) return false;
      throw ImportFailure.corruptImage();
    }
  });
}

/** Removes both thumbnails of a content hash (delete, or an import that did not commit). */
export async function removeThumbnails(paths: StorePaths, sha256: string): Promise<void> {
  await Promise.all(
    thumbnailSizes.map((size) => removeQuietly(absolute(paths, thumbMediaPath(sha256, size)))),
  );
}
