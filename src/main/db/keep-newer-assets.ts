import type { Db } from './connection';
import { assetsRepository } from './repositories/assets';

/**
 * After a restore, brings back the library rows of assets imported since the restored backup
 * was taken, from the safety copy of the state before the restore. Their files are still in
 * assets/; without a row the next start-up sweep would delete them as orphans, and a photo the
 * office imported yesterday must not vanish because the calendar went back a week. They come
 * back unattached (the restored posts never named them). Both databases must be at the current
 * schema: the caller migrates the restored one first; the safety copy was taken from a current one.
 */
export function keepNewerAssets(db: Db, safetyCopy: string): number {
  const columns = (
    db.prepare('SELECT name, hidden FROM pragma_table_xinfo(?)').all('assets') as {
      name: string;
      hidden: number;
    }[]
  )
    // Generated columns (hidden 2/3) cannot be inserted; num is assigned anew.
    .filter((c) => c.hidden === 0 && c.name !== 'num')
    .map((c) => `"${c.name}"`)
    .join(', ');
  db.prepare('ATTACH DATABASE ? AS safety').run(safetyCopy);
  try {
    return db.transaction(() => {
      const ids = (
        db
          .prepare(
            'SELECT id FROM safety.assets WHERE sha256 NOT IN (SELECT sha256 FROM main.assets)',
          )
          .all() as { id: string }[]
      ).map((row) => row.id);
      if (ids.length === 0) return 0;
      const list = JSON.stringify(ids);
      db.prepare(
        `INSERT INTO main.assets (${columns}) SELECT ${columns} FROM safety.assets
         WHERE id IN (SELECT value FROM json_each(?)) ORDER BY num`,
      ).run(list);
      db.prepare(
        `INSERT OR IGNORE INTO main.asset_tags SELECT * FROM safety.asset_tags
         WHERE asset_id IN (SELECT value FROM json_each(?))`,
      ).run(list);
      const assets = assetsRepository(db);
      for (const id of ids) assets.reindex(id);
      return ids.length;
    })();
  } finally {
    db.exec('DETACH DATABASE safety');
  }
}
