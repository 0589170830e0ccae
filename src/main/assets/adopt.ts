import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { format } from 'date-fns';
import { id as indonesian } from 'date-fns/locale';
import { parseLocalDate, todayIn } from '../../shared/time';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { assetsRepository } from '../db/repositories/assets';
import { collectionsRepository } from '../db/repositories/collections';
import { settingsRepository } from '../db/repositories/settings';
import { newAssetRow } from './asset-row';
import { emptyMetadata, readMetadata } from './metadata';
import { sniffFile, type Sniffed } from './sniff';
import { absolute, assetMediaPath, hashFile, thumbMediaPath, type StorePaths } from './store';
import { makeThumbnails } from './thumbnails';
import { videoPoster } from './video-poster';
import { thumbnailSizes } from '../../shared/domain/assets';

/** "Dipulihkan 2 Desember 2026": the collection that gathers one day's re-adopted files. */
export function recoveredCollectionName(localDate: string): string {
  const { year, month, day } = parseLocalDate(localDate);
  // Noon of the local day names that day whatever the machine's zone is.
  return `Dipulihkan ${format(new Date(year, month - 1, day, 12), 'd MMMM yyyy', { locale: indonesian })}`;
}

export type AdoptOutcome =
  | { status: 'adopted'; assetId: string }
  /** The bytes do not hash to the name: damaged or not ours. Left where it is. */
  | { status: 'mismatch' }
  /** A row for the same content appeared meanwhile (an import): nothing to do. */
  | { status: 'known' };

/**
 * Gives a complete stored file that no row names its row back: the database was restored,
 * copied over by hand, lost or started anew, but the file is the office's photo. The bytes must
 * hash to the name (a content-addressed file proves itself); then the library's own import steps
 * describe it again (sniff, metadata, thumbnails) and the row goes into the day's
 * "Dipulihkan …" collection in one transaction. A file the import steps cannot describe is
 * still adopted, as "other" without metadata: it is kept, never judged.
 */
export function createAdopter(db: Db, paths: StorePaths) {
  const assets = assetsRepository(db);
  const collections = collectionsRepository(db);
  const settings = settingsRepository(db);
  let collection: { id: string; name: string } | null = null;

  function collectionFor(now: string): { id: string; name: string } {
    if (collection) return collection;
    const name = recoveredCollectionName(todayIn(settings.get().timeZone));
    const existing = collections.idByName(name);
    const id = existing ?? randomUUID();
    if (!existing) collections.insert(id, name, now);
    collection = { id, name };
    return collection;
  }

  return {
    /** The collection this run put files in; null until one was adopted. */
    collection: () => collection,
    async adopt(sha256: string, ext: string, signal?: AbortSignal): Promise<AdoptOutcome> {
      const mediaPath = assetMediaPath(sha256, ext);
      const file = absolute(paths, mediaPath);
      const hashed = await hashFile(file, { signal });
      if (hashed.sha256 !== sha256) return { status: 'mismatch' };
      const name = `dipulihkan-${sha256.slice(0, 8)}.${ext}`;
      const sniffed: Sniffed = await sniffFile(file, name).catch(() => ({
        kind: 'other' as const,
        ext,
        mime: 'application/octet-stream',
      }));
      const metadata = await readMetadata(file, sniffed, hashed.size).catch(() => emptyMetadata);
      signal?.throwIfAborted();
      const thumbs = await thumbnailsFor(paths, file, sha256, ext, sniffed);
      signal?.throwIfAborted();
      const now = nowIso();
      return db.transaction((): AdoptOutcome => {
        if (assets.bySha(sha256)) return { status: 'known' };
        const id = randomUUID();
        // ext: the name on disk, which the row must reproduce
        assets.insert(
          newAssetRow({
            id,
            sha256,
            ext,
            sniffed,
            size: hashed.size,
            name,
            metadata,
            hasThumbs: thumbs,
            now,
          }),
        );
        collections.add(collectionFor(now).id, id, now);
        return { status: 'adopted', assetId: id };
      })();
    },
  };
}

/**
 * Thumbnails as an import makes them: rebuilt from the original for an image (a thumbnail
 * renamed without fsync may be empty after a power cut); for a video, the ones on disk are kept
 * or a poster frame is made when ffmpeg is there. False when there are none.
 */
async function thumbnailsFor(
  paths: StorePaths,
  file: string,
  sha256: string,
  ext: string,
  sniffed: Sniffed,
): Promise<boolean> {
  if (sniffed.kind === 'image') {
    return makeThumbnails(paths, file, sha256, ext).catch(() => false);
  }
  if (sniffed.kind !== 'video') return false;
  if (await thumbnailsPresent(paths, sha256)) return true;
  const poster = await videoPoster(file).catch(() => null);
  return poster ? makeThumbnails(paths, poster, sha256, 'png').catch(() => false) : false;
}

/** Both thumbnails of a content hash are on disk and not empty. */
export async function thumbnailsPresent(paths: StorePaths, sha256: string): Promise<boolean> {
  const sizes = await Promise.all(
    thumbnailSizes.map((size) =>
      stat(absolute(paths, thumbMediaPath(sha256, size))).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.every((size) => size > 0);
}
