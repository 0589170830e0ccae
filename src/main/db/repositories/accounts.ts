import type { SecurityEvent, SecurityLogEntry } from '../../../shared/domain/accounts';
import type { Db } from '../connection';
import { fromBool, toBool } from '../clock';

/**
 * Accounts, sessions, sign-in failures and the security log (migration 12). The credential
 * columns are read by `credentials` only, which the auth service uses to verify a password; no
 * other read here returns them, so nothing that lists accounts can leak a hash.
 */
interface AccountRow {
  person_id: string;
  user_name: string;
  has_password: number;
  must_change: number;
}
export interface AccountRecord {
  personId: string;
  userName: string;
  hasPassword: boolean;
  mustChange: boolean;
}
export interface StoredCredentials {
  personId: string;
  userName: string;
  hash: Buffer;
  salt: Buffer;
  kdf: string;
  params: string;
  mustChange: boolean;
}
export interface SessionRecord {
  personId: string;
  client: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

const toAccount = (row: AccountRow): AccountRecord => ({
  personId: row.person_id,
  userName: row.user_name,
  hasPassword: toBool(row.has_password),
  mustChange: toBool(row.must_change),
});

const accountColumns =
  'person_id, user_name, (password_hash IS NOT NULL) AS has_password, must_change';

export function accountsRepository(db: Db) {
  const byPerson = db.prepare<[string], AccountRow>(
    `SELECT ${accountColumns} FROM accounts WHERE person_id = ?`,
  );
  const byUserName = db.prepare<[string], AccountRow>(
    `SELECT ${accountColumns} FROM accounts WHERE user_name = ?`,
  );
  const all = db.prepare<[], AccountRow>(`SELECT ${accountColumns} FROM accounts`);
  const credentials = db.prepare<
    [string],
    {
      person_id: string;
      user_name: string;
      password_hash: Buffer | null;
      password_salt: Buffer | null;
      kdf: string | null;
      kdf_params: string | null;
      must_change: number;
    }
  >(
    `SELECT person_id, user_name, password_hash, password_salt, kdf, kdf_params, must_change
       FROM accounts WHERE user_name = ?`,
  );
  const insertAccount = db.prepare(
    `INSERT INTO accounts (person_id, user_name, created_at, updated_at) VALUES (?, ?, ?, ?)`,
  );
  const setPassword = db.prepare(
    `UPDATE accounts SET password_hash = @hash, password_salt = @salt, kdf = @kdf,
       kdf_params = @params, must_change = @mustChange, password_set_at = @at, updated_at = @at
     WHERE person_id = @personId`,
  );
  const setUserName = db.prepare(
    'UPDATE accounts SET user_name = ?, updated_at = ? WHERE person_id = ?',
  );
  const activeAdminsWithPassword = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM accounts JOIN people ON people.id = accounts.person_id
      WHERE people.role = 'admin' AND people.active = 1 AND accounts.password_hash IS NOT NULL`,
  );
  const idleMinutes = db.prepare<[], { minutes: number }>(
    'SELECT idle_lock_minutes AS minutes FROM settings WHERE id = 1',
  );
  const setIdleMinutes = db.prepare('UPDATE settings SET idle_lock_minutes = ? WHERE id = 1');
  const peopleCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM people');

  const insertSession = db.prepare(
    `INSERT INTO sessions (id_hash, person_id, client, created_at, last_used_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const selectSession = db.prepare<
    [string],
    {
      person_id: string;
      client: string;
      created_at: string;
      last_used_at: string;
      expires_at: string;
      revoked_at: string | null;
    }
  >(
    `SELECT person_id, client, created_at, last_used_at, expires_at, revoked_at
       FROM sessions WHERE id_hash = ?`,
  );
  const touchSession = db.prepare('UPDATE sessions SET last_used_at = ? WHERE id_hash = ?');
  const revokeSession = db.prepare(
    'UPDATE sessions SET revoked_at = ?, revoked_why = ? WHERE id_hash = ? AND revoked_at IS NULL',
  );
  const revokeOthers = db.prepare(
    `UPDATE sessions SET revoked_at = ?, revoked_why = ?
      WHERE person_id = ? AND id_hash IS NOT ? AND revoked_at IS NULL`,
  );
  const pruneSessions = db.prepare('DELETE FROM sessions WHERE expires_at < ?');

  const selectFailure = db.prepare<
    [string],
    { failures: number; last_failure_at: string; locked_until: string | null }
  >('SELECT failures, last_failure_at, locked_until FROM sign_in_failures WHERE key = ?');
  const upsertFailure = db.prepare(
    `INSERT INTO sign_in_failures (key, failures, last_failure_at, locked_until)
     VALUES (@key, @failures, @at, @lockedUntil)
     ON CONFLICT (key) DO UPDATE SET failures = @failures, last_failure_at = @at,
       locked_until = @lockedUntil`,
  );
  const clearFailure = db.prepare('DELETE FROM sign_in_failures WHERE key = ?');

  const insertLog = db.prepare(
    `INSERT INTO security_log (at, event, person_id, user_name, actor, client, detail)
     VALUES (@at, @event, @personId, @userName, @actor, @client, @detail)`,
  );
  const selectLog = db.prepare<
    [number],
    {
      num: number;
      at: string;
      event: SecurityEvent;
      person_id: string | null;
      user_name: string;
      actor: string;
      client: string;
      detail: string;
    }
  >('SELECT * FROM security_log ORDER BY num DESC LIMIT ?');

  return {
    byPerson(personId: string): AccountRecord | undefined {
      const row = byPerson.get(personId);
      return row && toAccount(row);
    },
    byUserName(userName: string): AccountRecord | undefined {
      const row = byUserName.get(userName);
      return row && toAccount(row);
    },
    all: (): AccountRecord[] => all.all().map(toAccount),
    /** For verifying a password, and nothing else. */
    credentials(userName: string): StoredCredentials | undefined {
      const row = credentials.get(userName);
      if (!row || !row.password_hash || !row.password_salt) return undefined;
      return {
        personId: row.person_id,
        userName: row.user_name,
        hash: row.password_hash,
        salt: row.password_salt,
        kdf: row.kdf ?? '',
        params: row.kdf_params ?? '',
        mustChange: toBool(row.must_change),
      };
    },
    insert(personId: string, userName: string, at: string): void {
      insertAccount.run(personId, userName, at, at);
    },
    setUserName(personId: string, userName: string, at: string): void {
      setUserName.run(userName, at, personId);
    },
    setPassword(
      personId: string,
      secret: { hash: Buffer; salt: Buffer; kdf: string; params: string },
      mustChange: boolean,
      at: string,
    ): void {
      setPassword.run({ ...secret, personId, mustChange: fromBool(mustChange), at });
    },
    activeAdminsWithPassword: (): number => activeAdminsWithPassword.get()!.n,
    peopleCount: (): number => peopleCount.get()!.n,
    /** settings.idle_lock_minutes (migration 12), kept beside the accounts it protects. */
    idleLockMinutes: (): number | undefined => idleMinutes.get()?.minutes,
    setIdleLockMinutes(minutes: number): void {
      setIdleMinutes.run(minutes);
    },

    insertSession(
      idHash: string,
      personId: string,
      client: string,
      at: string,
      expiresAt: string,
    ): void {
      insertSession.run(idHash, personId, client, at, at, expiresAt);
    },
    session(idHash: string): SessionRecord | undefined {
      const row = selectSession.get(idHash);
      return (
        row && {
          personId: row.person_id,
          client: row.client,
          createdAt: row.created_at,
          lastUsedAt: row.last_used_at,
          expiresAt: row.expires_at,
          revokedAt: row.revoked_at,
        }
      );
    },
    touchSession(idHash: string, at: string): void {
      touchSession.run(at, idHash);
    },
    revokeSession(idHash: string, at: string, why: string): boolean {
      return revokeSession.run(at, why, idHash).changes > 0;
    },
    /** Every live session of this person except `keep` (null: all of them). */
    revokeOthers(personId: string, keep: string | null, at: string, why: string): number {
      return revokeOthers.run(at, why, personId, keep).changes;
    },
    pruneSessions(before: string): void {
      pruneSessions.run(before);
    },

    failure(key: string) {
      const row = selectFailure.get(key);
      return (
        row && {
          failures: row.failures,
          lastFailureAt: row.last_failure_at,
          lockedUntil: row.locked_until,
        }
      );
    },
    recordFailure(key: string, failures: number, at: string, lockedUntil: string | null): void {
      upsertFailure.run({ key, failures, at, lockedUntil });
    },
    clearFailures(key: string): void {
      clearFailure.run(key);
    },

    log(entry: {
      at: string;
      event: SecurityEvent;
      personId: string | null;
      userName: string;
      actor: string;
      client: string;
      detail?: string;
    }): void {
      insertLog.run({ ...entry, detail: entry.detail ?? '' });
    },
    securityLog(limit: number): SecurityLogEntry[] {
      return selectLog.all(limit).map((row) => ({
        num: row.num,
        at: row.at,
        event: row.event,
        personId: row.person_id,
        userName: row.user_name,
        actor: row.actor,
        client: row.client,
        detail: row.detail,
      }));
    },
  };
}
export type AccountsRepository = ReturnType<typeof accountsRepository>;
