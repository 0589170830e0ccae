import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { formatBytes } from '../assets/messages';

/**
 * The disk holding the data directory is full. At start-up SQLite says so in many ways
 * (SQLITE_FULL, ENOSPC, or a bare "disk I/O error" when not even a -shm file fits); none of
 * them means the database is damaged, and restoring a backup would only make things worse.
 */
export class DiskFullError extends AppError {
  constructor(
    readonly dataDir: string,
    readonly freeBytes: number | null,
  ) {
    super(
      'conflict',
      freeBytes === null
        ? { key: 'startupDiskFullUnknown', params: { dataDir } }
        : { key: 'startupDiskFull', params: { dataDir, free: formatBytes(freeBytes) } },
    );
    this.name = 'DiskFullError';
  }
}

/**
 * Free bytes for this process on the disk of `dir` (or of its nearest existing parent, for a
 * folder not made yet); null when the system cannot tell.
 */
export function freeBytes(dir: string): number | null {
  for (let at = dir; ; at = dirname(at)) {
    try {
      const stats = statfsSync(at);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (dirname(at) === at) return null;
    }
  }
}

/**
 * The error to report for a start-up failure: a DiskFullError when the disk is full, else the
 * error itself. An I/O error counts as disk full only when no byte is free, so a failing
 * disk is not mistaken for a full one.
 */
export function explainStartupError(
  error: unknown,
  dataDir: string,
  free: (dir: string) => number | null = freeBytes,
): unknown {
  if (error instanceof AppError) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    return new DiskFullError(dataDir, free(dataDir));
  }
  const ioError =
    (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) ||
    /disk I\/O error|database or disk is full/i.test(text);
  if (ioError) {
    const bytes = free(dataDir);
    if (bytes === 0 || /database or disk is full/i.test(text))
      return new DiskFullError(dataDir, bytes);
  }
  return error;
}
