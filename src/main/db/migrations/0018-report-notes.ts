import type { Database } from 'better-sqlite3';

/**
 * The planner's notes of the Laporan kinerja, one per period ("2026-12", "2026-Q4", "2026"), in
 * the office's database instead of one browser's localStorage, so that colleagues and the CLI's
 * report see the same words. Who wrote last and when are kept for the screen ("disimpan Rina
 * 10.42") and for the save's check that nobody changed the note meanwhile.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE report_notes (
      period     TEXT NOT NULL PRIMARY KEY CHECK (
                   period GLOB '[0-9][0-9][0-9][0-9]'
                   OR (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'
                       AND substr(period, 6, 2) BETWEEN '01' AND '12')
                   OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
      text       TEXT NOT NULL CHECK (length(text) <= 4000),
      updated_by TEXT REFERENCES people (id),
      updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
