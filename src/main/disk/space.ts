import { statfsSync } from 'node:fs';

/** Free and total bytes of the file system that holds `dir` (as this user may use them). */
export interface DiskSpace {
  free: number;
  total: number;
}

/** The space on the disk holding `dir`; null where the platform cannot say. */
export function diskSpace(dir: string): DiskSpace | null {
  try {
    const fs = statfsSync(dir);
    return { free: fs.bavail * fs.bsize, total: fs.blocks * fs.bsize };
  } catch {
    return null;
  }
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/**
 * Room kept free beside anything we write, so SQLite's journal, thumbnails and the rest of the
 * computer still have space: 2 % of the disk, at most 1 GiB and at least 1 MiB. A fixed 64 MiB
 * refused every import on a small disk (an 8 MiB memory card, a nearly full laptop SSD of a
 * district office) although the file itself fitted.
 */
export function reserveFor(total: number): number {
  return Math.max(MiB, Math.min(GiB, Math.floor(total * 0.02)));
}

/**
 * Whether writing `bytes` more into `dir` leaves the reserve free. Returns the shortfall's
 * figures when it does not, null when it fits or the disk cannot be measured.
 */
export function lacksSpace(dir: string, bytes: number): { needed: number; free: number } | null {
  const space = diskSpace(dir);
  if (!space) return null;
  const needed = bytes + reserveFor(space.total);
  return needed > space.free ? { needed, free: space.free } : null;
}

const fullCodes = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
/** libvips (sharp) and SQLite put the cause only in their message. */
const fullMessage = /no space left on device|disk quota exceeded|database or disk is full/i;

/** True for an error that says the disk (or the user's quota) is full, however it is wrapped. */
export function isDiskFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && fullCodes.has(code)) return true;
  if (typeof message === 'string' && fullMessage.test(message)) return true;
  return isDiskFull(cause, depth + 1);
}
