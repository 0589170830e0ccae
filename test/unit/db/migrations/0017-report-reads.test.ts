import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const at = '2026-11-01T00:00:00.000Z';

/** A database at version 16 with one post on two channels and one publication outside the plan. */
function before17() {
  const db = new Database(join(tempDir(), 'linimasa.db'));
  configure(db);
  migrate(db, { target: 16 });
  for (const id of ['c1', 'c2']) {
    db.prepare(
      "INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, 'instagram', ?, '#000000', 1, ?, ?)",
    ).run(id, id, at, at);
  }
  db.prepare(
    `INSERT INTO posts (id, title, status, scheduled_at, time_zone, created_at, updated_at)
     VALUES ('x1', 'Hari Jadi', 'published', '2026-12-01T02:00:00.000Z', 'Asia/Jakarta', ?, ?)`,
  ).run(at, at);
  db.prepare(
    "INSERT INTO unplanned_publications (id, channel_id, created_at) VALUES ('u1', 'c1', ?)",
  ).run(at);
  return db;
}

const snapshot = (db: Database.Database, row: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO figure_snapshots (post_id, channel_id, unplanned_id, as_of, source, views, likes,
        recorded_at) VALUES (@post, @channel, @unplanned, @asOf, @source, @views, @likes, '${at}')`,
    )
    .run({ post: null, unplanned: null, source: 'import', likes: null, ...row });

const latest = (db: Database.Database) =>
  db.prepare('SELECT * FROM figure_latest ORDER BY post_id, channel_id').all();

describe('migration 17: report reads', () => {
  it('fills figure_latest with the latest snapshot of each post channel', () => {
    const db = before17();
    snapshot(db, { post: 'x1', channel: 'c1', asOf: '2026-12-05', views: 10 });
    snapshot(db, { post: 'x1', channel: 'c1', asOf: '2026-12-12', views: 30 });
    snapshot(db, { post: 'x1', channel: 'c2', asOf: '2026-12-05', views: 7, likes: 2 });
    snapshot(db, { unplanned: 'u1', channel: 'c1', asOf: '2026-12-12', views: 99 });
    migrate(db, { target: 17 });
    expect(schemaVersion(db)).toBe(17);
    const empty = { reach: null, likes: null, comments: null, shares: null, saves: null };
    expect(latest(db)).toEqual([
      { post_id: 'x1', channel_id: 'c1', as_of: '2026-12-12', ...empty, views: 30 },
      { post_id: 'x1', channel_id: 'c2', as_of: '2026-12-05', ...empty, views: 7, likes: 2 },
    ]);
    db.close();
  });

  it('keeps figure_latest right on every write, whoever writes, and a deleted post leaves it', () => {
    const db = before17();
    migrate(db, { target: 17 });
    const views = () => latest(db).map((row) => (row as { views: number }).views);
    snapshot(db, { post: 'x1', channel: 'c1', asOf: '2026-12-05', views: 10 });
    expect(views()).toEqual([10]);
    // A newer day wins; an older one typed in later does not.
    snapshot(db, { post: 'x1', channel: 'c1', asOf: '2026-12-12', views: 30 });
    snapshot(db, { post: 'x1', channel: 'c1', asOf: '2026-12-01', views: 5 });
    expect(views()).toEqual([30]);
    // Snapshots outside the plan are not post channels.
    snapshot(db, { unplanned: 'u1', channel: 'c1', asOf: '2026-12-20', views: 99 });
    expect(views()).toEqual([30]);
    // An update of the latest (a re-import the same day) and of an older one.
    db.prepare("UPDATE figure_snapshots SET views = 31 WHERE as_of = '2026-12-12'").run();
    db.prepare("UPDATE figure_snapshots SET views = 6 WHERE as_of = '2026-12-01'").run();
    expect(views()).toEqual([31]);
    // Deleting the latest falls back to the one before; deleting all removes the row.
    db.prepare("DELETE FROM figure_snapshots WHERE as_of = '2026-12-12'").run();
    expect(latest(db)).toMatchObject([{ as_of: '2026-12-05', views: 10 }]);
    snapshot(db, { post: 'x1', channel: 'c2', asOf: '2026-12-05', views: 7 });
    db.prepare("DELETE FROM figure_snapshots WHERE channel_id = 'c2'").run();
    expect(views()).toEqual([10]);
    // A post removed for good takes its snapshots (ON DELETE CASCADE) and so its latest figures.
    db.prepare("DELETE FROM posts WHERE id = 'x1'").run();
    expect(latest(db)).toEqual([]);
    db.close();
  });

  it('lets the report read publication times from an index alone', () => {
    const db = before17();
    migrate(db, { target: 17 });
    const columns = db
      .prepare(`SELECT name FROM pragma_index_info('channel_publications_times') ORDER BY seqno`)
      .all()
      .map((row) => (row as { name: string }).name);
    expect(columns).toEqual(['post_id', 'channel_id', 'published_at']);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT post_id, channel_id, published_at FROM channel_publications
          WHERE post_id IN (SELECT id FROM posts)`,
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain('COVERING INDEX channel_publications_times');
    db.close();
  });
});
