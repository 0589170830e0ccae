import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssetsRepository } from '../db/repositories/assets';
import { assetMediaPath } from './media-paths';
import { absolute, type StorePaths } from './store';

export interface SweepReport {
  /** Half-written files of processes that are gone. */
  tempRemoved: number;
  /** Stored files and thumbnails that no row names. */
  orphansRemoved: number;
  markedMissing: number;
  /** Rows marked missing whose file is back (copied in by hand, a drive re-attached). */
  foundAgain: number;
  /** Another live Linimasa process is importing here: orphans were left for it. */
  busy: boolean;
}

const hex2 = /^[0-9a-f]{2}$/;
const assetName = /^([0-9a-f]{64})\.[0-9a-z]{1,10}$/;
const thumbName = /^([0-9a-f]{64})-\d+\.webp$/;

/**
 * The start-up check that keeps "a row never points at a missing file, a file never lingers
 * without a row" true after a crash: removes temp files of dead processes and stored files no
 * row names, and marks rows whose file vanished as missing (never deletes them: the file may
 * be on a drive that comes back). Runs before this process imports anything.
 */
export async function sweepLibrary(
  assets: AssetsRepository,
  paths: StorePaths,
  signal?: AbortSignal,
): Promise<SweepReport> {
  const report: SweepReport = {
    tempRemoved: 0,
    orphansRemoved: 0,
    markedMissing: 0,
    foundAgain: 0,
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

  // Between its rename and its row's commit, another process's file has no row yet.
  if (report.busy) return report;
  const orphans = [
    ...[...stored.keys()].filter((mediaPath) => !named.has(mediaPath)),
    ...[...thumbs].filter(([, sha256]) => !known.has(sha256)).map(([mediaPath]) => mediaPath),
  ];
  for (const mediaPath of orphans) {
    await rm(absolute(paths, mediaPath), { force: true });
    report.orphansRemoved += 1;
  }
  return report;
}

/**
 * Marks this process as one writing into the library, so that a sweep started by another
 * process (the CLI while the app is open) leaves our in-flight files alone.
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

/** Media path → sha256 of every file under `<root>/<2 hex>/`; a stray name gets '' (no row has it). */
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
