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
  return {
    all: (): ObservanceRow[] => selectAll.all(),
  };
}
