import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const now = '2026-11-27T03:00:00.000Z';
const sha = 'ab'.repeat(32);

/** Build at 4 with a person and a post, migrate to 5, and read back. */
function migratedOffice() {
  const db = new Database(join(tempDir(), 'linimasa.db'));
  configure(db);
  migrate(db, { target: 4 });
  db.prepare("UPDATE settings SET office_name = 'Humas Kota Contoh', backup_keep = 30").run();
  db.prepare("INSERT INTO people VALUES ('p1', 'Rina', 'planner', 1, ?, ?)").run(now, now);
  db.prepare(
    "INSERT INTO posts (id, title, created_by, created_at, updated_at) VALUES ('x1', 'Hari Jadi', 'p1', ?, ?)",
  ).run(now, now);
  migrate(db, { target: 5 });
  expect(schemaVersion(db)).toBe(5);
  return db;
}

const record = (db: Database.Database, values: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO export_history
         (id, format, preset, filter, file_name, bytes, sha256, posts, rows, actor_id, created_at)
       VALUES (@id, @format, @preset, @filter, @file_name, @bytes, @sha256, @posts, @rows, @actor_id, @created_at)`,
    )
    .run({
      id: 'e1',
      format: 'csv',
      preset: 'umum',
      filter: JSON.stringify({ from: '2026-12-01', to: '2026-12-31' }),
      file_name: 'jadwal-desember.csv',
      bytes: 1234,
      sha256: sha,
      posts: 3,
      rows: 5,
      actor_id: 'p1',
      created_at: now,
      ...values,
    });

describe('migration 5: export history', () => {
  it('keeps the office, its people and posts, and starts with an empty history', () => {
    const db = migratedOffice();
    expect(db.prepare('SELECT office_name, backup_keep FROM settings').get()).toEqual({
      office_name: 'Humas Kota Contoh',
      backup_keep: 30,
    });
    expect(db.prepare('SELECT id, name FROM people').all()).toEqual([{ id: 'p1', name: 'Rina' }]);
    expect(db.prepare('SELECT id, title FROM posts').all()).toEqual([
      { id: 'x1', title: 'Hari Jadi' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM export_history').get()).toEqual({ n: 0 });
    db.close();
  });

  it('records an export and reads it back, by newest first through its index', () => {
    const db = migratedOffice();
    record(db);
    record(db, { id: 'e2', format: 'pdf', preset: null, created_at: '2026-11-28T03:00:00.000Z' });
    expect(
      db
        .prepare(
          'SELECT id, format, preset, sha256, actor_id FROM export_history ORDER BY created_at DESC',
        )
        .all(),
    ).toEqual([
      { id: 'e2', format: 'pdf', preset: null, sha256: sha, actor_id: 'p1' },
      { id: 'e1', format: 'csv', preset: 'umum', sha256: sha, actor_id: 'p1' },
    ]);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM export_history ORDER BY created_at DESC')
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/export_history_created/);
    db.close();
  });

  it('refuses an unknown format, a bad fingerprint, filters that are not JSON, negative counts', () => {
    const db = migratedOffice();
    for (const bad of [
      { format: 'docx' },
      { sha256: 'AB'.repeat(32) },
      { sha256: 'ab'.repeat(31) },
      { filter: 'bukan json' },
      { file_name: '' },
      { bytes: -1 },
      { posts: -1 },
      { rows: 1.5 },
    ]) {
      expect(() => record(db, bad), JSON.stringify(bad)).toThrow(/CHECK|cannot store/);
    }
    expect(() => record(db, { actor_id: 'nobody' })).toThrow(/FOREIGN KEY/);
    expect(() => record(db, { id: 'e1' }) && record(db, { id: 'e1' })).toThrow(/UNIQUE/);
    db.close();
  });

  it('keeps the record when the person who exported is deleted (actor becomes null)', () => {
    const db = migratedOffice();
    record(db);
    db.prepare("DELETE FROM posts WHERE created_by = 'p1'").run();
    db.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(db.prepare('SELECT id, actor_id FROM export_history').all()).toEqual([
      { id: 'e1', actor_id: null },
    ]);
    db.close();
  });
});
