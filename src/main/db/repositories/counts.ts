import type { Db } from '../connection';

export function countRows(db: Db) {
  const count = (table: 'people' | 'channels' | 'campaigns'): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { people: count('people'), channels: count('channels'), campaigns: count('campaigns') };
}
