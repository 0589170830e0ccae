import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { replaceFileSync } from '../fs/replace';
import { thumbnailSizes } from '../../shared/domain/assets';
import type { Db } from '../db/connection';
import type { AssetsRepository } from '../db/repositories/assets';
import { assetMediaPath, thumbMediaPath } from '../../shared/domain/media-paths';
import type { StorePaths } from './store';

/*
 * What makes the store safe when several processes (or several libraries in one process) write
 * one data directory at once, whatever the owner lock says:
 *
 * - Files are made in private places first: the original in `incoming/<pid>.<uuid>.part`, its
 *   thumbnails under a private folder `incoming/<pid>.<uuid>.stage/thumbs/…`.
 * - A final name under `assets/` or `thumbs/` changes only inside a SQLite write transaction
 *   (BEGIN IMMEDIATE: one writer at a time, across processes) that first reads the row for
 *   that content: a new file is renamed in and its row inserted in the same transaction; a
 *   file is removed only when no row names it, and only by the process that put it there.
 *   So no other process can commit a row for the same content between our check and our
 *   rename or unlink, and a "UNIQUE constraint failed: assets.sha256" cannot happen: the loser
 *   of a race sees the winner's row and reports a duplicate, leaving the winner's files alone.
 *
 * The renames are synchronous (better-sqlite3 transactions are): a rename and a directory
 * fsync take milliseconds, and other writers wait for them through busy_timeout.
 */

/** A private folder for one file's thumbnails until they are committed with the row. */
export function stagingPaths(paths: StorePaths): StorePaths {
  const root = join(paths.incoming, `${process.pid}.${randomUUID()}.stage`);
  return {
    root,
    assets: join(root, 'assets'),
    thumbs: join(root, 'thumbs'),
    incoming: paths.incoming,
  };
}

export async function removeStaging(stage: StorePaths | null): Promise<void> {
  if (stage) await rm(stage.root, { recursive: true, force: true }).catch(() => undefined);
}

const fileOf = (paths: StorePaths, mediaPath: string): string =>
  join(paths.root, ...mediaPath.split('/'));

/** Whether both thumbnails of a content hash are on disk. */
export function thumbnailsPresent(paths: StorePaths, sha256: string): boolean {
  return thumbnailSizes.every((size) => sizeOf(fileOf(paths, thumbMediaPath(sha256, size))) > 0);
}

/** The stored original is there with the size its row records. */
export function originalPresent(
  paths: StorePaths,
  row: { sha256: string; ext: string; size: number },
): boolean {
  return sizeOf(fileOf(paths, assetMediaPath(row.sha256, row.ext))) === row.size;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

/** Windows cannot open a directory for fsync; NTFS journals the rename itself. */
function fsyncDirSync(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renames `from` to `to`; true when `to` did not exist before (this process created it). */
function renameInto(from: string, to: string, durable: boolean): boolean {
  const created = !existsSync(to);
  mkdirSync(dirname(to), { recursive: true });
  // Inside a write transaction, so synchronous; a scanner's brief lock on Windows is waited out.
  replaceFileSync(from, to);
  if (durable) fsyncDirSync(dirname(to));
  return created;
}

/** Moves staged thumbnails into `thumbs/`; returns the ones this call created, or null. */
function adoptThumbnails(paths: StorePaths, stage: StorePaths, sha256: string): string[] | null {
  const pairs = thumbnailSizes.map((size) => ({
    from: fileOf(stage, thumbMediaPath(sha256, size)),
    to: fileOf(paths, thumbMediaPath(sha256, size)),
  }));
  if (!pairs.every(({ from }) => existsSync(from))) return null;
  // Thumbnails are not fsynced: one can always be made again from the original.
  return pairs.filter(({ from, to }) => renameInto(from, to, false)).map(({ to }) => to);
}

export type Committed =
  | { status: 'imported' }
  | {
      status: 'duplicate';
      row: NonNullable<ReturnType<AssetsRepository['bySha']>>;
      repaired: boolean;
    };

export interface CommitInput {
  temp: string;
  sha256: string;
  ext: string;
  /** Thumbnails staged for this content, or null when none could be or needed to be made. */
  stage: StorePaths | null;
  /** Inserts the new row; `hasThumbs` is true only when both thumbnails are in place. */
  insert: (hasThumbs: boolean) => void;
}

/**
 * The one step that changes final names, run in one write transaction: if a row already
 * names this content, it is a duplicate (its missing or damaged original is replaced by this
 * verified copy, its missing thumbnails by the staged ones); else the file and thumbnails are
 * renamed in and the row inserted. A failed insert removes only what this call created.
 */
export function commitStored(
  db: Db,
  assets: AssetsRepository,
  paths: StorePaths,
  input: CommitInput,
): Committed {
  const { temp, sha256, ext, stage } = input;
  return db
    .transaction((): Committed => {
      const row = assets.bySha(sha256);
      if (row) {
        let repaired = false;
        if (row.status !== 'ok' || !originalPresent(paths, row)) {
          renameInto(temp, fileOf(paths, assetMediaPath(row.sha256, row.ext)), true);
          assets.setStatus(row.id, 'ok');
          repaired = true;
        }
        const present =
          thumbnailsPresent(paths, sha256) ||
          (stage !== null && adoptThumbnails(paths, stage, sha256) !== null);
        if (present !== (row.has_thumbs === 1)) assets.setThumbs(row.id, present);
        return { status: 'duplicate', row, repaired };
      }
      const target = fileOf(paths, assetMediaPath(sha256, ext));
      const createdFile = renameInto(temp, target, true);
      const createdThumbs = stage ? adoptThumbnails(paths, stage, sha256) : null;
      try {
        input.insert(createdThumbs !== null);
      } catch (error) {
        // No row names them (we hold the write lock and inserted nothing): undo what we made.
        if (createdFile) rmSync(target, { force: true });
        for (const thumb of createdThumbs ?? []) rmSync(thumb, { force: true });
        throw error;
      }
      return { status: 'imported' };
    })
    .immediate();
}

/**
 * Removes a deleted asset's original and thumbnails, in one write transaction that first
 * checks that no row names the content (an import of the same bytes may have re-created it).
 */
export function removeUnnamed(
  db: Db,
  assets: AssetsRepository,
  paths: StorePaths,
  sha256: string,
  ext: string,
): void {
  db.transaction(() => {
    if (assets.bySha(sha256)) return;
    rmSync(fileOf(paths, assetMediaPath(sha256, ext)), { force: true });
    for (const size of thumbnailSizes)
      rmSync(fileOf(paths, thumbMediaPath(sha256, size)), { force: true });
  }).immediate();
}
