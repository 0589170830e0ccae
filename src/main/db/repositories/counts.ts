import type { Db } from '../connection';

const tables = ['people', 'channels', 'campaigns', 'posts'] as const;

export function countRows(db: Db): Record<(typeof tables)[number], number> {
  const count = (table: (typeof tables)[number]): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    people: count('people'),
    channels: count('channels'),
    campaigns: count('campaigns'),
    posts: count('posts'),
  };
}
