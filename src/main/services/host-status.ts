import { statSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { defaultIdleLockMinutes } from '../../shared/domain/accounts';
import { hostWarnings, type HostStatus } from '../../shared/domain/host-status';
import { listBackups } from '../backup/backups';
import type { Db } from '../db/connection';
import { accountsRepository } from '../db/repositories/accounts';
import { hostStatusRepository, sessionRefLength } from '../db/repositories/host-status';
import type { DataPaths } from '../data-dir';
import { diskSpace } from '../disk/space';
import { noLiveSessions, sessionKey, type LiveSessions } from '../operations/session-key';
import { actorLabel, type Actor } from './auth';

export interface HostStatusOptions {
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
}

const fileBytes = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/**
 * The administrators' status page of the office host (Settings › Status komputer kantor), and
 * "Keluarkan", which ends one person's session. Everything is read when asked: the page refreshes
 * every 10 s while open, and each read is a few indexed rows and a handful of stat calls.
 */
export function hostStatusService(db: Db, paths: DataPaths, options: HostStatusOptions = {}) {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const repository = hostStatusRepository(db);
  const accounts = accountsRepository(db);
  let liveSessions: LiveSessions = noLiveSessions;

  return {
    /** The transport that holds the event streams tells the page who is listening. */
    useLiveSessions(provider: LiveSessions): void {
      liveSessions = provider;
    },

    status(viewer: { sessionId: string | null; version: string }): HostStatus {
      const at = now();
      const idleMs = (accounts.idleLockMinutes() ?? defaultIdleLockMinutes) * 60_000;
      const live = liveSessions();
      const own = viewer.sessionId ? sessionKey(viewer.sessionId) : null;
      const sessions = repository
        .open(new Date(at).toISOString(), new Date(at - idleMs).toISOString())
        .map((row) => ({
          ref: row.idHash.slice(0, sessionRefLength),
          personId: row.personId,
          name: row.name,
          role: row.role,
          client: row.client,
          signedInAt: row.createdAt,
          lastActivityAt: row.lastUsedAt,
          liveStreams: live.get(row.idHash) ?? 0,
          own: row.idHash === own,
        }));
      const disk = diskSpace(paths.root);
      // Routine copies only: a before-restore or before-migration copy does not mean the daily
      // backup still happens.
      const newest = listBackups(paths.backups).find(
        (backup) => backup.reason === 'auto' || backup.reason === 'manual',
      );
      const lastBackup = newest
        ? { name: newest.name, createdAt: newest.createdAt, bytes: newest.bytes }
        : null;
      return {
        version: viewer.version,
        startedAt: new Date(startedAt).toISOString(),
        uptimeSeconds: Math.max(0, Math.floor((at - startedAt) / 1000)),
        checkedAt: new Date(at).toISOString(),
        disk,
        // The WAL holds committed pages not yet folded into the main file: both are the database.
        databaseBytes: fileBytes(paths.database) + fileBytes(`${paths.database}-wal`),
        lastBackup,
        assets: repository.assetTotals(),
        sessions,
        warnings: hostWarnings({ disk, lastBackupAt: lastBackup?.createdAt ?? null, now: at }),
      };
    },

    /**
     * Ends one session now ("Keluarkan"): its next request is refused and its page shows the
     * sign-in screen. Logged with the administrator's name. One's own session is refused: that is
     * "Keluar", and ending it here would leave the page half signed out.
     */
    endSession(actor: Actor, ref: string, viewerSessionId: string | null): void {
      const idHash = repository.hashOf(ref);
      const session = idHash ? accounts.session(idHash) : undefined;
      if (!idHash || !session || session.revokedAt)
        throw new AppError('not_found', { key: 'operations.sessionGone', field: 'ref' });
      if (viewerSessionId && sessionKey(viewerSessionId) === idHash)
        throw new AppError('forbidden', { key: 'operations.ownSession', field: 'ref' });
      const at = new Date(now()).toISOString();
      if (!accounts.revokeSession(idHash, at, 'ended_by_admin'))
        throw new AppError('not_found', { key: 'operations.sessionGone', field: 'ref' });
      accounts.log({
        at,
        event: 'session_ended',
        personId: session.personId,
        userName: accounts.byPerson(session.personId)?.userName ?? '',
        actor: actorLabel(actor),
        client: session.client,
      });
    },
  };
}
export type HostStatusService = ReturnType<typeof hostStatusService>;
