import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const now = '2026-11-27T03:00:00.000Z';

/** Build at 1 with an office in it, migrate to 2, then check the old rows and the new tables. */
function migratedOffice() {
  const db = new Database(join(tempDir(), 'linimasa.db'));
  configure(db);
  migrate(db, { target: 1 });
  db.prepare(
    "UPDATE settings SET office_name = 'Humas Kab. Contoh', time_zone = 'Asia/Jayapura'",
  ).run();
  db.prepare("INSERT INTO people VALUES ('p1', 'Rina', 'planner', 1, ?, ?)").run(now, now);
  db.prepare(
    "INSERT INTO channels VALUES ('c1', 'instagram', 'IG', '', '#c13584', 1, 1, ?, ?)",
  ).run(now, now);
  migrate(db, { target: 2 });
  expect(schemaVersion(db)).toBe(2);
  return db;
}

describe('migration 2: posts and approvals', () => {
  it('keeps the office and adds the approval and calendar preferences with defaults', () => {
    const db = migratedOffice();
    expect(
      db
        .prepare(
          'SELECT office_name, time_zone, allow_self_approval, default_post_time, observance_sources FROM settings',
        )
        .get(),
    ).toEqual({
      office_name: 'Humas Kab. Contoh',
      time_zone: 'Asia/Jayapura',
      allow_self_approval: 0,
      default_post_time: '09:00',
      observance_sources: '{"national":true,"local":true,"imported":true}',
    });
    expect(db.prepare('SELECT name FROM people').get()).toEqual({ name: 'Rina' });
    db.close();
  });

  it('stores a post with its channel, tag, activity and search row, and cascades a hard delete', () => {
    const db = migratedOffice();
    db.prepare(
      "INSERT INTO posts (id, title, status, scheduled_at, time_zone, created_by, created_at, updated_at) VALUES ('x1', 'Hari Jadi', 'draft', '2026-12-01T00:30:00.000Z', 'Asia/Jayapura', 'p1', ?, ?)",
    ).run(now, now);
    db.prepare("INSERT INTO post_channels VALUES ('x1', 'c1', 'reel', NULL, 0)").run();
    db.prepare("INSERT INTO post_tags VALUES ('x1', 'hari-jadi')").run();
    db.prepare(
      "INSERT INTO post_activity (post_id, actor_id, at, action) VALUES ('x1', 'p1', ?, 'create')",
    ).run(now);
    db.prepare(
      "INSERT INTO posts_fts (rowid, title, body) VALUES (1, 'Hari Jadi', 'perayaan')",
    ).run();
    expect(
      db.prepare("SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'perayaan'").all(),
    ).toEqual([{ rowid: 1 }]);
    expect(db.prepare('SELECT num, version FROM posts').get()).toEqual({ num: 1, version: 1 });
    db.prepare("DELETE FROM posts WHERE id = 'x1'").run();
    for (const table of ['post_channels', 'post_tags', 'post_activity']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });

  it.each([
    [
      "INSERT INTO posts (id, title, status, created_at, updated_at) VALUES ('a', 'x', 'scheduled', ?, ?)",
      /CHECK/,
    ],
    [
      "INSERT INTO posts (id, title, scheduled_at, created_at, updated_at) VALUES ('a', 'x', '2026-01-01T00:00:00.000Z', ?, ?)",
      /CHECK/,
    ],
    [
      "INSERT INTO posts (id, title, hashtags, created_at, updated_at) VALUES ('a', 'x', '{\"a\":1}', ?, ?)",
      /CHECK/,
    ],
    [
      "INSERT INTO posts (id, title, campaign_id, created_at, updated_at) VALUES ('a', 'x', 'nope', ?, ?)",
      /FOREIGN KEY/,
    ],
    [
      "INSERT INTO observances (id, kind, name, month, created_at) VALUES ('o', 'local', 'Hari Jadi', 5, ?)",
      /CHECK/,
    ],
  ])('rejects %s', (sql, error) => {
    const db = migratedOffice();
    const params = (sql.match(/\?/g) ?? []).map(() => now);
    expect(() => db.prepare(sql).run(...params)).toThrow(error);
    db.close();
  });
});
