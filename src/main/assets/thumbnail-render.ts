import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { thumbnailSizes } from '../../shared/domain/assets';
import { isDiskFull } from '../disk/space';
import { ImportFailure } from './messages';
import { loadSharp } from './sharp';
import { absolute, removeQuietly, thumbMediaPath, type StorePaths } from './store';
import { replaceFile } from '../fs/replace';

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
  ownerPid: number,
): Promise<ThumbnailOutcome> {
  let sharp;
  try {
    sharp = await loadSharp();
  } catch {
    return 'unavailable';
  }
  // Temp files carry the importing process's pid, not this worker's: the sweep keeps them while
  // that process lives (its incoming/<pid>.lock) and removes them once it is dead.
  const temp = () => join(paths.incoming, `${ownerPid}.${randomUUID()}.webp`);
  const temps = { [small]: temp(), [large]: temp() };
  let decoded = false;
  try {
    // 'error' refuses broken and truncated pixel data but not the harmless warnings that
    // many phone JPEGs carry.
    const { data, info } = await sharp(input, { failOn: 'error' })
      .autoOrient()
      .resize(large, large, { fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    decoded = true;
    const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
    await Promise.all([
      sharp(data, raw).webp(webp).toFile(temps[large]),
      sharp(data, raw)
        .resize(small, small, { fit: 'inside', withoutEnlargement: true })
        .webp(webp)
        .toFile(temps[small]),
    ]);
    // Renamed whole but not fsynced: a thumbnail can always be made again from the original.
    // Not once the importer is gone (killed): its sweep may have run, and would not know these.
    if (process.send && !process.connected) throw new Error('importer gone');
    for (const size of thumbnailSizes) {
      const target = absolute(paths, thumbMediaPath(sha256, size));
      await mkdir(dirname(target), { recursive: true });
      await replaceFile(temps[size], target);
    }
    return 'made';
  } catch (error) {
    await Promise.all(Object.values(temps).map(removeQuietly));
    if (/exceeds pixel limit/i.test((error as Error).message)) return 'undecodable';
    // Once the image decoded to the end, a failure is the disk's or the folder's, never the
    // photo's: a full disk is named (its errno reaches main's reasonFor), anything else says
    // the previews could not be stored.
    if (isDiskFull(error)) throw error;
    if (decoded) throw ImportFailure.previewsNotWritten();
    throw ImportFailure.corruptImage(error);
  }
}
