import { copyFileSync, rmSync, renameSync } from 'node:fs';
import { openDatabase } from '../db/connection';
import { dataPaths } from '../data-dir';
import { createBackup, inspectBackup, type BackupFile } from './backups';

/**
 * Replaces the data directory's database with a backup. Run with the app closed (the CLI does):
 * the current database is first backed up itself, the chosen file is checked, copied next to
 * the database under a temporary name and renamed over it, so a crash at any point leaves
 * either the old database or the restored one, never half of each.
 */
export async function restoreBackup(
  dataDir: string,
  file: string,
): Promise<{ safetyCopy: BackupFile }> {
  const paths = dataPaths(dataDir);
  const inspected = inspectBackup(file);
  if (!inspected.integrity.ok) {
    throw new Error(
      `Cadangan rusak, tidak dipulihkan: ${inspected.integrity.problems.slice(0, 3).join('; ')}`,
    );
  }
  const current = openDatabase(paths.database, { backupDir: paths.backups });
  let safetyCopy: BackupFile;
  try {
    safetyCopy = await createBackup(current.db, paths.backups, 'before-restore');
    // Fold the WAL into the file so nothing of the old state lingers in -wal after the swap.
    current.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    current.db.close();
  }
  const incoming = `${paths.database}.restore-partial`;
  copyFileSync(file, incoming);
  rmSync(`${paths.database}-wal`, { force: true });
  rmSync(`${paths.database}-shm`, { force: true });
  renameSync(incoming, paths.database);
  // Opening migrates an older backup to the current schema (copying it to backups/ first).
  openDatabase(paths.database, { backupDir: paths.backups }).db.close();
  return { safetyCopy };
}
