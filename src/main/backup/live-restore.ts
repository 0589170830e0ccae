import { AppError, notFound } from '../../shared/api/errors';
import { reloadSchema, type Db } from '../db/connection';
import { migrate } from '../db/migrate';
import {
  createBackup,
  inspectBackup,
  listBackups,
  openBackupReadOnly,
  type BackupFile,
} from './backups';
import { keepNewerAssets } from '../db/keep-newer-assets';

export interface LiveRestoreResult {
  restored: BackupFile;
  safetyCopy: BackupFile;
  /** Library rows of assets imported after the backup, kept (see keepNewerAssets). */
  assetsKept: number;
}

/**
 * "Pulihkan" from Settings, with the app running: the current state is first copied to a
 * `before-restore` backup, then SQLite's backup API copies the chosen file INTO the open
 * database. The copy is one write transaction on the live file, so the app's connection sees
 * either the old state or the restored one, never a mix, and a crash mid-way rolls it back
 * from the WAL. An older backup is then migrated to the current schema.
 */
export async function restoreLive(
  db: Db,
  backupsDir: string,
  name: string,
): Promise<LiveRestoreResult> {
  // Only names the folder lists: a request can never point the restore at another path.
  const chosen = listBackups(backupsDir).find((backup) => backup.name === name);
  if (!chosen) throw notFound('backup', name);
  let inspected;
  try {
    inspected = inspectBackup(chosen.path);
  } catch (error) {
    const wording =
      error instanceof AppError
        ? { key: error.key, params: error.params }
        : { key: 'backup.unreadable' as const, params: { name } };
    throw new AppError('invalid_request', { ...wording, field: 'name' });
  }
  if (!inspected.integrity.ok) {
    throw new AppError('invalid_request', {
      key: 'backup.corrupt',
      params: { problems: inspected.integrity.problems.slice(0, 3).join('; ') },
      field: 'name',
    });
  }
  const safetyCopy = await createBackup(db, backupsDir, 'before-restore');
  const source = openBackupReadOnly(chosen.path);
  try {
    await source.db.backup(db.name);
  } finally {
    source.close();
  }
  // This connection still holds the old schema in memory; reload it before migrations parse.
  reloadSchema(db);
  migrate(db);
  const assetsKept = keepNewerAssets(db, safetyCopy.path);
  return { restored: chosen, safetyCopy, assetsKept };
}
