import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { analyticsRepository } from '../../../../src/main/db/repositories/analytics';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const at = '2026-11-01T00:00:00.000Z';

describe('migration 22: no channel index on unplanned_publications', () => {
  it('drops the index, keeps every row, and the import still reads a channel’s list', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 21 });
    const channel = db.prepare(
      "INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, ?, ?, '#000000', ?, ?, ?)",
    );
    channel.run('c1', 'instagram', 'IG', 1, at, at);
    channel.run('c2', 'x', 'X', 2, at, at);
    const unplanned = db.prepare(
      `INSERT INTO unplanned_publications (id, channel_id, platform_post_id, permalink, published_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    unplanned.run(
      'u1',
      'c1',
      '111',
      'https://www.instagram.com/p/A1/',
      '2026-10-01T01:00:00.000Z',
      at,
    );
    unplanned.run('u2', 'c2', null, 'https://x.com/pemkab/status/9', null, at);
    unplanned.run('u3', 'c1', null, '', '2026-10-03T01:00:00.000Z', at);
    db.prepare(
      `INSERT INTO figure_snapshots (unplanned_id, channel_id, as_of, source, views, recorded_at)
       VALUES ('u1', 'c1', '2026-10-05', 'import', 10, ?)`,
    ).run(at);
    const before = db.prepare('SELECT * FROM unplanned_publications ORDER BY id').all();

    migrate(db, { target: 22 });
    expect(schemaVersion(db)).toBe(22);
    const indexes = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?")
      .pluck()
      .all('unplanned_publications');
    expect(indexes).not.toContain('unplanned_publications_channel');
    expect(indexes).toContain('unplanned_publications_published');
    expect(db.prepare('SELECT * FROM unplanned_publications ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM figure_snapshots').pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      analyticsRepository(db)
        .unplanned('c1')
        .map((u) => u.id)
        .sort(),
    ).toEqual(['u1', 'u3']);
    // The report's reads by publication time keep their index.
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id, channel_id FROM unplanned_publications
          WHERE published_at >= ? AND published_at < ?`,
      )
      .all('2026-01-01', '2027-01-01') as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toContain('unplanned_publications_published');
    db.close();
  });
});
