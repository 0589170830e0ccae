import type { Role } from '../../../shared/domain/people';
import type { Db } from '../connection';

/**
 * What the host's status page reads (operations.status) and the session it ends
 * (operations.endSession). A session is named by the first 16 hex digits of its stored hash:
 * enough to tell sessions apart (2^64), and neither the session id nor its whole hash leaves
 * the host.
 */
export interface OpenSessionRow {
  idHash: string;
  personId: string;
  name: string;
  role: Role;
  client: string;
  createdAt: string;
  lastUsedAt: string;
}

export const sessionRefLength = 16;

export function hostStatusRepository(db: Db) {
  const open = db.prepare<
    { now: string; idleSince: string },
    {
      id_hash: string;
      person_id: string;
      name: string;
      role: Role;
      client: string;
      created_at: string;
      last_used_at: string;
    }
  >(
    `SELECT sessions.id_hash, sessions.person_id, people.name, people.role, sessions.client,
            sessions.created_at, sessions.last_used_at
       FROM sessions JOIN people ON people.id = sessions.person_id
      WHERE sessions.revoked_at IS NULL AND sessions.expires_at > @now
        AND sessions.last_used_at >= @idleSince AND people.active = 1
      ORDER BY sessions.last_used_at DESC`,
  );
  const byRef = db.prepare<[string], { id_hash: string }>(
    `SELECT id_hash FROM sessions WHERE substr(id_hash, 1, ${sessionRefLength}) = ?`,
  );

  const assetTotals = db.prepare<[], { count: number; bytes: number | null }>(
    'SELECT count(*) AS count, sum(size) AS bytes FROM assets',
  );

  return {
    /** Files in the asset library and their bytes (originals; thumbnails not counted). */
    assetTotals(): { count: number; bytes: number } {
      const row = assetTotals.get()!;
      return { count: row.count, bytes: row.bytes ?? 0 };
    },
    /**
     * Sessions still usable at `now`: not ended, not expired, used since `idleSince` (an older
     * one would be refused by the idle lock at its next request).
     */
    open(now: string, idleSince: string): OpenSessionRow[] {
      return open.all({ now, idleSince }).map((row) => ({
        idHash: row.id_hash,
        personId: row.person_id,
        name: row.name,
        role: row.role,
        client: row.client,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
      }));
    },
    /** The stored hash a ref names, or undefined when none or (never seen) several do. */
    hashOf(ref: string): string | undefined {
      const rows = byRef.all(ref);
      return rows.length === 1 ? rows[0]!.id_hash : undefined;
    },
  };
}
