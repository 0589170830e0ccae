import type { Database } from 'better-sqlite3';

/**
 * Every file the office exports, with its fingerprint: who made it, when, of which range and
 * filters, in which format, and the SHA-256 that proves a printed or shared copy is the one
 * the app produced. The copy itself lives in exports/<id>.<ext> until someone deletes it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE export_history (
      num        INTEGER PRIMARY KEY,
      id         TEXT    NOT NULL UNIQUE,
      format     TEXT    NOT NULL CHECK (format IN ('pdf', 'xlsx', 'csv', 'ics', 'json', 'bundle')),
      preset     TEXT,
      filter     TEXT    NOT NULL CHECK (json_valid(filter)),
      file_name  TEXT    NOT NULL CHECK (length(file_name) > 0),
      bytes      INTEGER NOT NULL CHECK (bytes >= 0),
      sha256     TEXT    NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      posts      INTEGER NOT NULL CHECK (posts >= 0),
      rows       INTEGER NOT NULL CHECK (rows >= 0),
      actor_id   TEXT    REFERENCES people (id) ON DELETE SET NULL,
      created_at TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX export_history_created ON export_history (created_at);
  `);
}
