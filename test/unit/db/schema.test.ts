import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';

/**
 * The committed snapshot is the schema every shipped database has. A change here means a new
 * migration, never an edit to an old one: review the snapshot diff with that in mind.
 */
describe('schema snapshot', () => {
  it('matches the committed schema', async () => {
    const db = new Database(':memory:');
    migrate(db);
    const rows = db
      .prepare(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all() as { sql: string }[];
    db.close();
    await expect(rows.map((row) => `${row.sql};`).join('\n\n') + '\n').toMatchFileSnapshot(
      './schema.snapshot.sql',
    );
  });
});
