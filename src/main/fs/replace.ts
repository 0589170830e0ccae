import { renameSync } from 'node:fs';
import { rename, stat } from 'node:fs/promises';
import { AppError } from '../../shared/api/errors';
import { wordError } from '../../shared/i18n/translate';

/*
 * Renames that survive Windows. On NTFS a rename fails with EPERM, EACCES or EBUSY while
 * another program has the source or the target open without FILE_SHARE_DELETE: antivirus and
 * indexers open every new file for a moment (our fresh temp files above all), and Excel keeps
 * a workbook open for as long as it shows it. graceful-fs answers the first case by retrying
 * `fs.rename` on win32 for up to 60 s with a backoff growing by 10 ms to 100 ms. We do the
 * same in our own small typed function instead of using graceful-fs because graceful-fs
 * decides at load time from `process.platform` (its retry is simply absent off Windows, so no
 * test here could exercise it), it patches callback-style `fs` rather than the promise API we
 * use, and it gives up at once when the target exists — exactly the "saving over a file Excel
 * holds open" case we must word. Here the platform, the rename, the clock and the sleep are
 * injectable, and a lock that outlasts the retries becomes one typed error the renderer and
 * the CLI show as it is.
 */

/** Errors a Windows lock produces; elsewhere they are real permission problems. */
const lockCodes: ReadonlySet<string> = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** In Indonesian, as the CLI and logs show it: the catalog's `errors.fileLocked`. */
export const fileLockedMessage = wordError('id', 'fileLocked');

/** A rename still refused after the retries: another program holds the file. */
export class FileLockedError extends AppError {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super('file_locked', { key: 'fileLocked' });
    this.name = 'FileLockedError';
    this.cause = cause;
  }
}

export interface ReplaceOptions {
  /** Defaults to `process.platform`; retries happen only on win32, where the locks exist. */
  platform?: NodeJS.Platform;
  /**
   * How long to keep trying. A new name (our temp file being scanned) gets graceful-fs's 60 s;
   * replacing an existing file gets 5 s, since a program that shows the file (Excel) will not
   * let go while the person waits.
   */
  limitMs?: number;
  rename?: (from: string, to: string) => Promise<void>;
  exists?: (path: string) => Promise<boolean>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const newNameLimitMs = 60_000;
export const existingTargetLimitMs = 5_000;
/** The synchronous form blocks its thread while it waits, so it gives up sooner. */
export const syncLimitMs = 3_000;

/** 10, 20, 40, 80, 160, 250, 250… ms: quick for a scanner's blink, gentle after that. */
export const backoffMs = (attempt: number): number => Math.min(250, 10 * 2 ** attempt);

const isLock = (error: unknown): boolean =>
  lockCodes.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');

const pathExists = async (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Renames `from` to `to` (replacing `to` when it exists), retrying Windows lock errors with
 * backoff for a bounded time; a lock that outlasts it throws FileLockedError. Any other error
 * (ENOENT, EXDEV, ENOSPC…) is thrown at once, as fs would.
 */
export async function replaceFile(
  from: string,
  to: string,
  options: ReplaceOptions = {},
): Promise<void> {
  const doRename = options.rename ?? rename;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? wait;
  const onWindows = (options.platform ?? process.platform) === 'win32';
  const started = now();
  let limit = options.limitMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await doRename(from, to);
      return;
    } catch (error) {
      if (!onWindows || !isLock(error)) throw error;
      limit ??= (await (options.exists ?? pathExists)(to)) ? existingTargetLimitMs : newNameLimitMs;
      const delay = backoffMs(attempt);
      if (now() - started + delay > limit) throw new FileLockedError(to, error);
      await sleep(delay);
    }
  }
}

export interface ReplaceSyncOptions {
  platform?: NodeJS.Platform;
  limitMs?: number;
  rename?: (from: string, to: string) => void;
  now?: () => number;
  sleep?: (ms: number) => void;
}

/** Blocks the thread without spinning (migration backups and restores run synchronously). */
const waitSync = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** `replaceFile` for synchronous callers, bounded by `syncLimitMs`. */
export function replaceFileSync(from: string, to: string, options: ReplaceSyncOptions = {}): void {
  const doRename = options.rename ?? renameSync;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? waitSync;
  const onWindows = (options.platform ?? process.platform) === 'win32';
  const limit = options.limitMs ?? syncLimitMs;
  const started = now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      doRename(from, to);
      return;
    } catch (error) {
      if (!onWindows || !isLock(error)) throw error;
      const delay = backoffMs(attempt);
      if (now() - started + delay > limit) throw new FileLockedError(to, error);
      sleep(delay);
    }
  }
}
