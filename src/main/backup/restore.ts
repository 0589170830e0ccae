import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { replaceFileSync } from '../fs/replace';
import { join } from 'node:path';
import { openDatabase } from '../db/connection';
import { dataPaths } from '../data-dir';
import { createBackup, inspectBackup, listBackups, type BackupFile } from './backups';
import { keepNewerAssets } from '../db/keep-newer-assets';

export interface RestoreResult {
  /** The state replaced, as a before-restore backup; null when it could not be opened. */
  safetyCopy: BackupFile | null;
  /** A database that could not be opened, moved aside (never deleted); null otherwise. */
  setAside: string | null;
  assetsKept: number;
}

/**
 * Replaces the data directory's database with a backup while the app is closed (the CLI's
 * `restore`, and the desktop app's offer when the database will not open). The current
 * database is first backed up; one that cannot even be opened is moved aside under
 * backups/damaged-… instead, so nothing is ever overwritten. The chosen file is checked,
 * copied next to the database under a temporary name and renamed over it: a crash at any point
 * leaves either the old database or the restored one, never half of each.
 */
export async function restoreBackup(dataDir: string, file: string): Promise<RestoreResult> {
  const paths = dataPaths(dataDir);
  mkdirSync(paths.backups, { recursive: true });
  const inspected = inspectBackup(file);
  if (!inspected.integrity.ok) {
    throw new Error(
      `Cadangan rusak, tidak dipulihkan: ${inspected.integrity.problems.slice(0, 3).join('; ')}`,
    );
  }
  let safetyCopy: BackupFile | null = null;
  let setAside: string | null = null;
  // No database at all (deleted, never copied along): nothing to keep a copy of.
  if (existsSync(paths.database)) {
    try {
      const current = openDatabase(paths.database, { backupDir: paths.backups });
      try {
        safetyCopy = await createBackup(current.db, paths.backups, 'before-restore');
        // Fold the WAL into the file so nothing of the old state lingers in -wal after the swap.
        current.db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        current.db.close();
      }
    } catch (error) {
      if (!existsSync(paths.database)) throw error;
      setAside = setAsideDamaged(paths.database, paths.backups);
    }
  }
  const incoming = `${paths.database}.restore-partial`;
  copyFileSync(file, incoming);
  rmSync(`${paths.database}-wal`, { force: true });
  rmSync(`${paths.database}-shm`, { force: true });
  replaceFileSync(incoming, paths.database);
  // Opening migrates an older backup to the current schema (copying it to backups/ first).
  const restored = openDatabase(paths.database, { backupDir: paths.backups });
  try {
    const assetsKept = safetyCopy ? keepNewerAssets(restored.db, safetyCopy.path) : 0;
    return { safetyCopy, setAside, assetsKept };
  } finally {
    restored.db.close();
  }
}

/** Moves a database that will not open (and its -wal/-shm) into backups/, for whoever repairs it. */
function setAsideDamaged(database: string, backupsDir: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(backupsDir, `damaged-linimasa-${stamp}.db`);
  replaceFileSync(database, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(database + suffix)) replaceFileSync(database + suffix, target + suffix);
  }
  return target;
}

/** The newest backup worth offering when the database will not open; undefined when none. */
export function newestBackup(dataDir: string): BackupFile | undefined {
  return listBackups(dataPaths(dataDir).backups)[0];
}

/**
 * For the command line and the browser host, which have no dialog to offer a restore: the
 * newest backup and the command that restores it; null when there is none.
 */
export function recoveryHint(dataDir: string): string | null {
  const newest = newestBackup(dataDir);
  if (!newest) return null;
  return [
    `Cadangan terbaru: ${newest.path}`,
    'Pulihkan (basis data yang rusak disisihkan, tidak ditimpa):',
    `  npm run cli -- restore "${newest.path}" --yes --data-dir "${dataPaths(dataDir).root}"`,
  ].join('\n');
}
