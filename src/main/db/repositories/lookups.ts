import type { Db } from '../connection';

/** The names of the channels, pillars or people with these ids that exist here, by id. */
export function namesOf(
  db: Db,
  table: 'channels' | 'campaigns' | 'people',
  ids: Iterable<string>,
): Map<string, string> {
  const rows = db
    .prepare<[string], { id: string; name: string }>(
      `SELECT id, name FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...ids]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Whether a post row (in the trash or not) still exists; false once it was purged. */
export function postExists(db: Db): (id: string) => boolean {
  const select = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM posts WHERE id = ?');
  return (id) => select.get(id) !== undefined;
}
