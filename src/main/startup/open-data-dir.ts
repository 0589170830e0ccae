import { dataPaths, ensureDataDir, type DataPaths } from '../data-dir';
import { openDatabase, type OpenedDatabase } from '../db/connection';
import { explainStartupError } from './disk-full';
import { refuseMissingDatabase } from './missing-database';

export interface OpenDataDirOptions {
  /**
   * Create linimasa.db even where the folder holds a library or backups (`init`, "Mulai basis
   * data baru"). Without it such a folder is refused with MissingDatabaseError.
   */
  createDatabase?: boolean;
}

/**
 * The start-up path of every entry point: refuses a missing database in a folder that holds
 * the office's data, makes the folders, opens and migrates the database, and names a full disk
 * as such (DiskFullError) instead of letting it look like a damaged database.
 */
export function openDataDir(
  dataDir: string,
  options: OpenDataDirOptions = {},
): OpenedDatabase & { paths: DataPaths } {
  if (!options.createDatabase) refuseMissingDatabase(dataDir);
  try {
    const paths = ensureDataDir(dataDir);
    const opened = openDatabase(paths.database, { backupDir: paths.backups });
    return { ...opened, paths };
  } catch (error) {
    throw explainStartupError(error, dataPaths(dataDir).root);
  }
}
