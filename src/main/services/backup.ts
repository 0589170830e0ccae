import {
  createBackup,
  integrityCheck,
  listBackups,
  pruneBackups,
  type BackupFile,
} from '../backup/backups';
import { AppError } from '../../shared/api/errors';
import type { Jobs } from '../assets/jobs';
import { restoreLive } from '../backup/live-restore';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';

const publicView = ({ name, bytes, createdAt, reason }: BackupFile) => ({
  name,
  bytes,
  createdAt,
  reason,
});

/** The Settings screen's backup section and the CLI's `backup`/`check`. */
export function backupService(db: Db, backupsDir: string, jobs: Jobs) {
  const settings = settingsRepository(db);
  return {
    list: () => listBackups(backupsDir).map(publicView),
    async create() {
      const backup = await createBackup(db, backupsDir, 'manual');
      pruneBackups(backupsDir, settings.get().backupKeep);
      return publicView(backup);
    },
    check: () => integrityCheck(db),
    async restore(name: string) {
      // An import or export writing while the data goes back in time would mix the two states.
      if (jobs.running().length > 0) {
        throw new AppError('conflict', { key: 'backup.jobsRunning' });
      }
      const result = await restoreLive(db, backupsDir, name);
      return {
        restored: publicView(result.restored),
        safetyCopy: publicView(result.safetyCopy),
        assetsKept: result.assetsKept,
      };
    },
  };
}
