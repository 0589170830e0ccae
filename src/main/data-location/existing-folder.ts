/**
 * "Buka folder data yang ada" at the first run: is the chosen folder a Linimasa data folder?
 * Pure over what the caller read of it, so every case is tested without a disk. A folder with
 * `linimasa.db` is one; so is a library or backups without the database (the app then offers
 * the newest backup or a new database, startup/missing-database.ts). An empty folder holds
 * nothing to open (that is "Mulai kantor baru"), anything else is another program's folder,
 * and a network share never holds a live SQLite database (its locking does not work there).
 */
export type ExistingFolderProblem = 'empty' | 'notLinimasa' | 'network';

const dataEntries = new Set(['linimasa.db', 'assets', 'backups']);

export function existingFolderProblem(folder: {
  path: string;
  /** The names directly inside it. */
  entries: readonly string[];
  platform: NodeJS.Platform;
}): ExistingFolderProblem | null {
  if (folder.platform === 'win32' && /^(\\\\|\/\/)/.test(folder.path)) return 'network';
  if (folder.entries.length === 0) return 'empty';
  return folder.entries.some((name) => dataEntries.has(name)) ? null : 'notLinimasa';
}
