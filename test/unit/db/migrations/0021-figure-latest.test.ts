import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const at = '2026-11-01T00:00:00.000Z';

describe('migration 21: figure_latest', () => {
  it('fills the latest snapshot of each post channel, ties picked as the report did', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 20 });
    db.prepare(
      "INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES ('c1', 'instagram', 'IG', '#000000', 1, ?, ?)",
    ).run(at, at);
    db.prepare(
      "INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES ('c2', 'x', 'X', '#000000', 2, ?, ?)",
    ).run(at, at);
    db.prepare(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, created_at, updated_at)
       VALUES ('p1', 'Hari Jadi', 'published', '2026-12-01T02:00:00.000Z', 'Asia/Jakarta', ?, ?)`,
    ).run(at, at);
    db.prepare(
      "INSERT INTO unplanned_publications (id, channel_id, created_at) VALUES ('u1', 'c1', ?)",
    ).run(at);
    const snapshot = db.prepare(
      `INSERT INTO figure_snapshots (post_id, unplanned_id, channel_id, as_of, source, views, reach, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    snapshot.run('p1', null, 'c1', '2026-12-05', 'import', 100, 90, at);
    snapshot.run('p1', null, 'c1', '2026-12-09', 'import', 300, 250, at); // same day as…
    snapshot.run('p1', null, 'c1', '2026-12-09', 'manual', 200, null, at); // …this, fewer views
    snapshot.run('p1', null, 'c2', '2026-12-02', 'manual', 40, null, at);
    snapshot.run(null, 'u1', 'c1', '2026-12-09', 'import', 70, 60, at); // outside the plan

    migrate(db, { target: 21 });
    expect(schemaVersion(db)).toBe(21);
    expect(
      db
        .prepare('SELECT post_id, channel_id, as_of, views, reach FROM figure_latest ORDER BY 2')
        .all(),
    ).toEqual([
      { post_id: 'p1', channel_id: 'c1', as_of: '2026-12-09', views: 200, reach: null },
      { post_id: 'p1', channel_id: 'c2', as_of: '2026-12-02', views: 40, reach: null },
    ]);
    db.close();
  });
});
