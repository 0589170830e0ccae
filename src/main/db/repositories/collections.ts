import type { Collection } from '../../../shared/domain/assets';
import type { Db } from '../connection';

interface CollectionRow {
  id: string;
  name: string;
  created_at: string;
  asset_count: number;
}

const toCollection = (row: CollectionRow): Collection => ({
  id: row.id,
  name: row.name,
  assetCount: row.asset_count,
  createdAt: row.created_at,
});

const columns = `c.id, c.name, c.created_at,
  (SELECT count(*) FROM asset_collections ac WHERE ac.collection_id = c.id) AS asset_count`;

/** The office's named groups of assets ("HUT RI 2025", "Logo resmi"). */
export function collectionsRepository(db: Db) {
  const selectAll = db.prepare<[], CollectionRow>(
    `SELECT ${columns} FROM collections c ORDER BY c.name COLLATE NOCASE`,
  );
  const selectOne = db.prepare<[string], CollectionRow>(
    `SELECT ${columns} FROM collections c WHERE c.id = ?`,
  );
  const selectByName = db.prepare<[string], { id: string }>(
    'SELECT id FROM collections WHERE name = ?',
  );
  const insertRow = db.prepare(
    'INSERT INTO collections (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const renameRow = db.prepare('UPDATE collections SET name = ?, updated_at = ? WHERE id = ?');
  const deleteRow = db.prepare('DELETE FROM collections WHERE id = ?');
  const addAsset = db.prepare(
    'INSERT OR IGNORE INTO asset_collections (collection_id, asset_id, added_at) VALUES (?, ?, ?)',
  );
  const removeAsset = db.prepare(
    'DELETE FROM asset_collections WHERE collection_id = ? AND asset_id = ?',
  );

  return {
    list: (): Collection[] => selectAll.all().map(toCollection),
    get(id: string): Collection | undefined {
      const row = selectOne.get(id);
      return row && toCollection(row);
    },
    /** The id of the collection with this name, letter case ignored. */
    idByName: (name: string): string | undefined => selectByName.get(name)?.id,
    insert: (id: string, name: string, now: string) => void insertRow.run(id, name, now, now),
    rename: (id: string, name: string, now: string) => renameRow.run(name, now, id).changes > 0,
    delete: (id: string) => deleteRow.run(id).changes > 0,
    add: (id: string, assetId: string, now: string) => addAsset.run(id, assetId, now).changes > 0,
    remove: (id: string, assetId: string) => removeAsset.run(id, assetId).changes > 0,
  };
}
