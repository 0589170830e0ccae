import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/**
 * What the `.linimasa` exchange bundle needs to tell who changed a post: this data directory's
 * random install id (written into every bundle's manifest), and per post the content hashes it
 * had at each exchange (export or import), oldest first, the last being the current base.
 * A post that never crossed between machines has no row.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE exchange_identity (
      id         INTEGER PRIMARY KEY CHECK (id = 1),
      install_id TEXT    NOT NULL CHECK (length(install_id) = 36),
      created_at TEXT    NOT NULL
    ) STRICT;

    -- seen: JSON array of SHA-256 hex strings, at most a few dozen (the exchange code trims it).
    CREATE TABLE exchange_posts (
      post_id      TEXT NOT NULL PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
      seen         TEXT NOT NULL CHECK (json_valid(seen) AND json_type(seen) = 'array'
                     AND json_array_length(seen) > 0),
      exchanged_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
  db.prepare('INSERT INTO exchange_identity (id, install_id, created_at) VALUES (1, ?, ?)').run(
    randomUUID(),
    new Date().toISOString(),
  );
}
