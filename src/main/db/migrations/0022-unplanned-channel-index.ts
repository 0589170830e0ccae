import type { Database } from 'better-sqlite3';

/**
 * Drops `unplanned_publications_channel`. Its one reader is the import's list of a channel's
 * publications outside the plan (`analyticsRepository.unplanned`), read once per import and
 * matched in memory; an office has a handful of channels, so that read scans the table
 * (100,000 rows: a few tens of milliseconds, once) about as fast as it walked the index and
 * looked each row up. The report reads these rows by `unplanned_publications_published`, which
 * stays. Every publication a 100,000-row export adds wrote an entry here (about 1,100 pages).
 */
export function up(db: Database): void {
  db.exec('DROP INDEX unplanned_publications_channel;');
}
