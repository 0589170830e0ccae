import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import { id as indonesian } from 'date-fns/locale';
import { AppError, type ErrorWording } from '../../shared/api/errors';
import { listBackups, type BackupFile } from '../backup/backups';
import { openDatabase } from '../db/connection';
import { dataPaths, ensureDataDir } from '../data-dir';

/**
 * linimasa.db is gone but the folder holds the office's library or its backups: a database
 * was deleted, moved or not copied along. Creating an empty one silently would hide every
 * photo and every backup behind "Pustaka kosong"; the person decides instead (restore the
 * newest backup, or start a new database whose first start re-adopts the photos).
 */
export class MissingDatabaseError extends AppError {
  constructor(
    readonly dataDir: string,
    readonly libraryFiles: number,
    readonly backups: BackupFile[],
  ) {
    super('not_found', describe(dataDir, libraryFiles, backups));
    this.name = 'MissingDatabaseError';
  }

  get newestBackup(): BackupFile | undefined {
    return this.backups[0];
  }
}

/**
 * Throws MissingDatabaseError when the database is missing from a folder that holds a library
 * (files in assets/) or backups. A new or empty folder passes: the first start creates it.
 */
export function refuseMissingDatabase(dataDir: string): void {
  const paths = dataPaths(dataDir);
  if (existsSync(paths.database)) return;
  const libraryFiles = countLibraryFiles(paths.assets);
  const backups = listBackups(paths.backups);
  if (libraryFiles > 0 || backups.length > 0) {
    throw new MissingDatabaseError(paths.root, libraryFiles, backups);
  }
}

/** "Mulai basis data baru": creates an empty, migrated database (the next start re-adopts). */
export function startNewDatabase(dataDir: string): void {
  const paths = ensureDataDir(dataDir);
  openDatabase(paths.database, { backupDir: paths.backups }).db.close();
}

/** The two explicit ways on, as commands (CLI and browser host). */
export function missingDatabaseCommands(error: MissingDatabaseError): string[] {
  const dir = `--data-dir "${error.dataDir}"`;
  const lines = ['Pilih salah satu:'];
  const newest = error.newestBackup;
  if (newest) {
    lines.push(
      `  • Pulihkan cadangan terbaru (${newest.name}):`,
      `      npm run cli -- restore "${newest.path}" --yes ${dir}`,
    );
  }
  lines.push(
    '  • Mulai basis data baru (foto dan berkas yang ada dimasukkan kembali ke pustaka, dalam koleksi "Dipulihkan …"):',
    `      npm run cli -- init ${dir}`,
  );
  return lines;
}

/** "2 Des 2026 08.00", in this computer's time. */
export const backupTime = (backup: BackupFile): string =>
  format(new Date(backup.createdAt), 'd MMM yyyy HH.mm', { locale: indonesian });

function describe(dataDir: string, files: number, backups: BackupFile[]): ErrorWording {
  const newest = backups[0] && backupTime(backups[0]);
  if (!newest) return { key: 'missingDatabase.library', params: { dataDir, files } };
  const params = { dataDir, files, backups: backups.length, newest };
  return { key: files > 0 ? 'missingDatabase.both' : 'missingDatabase.backups', params };
}

/** Files in assets/<2 hex>/: what the library stored (its database knows them by hash). */
function countLibraryFiles(assetsDir: string): number {
  let count = 0;
  for (const prefix of safeList(assetsDir)) {
    count += safeList(join(assetsDir, prefix)).length;
  }
  return count;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
