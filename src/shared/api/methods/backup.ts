import { z } from 'zod';
import { instantSchema } from '../../domain/common';
import { empty, method, adminOnly } from './define';

export const backupFileSchema = z.object({
  name: z.string(),
  bytes: z.number().int(),
  createdAt: instantSchema,
  reason: z.enum(['auto', 'manual', 'before-restore', 'before-migration']),
});

/** Copies of the database in backups/: taken daily at start-up, on request, and before risky steps. */
export const backupMethods = {
  'backup.list': method({
    access: adminOnly,
    summary:
      'Backups in the data directory, newest first (automatic, manual, before a restore or a migration).',
    request: empty,
    response: z.array(backupFileSchema),
    errors: [],
  }),
  'backup.create': method({
    access: adminOnly,
    summary:
      '"Cadangkan sekarang": an online copy of the database; older automatic and manual copies beyond settings.backupKeep are pruned.',
    request: empty,
    response: backupFileSchema,
    errors: ['internal'],
  }),
  'backup.restore': method({
    access: adminOnly,
    summary:
      '"Pulihkan": replaces the calendar with a backup from backup.list. The current state is first saved as a before-restore backup (so the restore can itself be undone); an older backup is migrated; assets imported since the backup stay in the library. Refused while an import or export job runs. Reload every view afterwards.',
    request: z.object({ name: z.string().min(1).max(200) }).strict(),
    response: z.object({
      restored: backupFileSchema,
      safetyCopy: backupFileSchema,
      assetsKept: z.number().int(),
    }),
    errors: ['invalid_request', 'not_found', 'conflict'],
  }),
  'backup.check': method({
    access: adminOnly,
    summary: 'PRAGMA integrity_check on the open database, with SQLite’s findings when not ok.',
    request: empty,
    response: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
    errors: [],
  }),
} as const;
