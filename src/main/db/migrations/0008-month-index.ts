import type { Database } from 'better-sqlite3';

/**
 * A covering index for the calendar's month query (posts.range): every column a chip shows,
 * in the query's order (scheduled_at, then num), so a month of 1,700 posts is read from the
 * index alone instead of one table lookup per post (deleted_at too, NULL throughout: SQLite
 * counts an index as covering only if it holds every column the query names). The month query
 * names it (INDEXED BY): SQLite's planner, without ANALYZE statistics, prefers the narrower
 * posts_schedule. It costs a second copy of those columns per scheduled post (about 150 bytes
 * with a long title).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX posts_month ON posts (
      scheduled_at, num, id, title, status, time_zone, campaign_id, assignee_id, series_id,
      version, channel_summary, asset_count, deleted_at
    ) WHERE deleted_at IS NULL AND scheduled_at IS NOT NULL;
  `);
}
