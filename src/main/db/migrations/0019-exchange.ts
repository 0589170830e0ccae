import type { Database } from 'better-sqlite3';

/**
 * The exchange between offices (issue 16): who this office is, which offices it knows, and what
 * arrived through the shared folder.
 * - `office_identity`: at most one row: this office's region code, name, level and public key
 *   with its fingerprint (the private key is a file in the data directory, see
 *   main/exchange/keys.ts), the exchange folder and the next sequence number of the outbox.
 * - `known_offices`: the offices whose files are read, each with the key its files must be
 *   signed with; one row per code, and a code never changes its key silently.
 * - `exchange_received`: every file applied, once per sender and sequence number, with the
 *   SHA-256 of the file: a replay changes nothing, the same number with other content is refused.
 * - `exchange_arrivals`: what each file in the folder came to (applied, refused with the reason's
 *   catalog key, or a copy of a file applied already), once per file name and content, so a
 *   refused file is not read again on every pass.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE office_identity (
      id          INTEGER PRIMARY KEY CHECK (id = 1),
      code        TEXT NOT NULL,
      name        TEXT NOT NULL,
      level       TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten_kota')),
      public_key  TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      created_at  TEXT NOT NULL,
      folder      TEXT,
      next_seq    INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1)
    ) STRICT;

    CREATE TABLE known_offices (
      code        TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      level       TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten_kota')),
      public_key  TEXT NOT NULL,
      fingerprint TEXT NOT NULL UNIQUE,
      added_by    TEXT NOT NULL,
      added_at    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE exchange_received (
      sender_code TEXT    NOT NULL REFERENCES known_offices (code),
      seq         INTEGER NOT NULL CHECK (seq >= 1),
      sha256      TEXT    NOT NULL,
      kind        TEXT    NOT NULL,
      file_name   TEXT    NOT NULL,
      created_at  TEXT    NOT NULL,
      received_at TEXT    NOT NULL,
      PRIMARY KEY (sender_code, seq)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE exchange_arrivals (
      id            INTEGER PRIMARY KEY,
      file          TEXT NOT NULL,
      sha256        TEXT NOT NULL,
      sender_code   TEXT NOT NULL,
      seq           INTEGER,
      kind          TEXT,
      outcome       TEXT NOT NULL CHECK (outcome IN ('applied', 'refused', 'duplicate')),
      reason_key    TEXT,
      reason_params TEXT,
      at            TEXT NOT NULL,
      UNIQUE (file, sha256),
      CHECK ((outcome = 'refused') = (reason_key IS NOT NULL))
    ) STRICT;
    CREATE INDEX exchange_arrivals_at ON exchange_arrivals (at DESC);
  `);
}
