import type { RecurrenceRule } from '../../../shared/domain/recurrence';
import type { Db } from '../connection';

/** A recurring series: its rule, kept as written. Its posts are ordinary rows with `series_id`. */
export function seriesRepository(db: Db) {
  const selectOne = db.prepare<[string], { id: string }>('SELECT id FROM series WHERE id = ?');
  const insertOne = db.prepare<[string, string, string]>(
    'INSERT INTO series (id, rule, created_at) VALUES (?, ?, ?)',
  );
  return {
    exists: (id: string): boolean => selectOne.get(id) !== undefined,
    insert: (id: string, rule: RecurrenceRule, createdAt: string): void => {
      insertOne.run(id, JSON.stringify(rule), createdAt);
    },
  };
}
