import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const at = '2026-11-01T00:00:00.000Z';

describe('migration 23: the approval entries of the activity log in an index', () => {
  it('keeps every entry and lets the report read its approval steps from the index alone', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 22 });
    db.prepare(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, created_at, updated_at)
       VALUES ('p1', 'Unggahan', 'approved', ?, 'Asia/Jakarta', ?, ?)`,
    ).run(at, at, at);
    const entry = db.prepare(
      `INSERT INTO post_activity (post_id, at, action, changes) VALUES ('p1', ?, ?, ?)`,
    );
    entry.run('2026-10-01T01:00:00.000Z', 'create', '{}');
    entry.run('2026-10-01T02:00:00.000Z', 'edit', '{"title":["A","B"]}');
    entry.run('2026-10-01T03:00:00.000Z', 'submit', '{}');
    entry.run('2026-10-01T04:00:00.000Z', 'request_changes', '{}');
    entry.run('2026-10-01T05:00:00.000Z', 'submit', '{}');
    entry.run('2026-10-01T06:00:00.000Z', 'check', '{}');
    entry.run('2026-10-01T07:00:00.000Z', 'approve', '{}');
    const before = db.prepare('SELECT * FROM post_activity ORDER BY id').all();

    migrate(db, { target: 23 });
    expect(schemaVersion(db)).toBe(23);
    expect(db.prepare('SELECT * FROM post_activity ORDER BY id').all()).toEqual(before);
    const columns = db
      .prepare(`SELECT name FROM pragma_index_info('post_activity_approval') ORDER BY seqno`)
      .pluck()
      .all();
    expect(columns).toEqual(['post_id', 'at', 'action']);
    // Only the three approval actions are in it: a partial index.
    const partial = db
      .prepare(`SELECT partial FROM pragma_index_list('post_activity') WHERE name = ?`)
      .pluck()
      .get('post_activity_approval');
    expect(partial).toBe(1);
    // The report's read (reportRepository's activity statement, which names the index: without
    // ANALYZE statistics the planner would take post_activity_post): the index alone, no table.
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT post_id AS postId, action, at
           FROM post_activity INDEXED BY post_activity_approval
          WHERE post_id IN (SELECT id FROM posts)
            AND action IN ('submit', 'approve', 'request_changes')
          ORDER BY at, id`,
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('COVERING INDEX post_activity_approval');
    db.close();
  });
});
