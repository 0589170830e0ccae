import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const now = '2026-11-27T03:00:00.000Z';

/** Build at N-1 (here: empty), migrate to N, then write and read back every table. */
function atVersion1() {
  const db = new Database(join(tempDir(), 'linimasa.db'));
  configure(db);
  migrate(db, { target: 0 });
  expect(schemaVersion(db)).toBe(0);
  migrate(db, { target: 1 });
  expect(schemaVersion(db)).toBe(1);
  return db;
}

describe('migration 1: initial schema', () => {
  it('starts settings with one WIB, Indonesian, Monday-first row', () => {
    const db = atVersion1();
    expect(db.prepare('SELECT time_zone, locale, week_start FROM settings').all()).toEqual([
      { time_zone: 'Asia/Jakarta', locale: 'id', week_start: 1 },
    ]);
    expect(() =>
      db.prepare('INSERT INTO settings (id, updated_at) VALUES (2, ?)').run(now),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('stores and reads back people, channels and campaigns', () => {
    const db = atVersion1();
    db.prepare("INSERT INTO people VALUES ('p1', 'Rina', 'planner', 1, ?, ?)").run(now, now);
    db.prepare(
      "INSERT INTO channels VALUES ('c1', 'instagram', 'IG Pemkab', '@pemkab', '#c13584', 1, 1, ?, ?)",
    ).run(now, now);
    db.prepare(
      "INSERT INTO campaigns VALUES ('k1', 'Layanan Publik', '#1e88e5', 'Info layanan', 0, ?, ?)",
    ).run(now, now);
    expect(db.prepare('SELECT name, role, active FROM people').get()).toEqual({
      name: 'Rina',
      role: 'planner',
      active: 1,
    });
    expect(db.prepare('SELECT platform, handle, color FROM channels').get()).toEqual({
      platform: 'instagram',
      handle: '@pemkab',
      color: '#c13584',
    });
    expect(db.prepare('SELECT name, archived FROM campaigns').get()).toEqual({
      name: 'Layanan Publik',
      archived: 0,
    });
    db.close();
  });

  it.each([
    ["INSERT INTO people VALUES ('p', 'Rina', 'intern', 1, ?, ?)", 'unknown role'],
    ["INSERT INTO people VALUES ('p', '   ', 'planner', 1, ?, ?)", 'blank name'],
    [
      "INSERT INTO channels VALUES ('c', 'myspace', 'X', '', '#000000', 1, 1, ?, ?)",
      'unknown platform',
    ],
    ["INSERT INTO channels VALUES ('c', 'x', 'X', '', 'red', 1, 1, ?, ?)", 'colour not #rrggbb'],
    ["INSERT INTO channels VALUES ('c', 'x', 'X', '', '#FFFFFF', 1, 1, ?, ?)", 'upper-case colour'],
    ["INSERT INTO campaigns VALUES ('k', 'A', '#000000', '', 2, ?, ?)", 'archived not 0/1'],
  ])('rejects %s (%s)', (sql) => {
    const db = atVersion1();
    expect(() => db.prepare(sql).run(now, now)).toThrow(/CHECK/);
    db.close();
  });

  it('is STRICT: a number where text belongs is refused', () => {
    const db = atVersion1();
    expect(() =>
      db.prepare("INSERT INTO people VALUES ('p', 'Rina', 'planner', 'yes', ?, ?)").run(now, now),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });
});
