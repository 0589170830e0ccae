import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const now = '2026-11-27T03:00:00.000Z';
const sha = 'ab'.repeat(32);

/**
 * Build at 2 with a post that has attachments (only the API could write them then, with any
 * id), migrate to 3, and read back.
 */
function migratedCalendar() {
  const db = new Database(join(tempDir(), 'linimasa.db'));
  configure(db);
  migrate(db, { target: 2 });
  db.prepare("INSERT INTO people VALUES ('p1', 'Rina', 'planner', 1, ?, ?)").run(now, now);
  db.prepare(
    "INSERT INTO posts (id, title, created_by, created_at, updated_at, asset_count) VALUES ('x1', 'Hari Jadi', 'p1', ?, ?, 2)",
  ).run(now, now);
  db.prepare(
    "INSERT INTO posts (id, title, created_by, created_at, updated_at) VALUES ('x2', 'Tanpa lampiran', 'p1', ?, ?)",
  ).run(now, now);
  db.prepare(
    "INSERT INTO post_assets VALUES ('x1', 'foto-lama-1', 0), ('x1', 'foto-lama-2', 1)",
  ).run();
  migrate(db, { target: 3 });
  expect(schemaVersion(db)).toBe(3);
  return db;
}

const insertAsset = (db: Database.Database, id: string, hash = sha) =>
  db
    .prepare(
      `INSERT INTO assets (id, sha256, ext, kind, mime, size, original_name, imported_at, updated_at)
       VALUES (?, ?, 'jpg', 'image', 'image/jpeg', 10, 'a.jpg', ?, ?)`,
    )
    .run(id, hash, now, now);

describe('migration 3: asset library', () => {
  it('drops attachments that name no asset, recounts the post and says so in its log', () => {
    const db = migratedCalendar();
    expect(db.prepare('SELECT count(*) AS n FROM post_assets').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT asset_count FROM posts WHERE id = 'x1'").get()).toEqual({
      asset_count: 0,
    });
    const log = db
      .prepare('SELECT post_id, actor_id, action, changes, comment FROM post_activity')
      .all() as { post_id: string; changes: string; comment: string }[];
    expect(log).toHaveLength(1); // x2 had nothing to lose
    expect(log[0]).toMatchObject({ post_id: 'x1', actor_id: null, action: 'edit' });
    expect(JSON.parse(log[0]!.changes)).toEqual({
      assetIds: [['foto-lama-1', 'foto-lama-2'], []],
    });
    expect(log[0]!.comment).toMatch(/dilepas/);
    db.close();
  });

  it('attaches real assets to posts, and an asset in use cannot be deleted by accident', () => {
    const db = migratedCalendar();
    insertAsset(db, 'a1');
    db.prepare("INSERT INTO post_assets VALUES ('x1', 'a1', 0)").run();
    expect(() => db.prepare("INSERT INTO post_assets VALUES ('x1', 'nope', 1)").run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.prepare("DELETE FROM assets WHERE id = 'a1'").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM posts WHERE id = 'x1'").run(); // a post's hard delete still cascades
    expect(db.prepare('SELECT count(*) AS n FROM post_assets').get()).toEqual({ n: 0 });
    db.close();
  });

  it('stores an asset with tags, a collection and a search row; derives orientation and date', () => {
    const db = migratedCalendar();
    insertAsset(db, 'a1');
    db.prepare(
      `UPDATE assets SET width = 1080, height = 1350, captured_at = '2024-08-17T09:30:00' WHERE id = 'a1'`,
    ).run();
    db.prepare("INSERT INTO asset_tags VALUES ('a1', 'HUT RI')").run();
    expect(() => db.prepare("INSERT INTO asset_tags VALUES ('a1', 'hut ri')").run()).toThrow(
      /UNIQUE/,
    );
    db.prepare("INSERT INTO collections VALUES ('k1', 'Upacara', ?, ?)").run(now, now);
    db.prepare("INSERT INTO asset_collections VALUES ('k1', 'a1', ?)").run(now);
    db.prepare(
      "INSERT INTO assets_fts (rowid, name, title, description, tags) VALUES (1, 'a.jpg', '', 'Désa', 'HUT RI')",
    ).run();
    expect(db.prepare("SELECT rowid FROM assets_fts WHERE assets_fts MATCH 'desa'").all()).toEqual([
      { rowid: 1 },
    ]);
    expect(db.prepare('SELECT orientation, taken_at, status FROM assets').get()).toEqual({
      orientation: 'portrait',
      taken_at: '2024-08-17T09:30:00',
      status: 'ok',
    });
    db.prepare("DELETE FROM assets WHERE id = 'a1'").run();
    for (const table of ['asset_tags', 'asset_collections']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });

  it.each([
    ["sha256 = 'AB'", 'sha256 not lower-case hex of 64'],
    ["kind = 'executable'", 'unknown kind'],
    ["status = 'lost'", 'unknown status'],
    ['size = 0', 'empty file'],
    ["ext = 'tar.gz'", 'extension with a dot'],
    ["captured_at = '17/08/2024'", 'capture time not ISO'],
  ])('refuses %s (%s)', (assignment) => {
    const db = migratedCalendar();
    insertAsset(db, 'a1');
    expect(() => db.prepare(`UPDATE assets SET ${assignment}`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('refuses the same content twice', () => {
    const db = migratedCalendar();
    insertAsset(db, 'a1');
    expect(() => insertAsset(db, 'a2')).toThrow(/UNIQUE/);
    db.close();
  });
});
