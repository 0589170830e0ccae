import { randomUUID } from 'node:crypto';
import type { ImportResult } from '../../shared/domain/assets';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import type { AssetRow, AssetsRepository } from '../db/repositories/assets';
import { newAssetRow } from './asset-row';
import { emptyMetadata, readMetadata } from './metadata';
import { ImportFailure } from './messages';
import { sniffFile, type Sniffed } from './sniff';
import { refuseSvgScript } from './svg-script';
import { removeQuietly, type Ingested, type StorePaths } from './store';
import {
  commitStored,
  originalPresent,
  removeStaging,
  stagingPaths,
  thumbnailsPresent,
} from './stored-files';
import { makeThumbnails } from './thumbnails';
import { videoPoster } from './video-poster';

/** What finishing one file needs from the library. */
export interface IngestContext {
  db: Db;
  paths: StorePaths;
  assets: AssetsRepository;
  /** Serialises work on one content hash in this process: see keyedMutex. */
  withSha: <T>(sha256: string, fn: () => Promise<T>) => Promise<T>;
}

type Outcome = Omit<ImportResult, 'source' | 'name'>;

/**
 * Turns a complete temp file into an asset, or reports it as a duplicate: sniff the content,
 * read its metadata, make thumbnails in a private folder (which proves an image decodes to the
 * end), then — in one write transaction — rename file and thumbnails into place and commit the
 * row (see stored-files.ts: another process importing the same bytes at the same moment makes
 * this a duplicate, never a constraint error, and never costs the winner a file). Whatever
 * fails, the temp file and the staged thumbnails are gone afterwards; a signal aborted before
 * the commit stops it.
 */
export async function finishIngest(
  ctx: IngestContext,
  ingested: Ingested,
  name: string,
  signal?: AbortSignal,
): Promise<Outcome> {
  const { temp, sha256, size } = ingested;
  let stage: StorePaths | null = null;
  try {
    if (size === 0) throw ImportFailure.empty();
    const sniffed = await sniffFile(temp, name);
    if (sniffed.ext === 'svg') await refuseSvgScript(temp);
    const known = ctx.assets.bySha(sha256);
    if (known && known.status === 'ok' && originalPresent(ctx.paths, known)) {
      if (!thumbnailsLost(ctx.paths, known)) return duplicate(known, false);
    }

    // Read even for a known asset: the user may delete it before the commit below.
    const metadata = await readMetadata(temp, sniffed, size).catch((error: unknown) => {
      if (known) return emptyMetadata;
      throw error;
    });
    signal?.throwIfAborted();
    if (hasThumbnailKind(sniffed.kind)) {
      stage = stagingPaths(ctx.paths);
      const made = thumbnailsFor(stage, temp, sha256, sniffed);
      // For a known asset a thumbnail is a repair, never a reason to refuse its bytes again.
      if (!(await (known ? made.catch(() => false) : made))) stage = await dropStage(stage);
    }
    signal?.throwIfAborted();

    const id = randomUUID();
    const committed = commitStored(ctx.db, ctx.assets, ctx.paths, {
      temp,
      sha256,
      ext: sniffed.ext,
      stage,
      insert: (hasThumbs) =>
        ctx.assets.insert(
          newAssetRow({
            id,
            sha256,
            ext: sniffed.ext,
            sniffed,
            size,
            name,
            metadata,
            hasThumbs,
            now: nowIso(),
          }),
        ),
    });
    if (committed.status === 'duplicate') return duplicate(committed.row, committed.repaired);
    return { status: 'imported', assetId: id, kind: sniffed.kind, reason: null };
  } finally {
    await removeQuietly(temp); // already renamed away when committed
    await removeStaging(stage);
  }
}

const hasThumbnailKind = (kind: string) => kind === 'image' || kind === 'video';

/**
 * A known asset whose thumbnails should be there and are not (removed by hand, or by a crash
 * of an older version): a re-import rebuilds them. A video without a poster is normal (no
 * ffmpeg) and is not retried on every re-import.
 */
function thumbnailsLost(paths: StorePaths, row: AssetRow): boolean {
  if (row.kind !== 'image' && !(row.kind === 'video' && row.has_thumbs === 1)) return false;
  return !thumbnailsPresent(paths, row.sha256);
}

async function dropStage(stage: StorePaths): Promise<null> {
  await removeStaging(stage);
  return null;
}

async function thumbnailsFor(
  stage: StorePaths,
  temp: string,
  sha256: string,
  sniffed: Sniffed,
): Promise<boolean> {
  if (sniffed.kind === 'image') return makeThumbnails(stage, temp, sha256, sniffed.ext);
  if (sniffed.kind !== 'video') return false;
  const poster = await videoPoster(temp);
  // A poster is a bonus: a frame ffmpeg made but sharp refuses leaves the video tile.
  return poster ? makeThumbnails(stage, poster, sha256, 'png').catch(() => false) : false;
}

/** The same bytes are already in the library: link to that asset, saying so in Indonesian. */
function duplicate(existing: AssetRow, repaired: boolean): Outcome {
  return {
    status: 'duplicate',
    assetId: existing.id,
    kind: existing.kind,
    existingName: existing.original_name,
    reason: repaired
      ? `Sudah ada di pustaka sebagai "${existing.original_name}"; berkasnya yang hilang atau rusak dipulihkan dari salinan ini.`
      : `Sudah ada di pustaka sebagai "${existing.original_name}".`,
  };
}
