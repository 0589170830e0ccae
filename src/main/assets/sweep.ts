import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import { assetsRepository } from '../db/repositories/assets';
import { createAdopter } from './adopt';
import { assetMediaPath } from '../../shared/domain/media-paths';
import { absolute, type StorePaths } from './store';

export interface SweepReport {
  /** Half-written files of processes that are gone. */
  tempRemoved: number;
  /** Thumbnails of content that has neither a row nor a file any more: nothing can show them. */
  thumbsRemoved: number;
  markedMissing: number;
  /** Rows marked missing whose file is back (copied in by hand, a drive re-attached). */
  foundAgain: number;
  /** Complete library files without a row, given one again (see adopt.ts). */
  readopted: number;
  /** The collection the re-adopted files went into ("Dipulihkan 2 Desember 2026"). */
  recoveredCollection: { id: string; name: string } | null;
  /** Library files whose bytes do not match their name: left in place, reported, never deleted. */
  mismatched: string[];
  /** Another live Linimasa process is writing here: files without a row were left for it. */
  busy: boolean;
}

const hex2 = /^[0-9a-f]{2}$/;
const assetName = /^([0-9a-f]{64})\.([0-9a-z]{1,10})$/;
const thumbName = /^([0-9a-f]{64})-\d+\.webp$/;

/**
 * The start-up check after a crash, a restore or a replaced database. The rule: a library file
 * is never deleted because the database does not name it. Stored files are content-addressed,
 * so a complete one without a row is the office's photo whatever happened to the database: it
 * is verified against its name and re-adopted. Only temp files of dead processes in incoming/
 * and thumbnails whose content is gone for good are removed. Rows whose file vanished become
 * `missing` (never deleted: the file may be on a drive that comes back). Runs before this
 * process imports anything; a deletion the user asked for is done by the library, not here.
 */
export async function sweepLibrary(
  db: Db,
  paths: StorePaths,
  signal?: AbortSignal,
): Promise<SweepReport> {
  const assets = assetsRepository(db);
  const report: SweepReport = {
    tempRemoved: 0,
    thumbsRemoved: 0,
    markedMissing: 0,
    foundAgain: 0,
    readopted: 0,
    recoveredCollection: null,
    mismatched: [],
    busy: false,
  };

  for (const entry of await listDir(paths.incoming)) {
    const pid = Number(entry.split('.')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      report.busy = true; // its temp files and its lock stay
      continue;
    }
    if (pid === process.pid && entry.endsWith('.lock')) continue;
    await rm(join(paths.incoming, entry), { force: true, recursive: true });
    if (!entry.endsWith('.lock')) report.tempRemoved += 1;
  }

  const stored = await listStore(paths.assets, 'assets', assetName);
  const thumbs = await listStore(paths.thumbs, 'thumbs', thumbName);
  signal?.throwIfAborted(); // the database may be closed from here on
  const rows = assets.forSweep();
  const named = new Set(rows.map((row) => assetMediaPath(row.sha256, row.ext)));
  const known = new Set(rows.map((row) => row.sha256));

  for (const row of rows) {
    const present = stored.has(assetMediaPath(row.sha256, row.ext));
    if (!present && row.status !== 'missing') {
      assets.setStatus(row.id, 'missing');
      report.markedMissing += 1;
    } else if (present && row.status === 'missing') {
      assets.setStatus(row.id, 'ok');
      report.foundAgain += 1;
    }
  }

  // Between its rename and its row's commit, another process's file has no row yet: adopting it
  // would race that process's own row. Everything waits for a start when nobody else writes.
  if (report.busy) return report;

  const adopter = createAdopter(db, paths);
  for (const [mediaPath, sha256] of stored) {
    // A stray name (not <sha256>.<ext>) or content another row holds under a different
    // extension: not ours to judge, left as it is.
    if (named.has(mediaPath) || sha256 === '' || known.has(sha256)) continue;
    signal?.throwIfAborted();
    const ext = assetName.exec(mediaPath.split('/').at(-1)!)![2]!;
    const outcome = await adopter.adopt(sha256, ext, signal);
    if (outcome.status === 'adopted') {
      report.readopted += 1;
      known.add(sha256);
    } else if (outcome.status === 'mismatch') {
      report.mismatched.push(mediaPath);
    }
  }
  report.recoveredCollection = adopter.collection();

  // A thumbnail can always be made again from its original; without the original (no row, no
  // file under any name) it shows nothing and can go.
  const storedShas = new Set(stored.values());
  for (const [mediaPath, sha256] of thumbs) {
    // A stray name (not one we write) is left alone too.
    if (sha256 === '' || known.has(sha256) || storedShas.has(sha256)) continue;
    await rm(absolute(paths, mediaPath), { force: true });
    report.thumbsRemoved += 1;
  }
  return report;
}

/**
 * Marks this process as one writing into the library, so that a sweep started by another
 * process (the CLI while the app is open) leaves our files without a row yet alone.
 */
export async function claimLibrary(paths: StorePaths): Promise<string> {
  const lock = join(paths.incoming, `${process.pid}.lock`);
  await writeFile(lock, `${new Date().toISOString()}\n`);
  return lock;
}

/** Signal 0 tests for existence; EPERM means it exists but belongs to someone else. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function listDir(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Media path → sha256 of every file under `<root>/<2 hex>/`; a stray name gets ''. */
async function listStore(
  root: string,
  folder: string,
  pattern: RegExp,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const prefix of await listDir(root)) {
    if (!hex2.test(prefix)) continue;
    for (const name of await listDir(join(root, prefix))) {
      const sha256 = pattern.exec(name)?.[1];
      found.set(`${folder}/${prefix}/${name}`, sha256 ?? '');
    }
  }
  return found;
}
