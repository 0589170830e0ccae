import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const at = '2026-11-01T00:00:00.000Z';

describe('migration 13: performance (publication per channel, figures, targets)', () => {
  it('records published posts per channel, keeps the activity log and allows unpublish', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 11 });
    db.prepare(
      "INSERT INTO people (id, name, role, created_at, updated_at) VALUES ('p1', 'Rina', 'planner', ?, ?)",
    ).run(at, at);
    for (const [id, platform] of [
      ['c1', 'instagram'],
      ['c2', 'x'],
    ]) {
      db.prepare(
        "INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, ?, ?, '#000000', 1, ?, ?)",
      ).run(id, platform, id, at, at);
    }
    db.prepare(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, permalink, published_at,
        created_at, updated_at) VALUES ('x1', 'Hari Jadi', 'published', '2026-12-01T02:00:00.000Z',
        'Asia/Jakarta', 'https://instagram.com/p/1', '2026-12-01T02:05:00.000Z', ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, created_at, updated_at)
       VALUES ('x2', 'Rapat', 'approved', '2026-12-02T02:00:00.000Z', 'Asia/Jakarta', ?, ?)`,
    ).run(at, at);
    db.prepare("INSERT INTO post_channels VALUES ('x1', 'c1', 'feed', NULL, 0)").run();
    db.prepare("INSERT INTO post_channels VALUES ('x1', 'c2', 'post', NULL, 1)").run();
    db.prepare("INSERT INTO post_channels VALUES ('x2', 'c1', 'feed', NULL, 0)").run();
    db.prepare(
      "INSERT INTO post_activity (post_id, actor_id, at, action, comment) VALUES ('x1', 'p1', ?, 'publish', 'ok')",
    ).run(at);

    migrate(db, { target: 13 });
    expect(schemaVersion(db)).toBe(13);
    expect(
      db
        .prepare(
          'SELECT post_id, channel_id, published_at, permalink, source FROM channel_publications ORDER BY channel_id',
        )
        .all(),
    ).toEqual([
      {
        post_id: 'x1',
        channel_id: 'c1',
        published_at: '2026-12-01T02:05:00.000Z',
        permalink: 'https://instagram.com/p/1',
        source: 'manual',
      },
      {
        post_id: 'x1',
        channel_id: 'c2',
        published_at: '2026-12-01T02:05:00.000Z',
        permalink: '',
        source: 'manual',
      },
    ]);
    expect(db.prepare('SELECT post_id, action, comment FROM post_activity').all()).toEqual([
      { post_id: 'x1', action: 'publish', comment: 'ok' },
    ]);
    db.prepare(
      "INSERT INTO post_activity (post_id, actor_id, at, action) VALUES ('x1', 'p1', ?, 'unpublish')",
    ).run(at);
    expect(db.prepare('SELECT on_time_tolerance_minutes AS m FROM report_settings').get()).toEqual({
      m: 60,
    });
    // A snapshot belongs to a post channel or to an unplanned publication, never both or neither.
    expect(() =>
      db
        .prepare(
          "INSERT INTO figure_snapshots (channel_id, as_of, source, recorded_at) VALUES ('c1', '2026-12-05', 'manual', ?)",
        )
        .run(at),
    ).toThrow(/CHECK/);
    // The post's rows go with it.
    db.prepare("DELETE FROM posts WHERE id = 'x1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM channel_publications').get()).toEqual({ n: 0 });
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });
});
