import type { Db } from '../connection';

/** An office-local or imported day (national days ship in resources/, not in the database). */
export interface ObservanceRow {
  id: string;
  kind: 'local' | 'imported';
  name: string;
  month: number | null;
  day: number | null;
  date: string | null;
  source_label: string;
}

export function observancesRepository(db: Db) {
  const selectAll = db.prepare<[], ObservanceRow>(
    "SELECT * FROM observances ORDER BY kind, coalesce(date, printf('%02d-%02d', month, day)), name",
  );
  const insertOne = db.prepare(`
    INSERT INTO observances (id, kind, name, month, day, date, source_label, created_at)
    VALUES (@id, @kind, @name, @month, @day, @date, @sourceLabel, @createdAt)`);
  const deleteOne = db.prepare<[string]>('DELETE FROM observances WHERE id = ?');
  const deleteImported = db.prepare<[string]>(
    "DELETE FROM observances WHERE kind = 'imported' AND source_label = ?",
  );
  return {
    all: (): ObservanceRow[] => selectAll.all(),
    insert: (
      row: Omit<ObservanceRow, 'source_label'> & { sourceLabel: string; createdAt: string },
    ) => insertOne.run(row),
    /** False when there was no such day. */
    delete: (id: string): boolean => deleteOne.run(id).changes === 1,
    /** Removes the days imported under `label` (a re-import replaces them). */
    deleteImported: (label: string): void => {
      deleteImported.run(label);
    },
  };
}
