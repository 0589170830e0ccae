import type { Database } from 'better-sqlite3';

/**
 * Province and regencies (issue 16): content packs down, reports up.
 * - `province_packs`: every version of every pack this office sent (`received_at` null) or
 *   received from its province, as the JSON that travelled (`payload`, a ContentPack). A version
 *   is stored once: a replayed or re-synced file changes nothing.
 * - `pack_adoptions`: a pack item adopted into this office's calendar as a draft, with the
 *   version it was adopted from, so a later version can offer what changed and never overwrite.
 * - `regency_reports`: every monthly report a regency sent its province, as it travelled
 *   (`payload`, a RegencyReport); the one sent last counts for a month.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE province_packs (
      pack_id     TEXT    NOT NULL,
      version     INTEGER NOT NULL CHECK (version >= 1),
      sender_code TEXT    NOT NULL,
      recipients  TEXT    NOT NULL CHECK (json_valid(recipients)),
      title       TEXT    NOT NULL,
      deadline    TEXT    NOT NULL,
      sent_at     TEXT    NOT NULL,
      payload     TEXT    NOT NULL CHECK (json_valid(payload)),
      received_at TEXT,
      PRIMARY KEY (pack_id, version)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE pack_adoptions (
      pack_id         TEXT    NOT NULL,
      item_id         TEXT    NOT NULL,
      post_id         TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      adopted_version INTEGER NOT NULL,
      adopted_at      TEXT    NOT NULL,
      adopted_by      TEXT    REFERENCES people (id),
      PRIMARY KEY (pack_id, item_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX pack_adoptions_post ON pack_adoptions (post_id);

    CREATE TABLE regency_reports (
      sender_code TEXT NOT NULL,
      month       TEXT NOT NULL,
      sent_at     TEXT NOT NULL,
      received_at TEXT NOT NULL,
      payload     TEXT NOT NULL CHECK (json_valid(payload)),
      PRIMARY KEY (sender_code, month, sent_at)
    ) STRICT, WITHOUT ROWID;
  `);
}
