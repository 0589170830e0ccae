import type { JobProgress } from '../../shared/domain/assets';
import type { AssetRow, AssetsRepository } from '../db/repositories/assets';
import { thumbnailsPresent } from './adopt';
import { canDecode } from './image-metadata';
import { assetMediaPath } from '../../shared/domain/media-paths';
import { absolute, hashFile, type StorePaths } from './store';
import { makeThumbnails } from './thumbnails';
import { videoPoster } from './video-poster';

export interface VerifyProblem {
  assetId: string;
  name: string;
  status: 'missing' | 'corrupt';
}

export interface VerifyReport {
  ok: number;
  missing: number;
  corrupt: number;
  problems: VerifyProblem[];
  /** Intact files whose thumbnails were gone (or never made for an image that can have them). */
  thumbsMissing: number;
  /** Of those, made again from the original. */
  thumbsRebuilt: number;
  cancelled: boolean;
}

export interface VerifyOptions {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  onProblem?: (problem: VerifyProblem) => void;
  /** Once per asset, as soon as it is checked. */
  onChecked?: (status: 'ok' | 'missing' | 'corrupt') => void;
  /** A missing thumbnail found, then (when it could be) rebuilt. */
  onThumbs?: (what: 'missing' | 'rebuilt') => void;
}

/**
 * Re-hashes every stored file and compares it with its name: `ok`, `missing` (no file) or
 * `corrupt` (different bytes: a failing disk, an edit by another program). Each row's status is
 * set to what was found, so the library's "missing" filter shows them; a later import of the
 * same original repairs them. Thumbnails heal here too: an intact file whose thumbnails are gone
 * gets them made again, and `has_thumbs` says what is on disk.
 */
export async function verifyLibrary(
  assets: AssetsRepository,
  paths: StorePaths,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const rows = assets.forSweep();
  const report: VerifyReport = {
    ok: 0,
    missing: 0,
    corrupt: 0,
    problems: [],
    thumbsMissing: 0,
    thumbsRebuilt: 0,
    cancelled: false,
  };
  const progress: JobProgress = {
    filesDone: 0,
    filesTotal: rows.length,
    bytesDone: 0,
    bytesTotal: rows.reduce((sum, row) => sum + row.size, 0),
    current: null,
  };
  let doneBytes = 0;
  options.onProgress?.({ ...progress });

  for (const row of rows) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    progress.current = row.original_name;
    let status: 'ok' | 'missing' | 'corrupt';
    try {
      const { sha256 } = await hashFile(absolute(paths, assetMediaPath(row.sha256, row.ext)), {
        signal: options.signal,
        onBytes: (bytes) => {
          progress.bytesDone += bytes;
          options.onProgress?.({ ...progress });
        },
      });
      status = sha256 === row.sha256 ? 'ok' : 'corrupt';
    } catch (error) {
      if (options.signal?.aborted) {
        report.cancelled = true;
        break;
      }
      status = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'corrupt';
    }
    // Deleted while we were reading it: nothing to report.
    const current = assets.get(row.id);
    if (current) {
      if (current.status !== status) assets.setStatus(row.id, status);
      report[status] += 1;
      options.onChecked?.(status);
      if (status !== 'ok') {
        const problem = { assetId: row.id, name: row.original_name, status };
        report.problems.push(problem);
        options.onProblem?.(problem);
      } else {
        const healed = await healThumbnails(assets, paths, current);
        if (healed !== 'present') {
          report.thumbsMissing += 1;
          options.onThumbs?.('missing');
        }
        if (healed === 'rebuilt') {
          report.thumbsRebuilt += 1;
          options.onThumbs?.('rebuilt');
        }
      }
    }
    doneBytes += row.size;
    progress.bytesDone = doneBytes;
    progress.filesDone += 1;
    progress.current = null;
    options.onProgress?.({ ...progress });
  }
  return report;
}

/**
 * Makes an intact asset's thumbnails again when they should exist and do not: the row says it
 * has them, or it is an image the bundled decoder can read. 'present' also covers files that
 * can have none (a document, a HEIC photo, a video without ffmpeg).
 */
async function healThumbnails(
  assets: AssetsRepository,
  paths: StorePaths,
  row: AssetRow,
): Promise<'present' | 'rebuilt' | 'failed'> {
  const expected = row.has_thumbs === 1 || (row.kind === 'image' && canDecode(row.ext));
  if (!expected || (row.has_thumbs === 1 && (await thumbnailsPresent(paths, row.sha256)))) {
    return 'present';
  }
  const original = absolute(paths, assetMediaPath(row.sha256, row.ext));
  let made = false;
  try {
    if (row.kind === 'image') {
      made = await makeThumbnails(paths, original, row.sha256, row.ext);
    } else if (row.kind === 'video') {
      const poster = await videoPoster(original);
      made = poster ? await makeThumbnails(paths, poster, row.sha256, 'png') : false;
    }
  } catch {
    made = false; // an image sharp refuses: the tile shows its kind, as after its import
  }
  assets.setThumbs(row.id, made);
  // An image too large to decode never had thumbnails: nothing was missing.
  if (!made && row.has_thumbs === 0) return 'present';
  return made ? 'rebuilt' : 'failed';
}
