import type { Database } from 'better-sqlite3';

/**
 * The Laporan kinerja's approval figures read the submit, approve and request_changes entries of
 * a period's posts (a year: 10,000 posts, 20,000 entries) in time order. Through
 * `post_activity_post` each entry was a lookup into the table, whose rows carry the change JSON
 * of every edit; this index holds just those three actions with their post and time, so the
 * report reads them from the index alone and its ORDER BY sorts rows already grouped by post.
 * Edits, moves and the other actions (most of the log) are not in it, so writing them costs
 * nothing more.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE INDEX post_activity_approval ON post_activity (post_id, at, action)
      WHERE action IN ('submit', 'approve', 'request_changes');
  `);
}
