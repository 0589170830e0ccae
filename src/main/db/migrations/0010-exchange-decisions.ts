import type { Database } from 'better-sqlite3';

/**
 * Conflicts settled once (bundle exchange): per post and unordered pair of versions (content
 * hashes, stored sorted), the version that stays, when and on which data directory a person
 * chose. Decisions travel in bundles, so both offices apply the same outcome and the same pair
 * never comes back as a conflict. One row per pair: when two offices chose differently, the
 * later decision (then the larger install id) is kept, on both sides alike.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE exchange_decisions (
      post_id      TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      first_hash   TEXT NOT NULL CHECK (length(first_hash) = 64),
      second_hash  TEXT NOT NULL CHECK (length(second_hash) = 64 AND first_hash < second_hash),
      kept_hash    TEXT NOT NULL CHECK (kept_hash IN (first_hash, second_hash)),
      decided_at   TEXT NOT NULL,
      install_id   TEXT NOT NULL CHECK (length(install_id) = 36),
      PRIMARY KEY (post_id, first_hash, second_hash)
    ) STRICT, WITHOUT ROWID;
  `);
}
