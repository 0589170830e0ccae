import type { Database } from 'better-sqlite3';
import { proposedUserName } from '../../../shared/domain/accounts';

/**
 * Sign-in (issue 13). Credentials live in their own table, not on `people`: people travel in
 * bundles and appear in every listing, and a column that is never selected is one `SELECT *`
 * away from leaking. `accounts` holds a user name per person and, once set, a scrypt hash with
 * its own salt and the parameters it was made with (raised later without invalidating older
 * hashes). `sessions` keeps only the SHA-256 of each session id, so a copied database or
 * backup holds no live session. `sign_in_failures` counts failures per user name and per client
 * for the growing wait. `security_log` records sign-ins, failures, locks, password and role
 * changes. Existing people get a proposed user name and no password: the office opens in the
 * setup state (an administrator sets their own password first).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE accounts (
      person_id       TEXT    PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
      user_name       TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(user_name)) > 0),
      password_hash   BLOB,
      password_salt   BLOB,
      kdf             TEXT,
      kdf_params      TEXT,
      must_change     INTEGER NOT NULL DEFAULT 0 CHECK (must_change IN (0, 1)),
      password_set_at TEXT,
      created_at      TEXT    NOT NULL,
      updated_at      TEXT    NOT NULL,
      CHECK ((password_hash IS NULL) = (password_salt IS NULL)),
      CHECK (password_hash IS NULL OR (kdf IS NOT NULL AND kdf_params IS NOT NULL))
    ) STRICT;

    CREATE TABLE sessions (
      id_hash      TEXT    PRIMARY KEY,
      person_id    TEXT    NOT NULL REFERENCES people (id) ON DELETE CASCADE,
      client       TEXT    NOT NULL,
      created_at   TEXT    NOT NULL,
      last_used_at TEXT    NOT NULL,
      expires_at   TEXT    NOT NULL,
      revoked_at   TEXT,
      revoked_why  TEXT
    ) STRICT;
    CREATE INDEX sessions_person ON sessions (person_id, revoked_at);

    CREATE TABLE sign_in_failures (
      key             TEXT    PRIMARY KEY,
      failures        INTEGER NOT NULL,
      last_failure_at TEXT    NOT NULL,
      locked_until    TEXT
    ) STRICT;

    CREATE TABLE security_log (
      num       INTEGER PRIMARY KEY,
      at        TEXT    NOT NULL,
      event     TEXT    NOT NULL,
      person_id TEXT,
      user_name TEXT    NOT NULL DEFAULT '',
      actor     TEXT    NOT NULL DEFAULT '',
      client    TEXT    NOT NULL DEFAULT '',
      detail    TEXT    NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX security_log_at ON security_log (at);

    ALTER TABLE settings ADD COLUMN idle_lock_minutes INTEGER NOT NULL DEFAULT 30
      CHECK (idle_lock_minutes BETWEEN 1 AND 480);
  `);

  const people = db
    .prepare('SELECT id, name, created_at FROM people ORDER BY created_at, id')
    .all() as { id: string; name: string; created_at: string }[];
  const insert = db.prepare(
    `INSERT INTO accounts (person_id, user_name, created_at, updated_at) VALUES (?, ?, ?, ?)`,
  );
  const taken = new Set<string>();
  const now = new Date().toISOString();
  for (const person of people) {
    const base = proposedUserName(person.name);
    let userName = base;
    for (let n = 2; taken.has(userName.toLowerCase()); n++) userName = `${base}${n}`;
    taken.add(userName.toLowerCase());
    insert.run(person.id, userName, now, now);
  }
}
