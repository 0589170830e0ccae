import type { Database } from 'better-sqlite3';

/**
 * Two new switches for the calendar's day badges (settings.observanceSources): the public
 * holidays and the cuti bersama shipped per year in resources/observances/holidays-<year>.json.
 * Both start on, as the other groups did; the office's existing switches are kept. A later
 * group needs no migration: the repository reads a missing switch as on.
 */
export function up(db: Database): void {
  db.exec(`
    UPDATE settings SET observance_sources = json_set(
      observance_sources,
      '$.holidays', json('true'),
      '$.cutiBersama', json('true')
    );
  `);
}
