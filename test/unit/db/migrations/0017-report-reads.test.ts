import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 17: report reads', () => {
  it('lets the report read publication times from an index alone', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 16 });
    migrate(db, { target: 17 });
    expect(schemaVersion(db)).toBe(17);
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
