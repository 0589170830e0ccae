import {
  createBackup,
  integrityCheck,
  listBackups,
  pruneBackups,
  type BackupFile,
} from '../backup/backups';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';

const publicView = ({ name, bytes, createdAt, reason }: BackupFile) => ({
  name,
  bytes,
  createdAt,
  reason,
});

/** The Settings screen's backup section and the CLI's `backup`/`check`. */
export function backupService(db: Db, backupsDir: string) {
  const settings = settingsRepository(db);
  return {
    list: () => listBackups(backupsDir).map(publicView),
    async create() {
      const backup = await createBackup(db, backupsDir, 'manual');
      pruneBackups(backupsDir, settings.get().backupKeep);
      return publicView(backup);
    },
    check: () => integrityCheck(db),
  };
}
