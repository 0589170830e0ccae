import type { Db } from '../connection';

/**
 * UPDATE one row by id with only the columns given. Column names come from the repository's
 * own mapping, never from a request, so interpolating them is safe.
 * Returns false when no row has that id.
 */
export function updateRow(
  db: Db,
  table: string,
  id: string | number,
  columns: Record<string, string | number | null | undefined>,
): boolean {
  const entries = Object.entries(columns).filter(([, value]) => value !== undefined);
  if (entries.length === 0)
    return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  const assignments = entries.map(([column]) => `${column} = @${column}`).join(', ');
  const result = db
    .prepare(`UPDATE ${table} SET ${assignments} WHERE id = @id`)
    .run({ ...Object.fromEntries(entries), id });
  return result.changes === 1;
}
