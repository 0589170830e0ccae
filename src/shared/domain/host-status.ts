import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { roleSchema } from './people';

/**
 * The host's status page for administrators (Settings › Status komputer kantor): who is
 * connected, how the computer and its data stand, and what needs attention. The warnings are
 * decided here, purely, so the thresholds have one home and their own tests; the renderer words
 * them (`hostStatus.warnings.<code>`).
 */

const GiB = 1024 ** 3;

/**
 * Free space below which the page warns: 10 % of the disk, but never less than 2 GiB (a photo
 * import of one event is easily a gigabyte) and never more than 20 GiB (a 4 TB disk with 300 GB
 * free is not "nearly full").
 */
export function lowDiskThreshold(total: number): number {
  return Math.min(20 * GiB, Math.max(2 * GiB, Math.floor(total * 0.1)));
}

/**
 * The newest routine backup may be this old before the page warns: a day, plus the hour the
 * host waits between two checks (operations/daily-backup.ts), plus an hour of slack for a
 * computer that slept. An older one means the daily backup has stopped happening.
 */
export const backupStaleMs = 26 * 60 * 60_000;

export const hostWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('diskLow'), free: z.number(), total: z.number() }),
  z.object({ code: z.literal('backupOld'), at: instantSchema }),
  z.object({ code: z.literal('backupNone') }),
]);
export type HostWarning = z.infer<typeof hostWarningSchema>;

export function hostWarnings(facts: {
  disk: { free: number; total: number } | null;
  lastBackupAt: string | null;
  now: number;
}): HostWarning[] {
  const warnings: HostWarning[] = [];
  const { disk, lastBackupAt, now } = facts;
  if (disk && disk.free < lowDiskThreshold(disk.total))
    warnings.push({ code: 'diskLow', free: disk.free, total: disk.total });
  if (!lastBackupAt) warnings.push({ code: 'backupNone' });
  else if (now - Date.parse(lastBackupAt) > backupStaleMs)
    warnings.push({ code: 'backupOld', at: lastBackupAt });
  return warnings;
}

export const connectedSessionSchema = z.object({
  /** Names the session for "Keluarkan" (a prefix of its stored hash; never the session id). */
  ref: z.string().regex(/^[0-9a-f]{16}$/),
  personId: idSchema,
  name: z.string(),
  role: roleSchema,
  /** As the auth service recorded it: `http <address>`, `jendela <n>`, … */
  client: z.string(),
  signedInAt: instantSchema,
  lastActivityAt: instantSchema,
  /** Live event streams this session holds open right now (0: no page listening). */
  liveStreams: z.number().int().min(0),
  /** The administrator's own session, the one asking. */
  own: z.boolean(),
});
export type ConnectedSession = z.infer<typeof connectedSessionSchema>;

export const hostStatusSchema = z.object({
  version: z.string(),
  startedAt: instantSchema,
  uptimeSeconds: z.number().int().min(0),
  checkedAt: instantSchema,
  disk: z.object({ free: z.number(), total: z.number() }).nullable(),
  databaseBytes: z.number().int().min(0),
  lastBackup: z
    .object({ name: z.string(), createdAt: instantSchema, bytes: z.number().int() })
    .nullable(),
  assets: z.object({ count: z.number().int(), bytes: z.number() }),
  sessions: z.array(connectedSessionSchema),
  warnings: z.array(hostWarningSchema),
});
export type HostStatus = z.infer<typeof hostStatusSchema>;
