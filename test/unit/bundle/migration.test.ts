import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { bundleHistoryRepository } from '../../../src/main/db/repositories/bundle-history';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const now = '2026-11-27T03:00:00.000Z';

describe('migration 6: bundle exchange', () => {
  it('gives each database its own install id, keeps posts, and forgets a post’s history with the post', () => {
    const make = (name: string) => {
      const db = new Database(join(tempDir(), name));
      configure(db);
      migrate(db, { target: 5 });
      db.prepare(
        "INSERT INTO posts (id, title, created_at, updated_at) VALUES ('x1', 'Hari Jadi', ?, ?)",
      ).run(now, now);
      migrate(db, { target: 6 });
      expect(schemaVersion(db)).toBe(6);
      return db;
    };
    const one = make('a.db');
    const two = make('b.db');
    const idOne = bundleHistoryRepository(one).installId();
    expect(idOne).toMatch(/^[0-9a-f-]{36}$/);
    expect(bundleHistoryRepository(two).installId()).not.toBe(idOne);
    expect(one.prepare('SELECT title FROM posts').get()).toEqual({ title: 'Hari Jadi' });

    const state = bundleHistoryRepository(one);
    state.remember('x1', 'a'.repeat(64), [], now);
    state.remember('x1', 'b'.repeat(64), ['c'.repeat(64)], now);
    expect(state.seenOf(['x1', 'nope'])).toEqual(
      new Map([['x1', ['a'.repeat(64), 'c'.repeat(64), 'b'.repeat(64)]]]),
    );
    expect(() => one.prepare("INSERT INTO exchange_posts VALUES ('x1', '[]', ?)").run(now)).toThrow(
      /CHECK|UNIQUE/,
    );
    expect(() =>
      one.prepare('INSERT INTO exchange_identity VALUES (2, ?, ?)').run('x'.repeat(36), now),
    ).toThrow(/CHECK/);
    one.prepare("DELETE FROM posts WHERE id = 'x1'").run();
    expect(one.prepare('SELECT count(*) AS n FROM exchange_posts').get()).toEqual({ n: 0 });
    one.close();
    two.close();
  });
});
