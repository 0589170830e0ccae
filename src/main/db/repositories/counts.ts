import type { Db } from '../connection';

type CountedTable = 'people' | 'channels' | 'campaigns' | 'posts';

export function countRows(db: Db): Record<CountedTable, number> {
  const count = (table: CountedTable): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    people: count('people'),
    channels: count('channels'),
    campaigns: count('campaigns'),
    posts: count('posts'),
  };
}
