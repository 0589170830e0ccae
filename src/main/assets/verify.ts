import type { JobProgress } from '../../shared/domain/assets';
import type { AssetsRepository } from '../db/repositories/assets';
import { assetMediaPath } from './media-paths';
import { absolute, hashFile, type StorePaths } from './store';

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
  cancelled: boolean;
}

export interface VerifyOptions {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  onProblem?: (problem: VerifyProblem) => void;
  /** Once per asset, as soon as it is checked. */
  onChecked?: (status: 'ok' | 'missing' | 'corrupt') => void;
}

/**
 * Re-hashes every stored file and compares it with its name: `ok`, `missing` (no file) or
 * `corrupt` (different bytes: a failing disk, an edit by another program). Each row's status is
 * set to what was found, so the library's "missing" filter shows them; a later import of the
 * same original repairs them.
 */
export async function verifyLibrary(
  assets: AssetsRepository,
  paths: StorePaths,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const rows = assets.forSweep();
  const report: VerifyReport = { ok: 0, missing: 0, corrupt: 0, problems: [], cancelled: false };
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
