import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { ImportResult } from '../../shared/domain/assets';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import type { AssetRow, AssetsRepository } from '../db/repositories/assets';
import { readMetadata } from './metadata';
import { ImportFailure } from './messages';
import { sniffFile, type Sniffed } from './sniff';
import {
  absolute,
  assetMediaPath,
  place,
  removeQuietly,
  type Ingested,
  type StorePaths,
} from './store';
import { makeThumbnails, removeThumbnails } from './thumbnails';
import { videoPoster } from './video-poster';

/** What finishing one file needs from the library. */
export interface IngestContext {
  db: Db;
  paths: StorePaths;
  assets: AssetsRepository;
  /** Serialises work on one content hash: see keyedMutex. */
  withSha: <T>(sha256: string, fn: () => Promise<T>) => Promise<T>;
}

type Outcome = Omit<ImportResult, 'source' | 'name'>;

/**
 * Turns a complete temp file into an asset, or reports it as a duplicate: sniff the content,
 * read its metadata, make thumbnails (which proves an image decodes to the end), then rename
 * it into place, fsync, and only then commit the row. Whatever fails, the temp file and any
 * thumbnails made for it are gone afterwards; a signal aborted before the rename stops it.
 */
export async function finishIngest(
  ctx: IngestContext,
  ingested: Ingested,
  name: string,
  signal?: AbortSignal,
): Promise<Outcome> {
  const { temp, sha256, size } = ingested;
  let thumbsMade = false;
  try {
    if (size === 0) throw ImportFailure.empty();
    const sniffed = await sniffFile(temp, name);
    const existing = ctx.assets.bySha(sha256);
    if (existing) return await duplicate(ctx, existing, temp, signal);

    const metadata = await readMetadata(temp, sniffed, size);
    signal?.throwIfAborted();
    thumbsMade = await thumbnailsFor(ctx, temp, sha256, sniffed);
    signal?.throwIfAborted();

    return await ctx.withSha(sha256, async () => {
      // Another file of this batch (or an upload) may have finished the same content meanwhile.
      const raced = ctx.assets.bySha(sha256);
      if (raced) {
        thumbsMade = false; // they are the existing asset's thumbnails now
        return duplicate(ctx, raced, temp, signal, true);
      }
      const target = absolute(ctx.paths, assetMediaPath(sha256, sniffed.ext));
      await place(temp, target);
      const now = nowIso();
      const id = randomUUID();
      try {
        ctx.db.transaction(() =>
          ctx.assets.insert({
            id,
            sha256,
            ext: sniffed.ext,
            kind: sniffed.kind,
            mime: sniffed.mime,
            size,
            original_name: name,
            width: metadata.width,
            height: metadata.height,
            duration_ms: metadata.durationMs,
            video_codec: metadata.videoCodec,
            page_count: metadata.pageCount,
            captured_at: metadata.capturedAt,
            camera: metadata.camera,
            has_thumbs: thumbsMade ? 1 : 0,
            imported_at: now,
            updated_at: now,
          }),
        )();
      } catch (error) {
        await removeQuietly(target); // no row will ever name it
        throw error;
      }
      thumbsMade = false; // owned by the row now
      return { status: 'imported', assetId: id, kind: sniffed.kind, reason: null };
    });
  } finally {
    await removeQuietly(temp); // already renamed away when imported
    if (thumbsMade) await removeThumbnails(ctx.paths, sha256);
  }
}

async function thumbnailsFor(
  ctx: IngestContext,
  temp: string,
  sha256: string,
  sniffed: Sniffed,
): Promise<boolean> {
  if (sniffed.kind === 'image') return makeThumbnails(ctx.paths, temp, sha256, sniffed.ext);
  if (sniffed.kind !== 'video') return false;
  const poster = await videoPoster(temp);
  // A poster is a bonus: a frame ffmpeg made but sharp refuses leaves the video tile.
  return poster ? makeThumbnails(ctx.paths, poster, sha256, 'png').catch(() => false) : false;
}

/**
 * The same bytes are already in the library: link to that asset. When its file went missing
 * or was found corrupt, this copy repairs it (under the hash's lock, unless the caller already
 * holds it: the lock is not re-entrant).
 */
async function duplicate(
  ctx: IngestContext,
  existing: AssetRow,
  temp: string,
  signal?: AbortSignal,
  locked = false,
): Promise<Outcome> {
  const target = absolute(ctx.paths, assetMediaPath(existing.sha256, existing.ext));
  const present = await stat(target).then(
    (s) => s.size === existing.size,
    () => false,
  );
  const linked = (reason: string): Outcome => ({
    status: 'duplicate',
    assetId: existing.id,
    kind: existing.kind,
    reason,
  });
  if (present && existing.status === 'ok') {
    return linked(`Sudah ada di pustaka sebagai "${existing.original_name}".`);
  }
  signal?.throwIfAborted();
  const repair = async (): Promise<Outcome> => {
    await place(temp, target);
    ctx.assets.setStatus(existing.id, 'ok');
    if (existing.kind === 'image' && existing.has_thumbs === 0) {
      const made = await makeThumbnails(ctx.paths, target, existing.sha256, existing.ext).catch(
        () => false,
      );
      if (made) ctx.assets.setThumbs(existing.id, true);
    }
    return linked(
      `Sudah ada di pustaka sebagai "${existing.original_name}"; berkasnya yang hilang atau rusak dipulihkan dari salinan ini.`,
    );
  };
  return locked ? repair() : ctx.withSha(existing.sha256, repair);
}
