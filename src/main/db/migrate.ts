import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import { latestSchemaVersion, migrations as allMigrations, type Migration } from './migrations';

export class DatabaseTooNewError extends AppError {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super('conflict', { key: 'databaseTooNew', params: { found, supported } });
    this.name = 'DatabaseTooNewError';
  }
}

export interface MigrateOptions {
  /** Stop at this version (tests build a database at N-1). Defaults to the latest. */
  target?: number;
  /** Called once, before the first step, only when an existing database is about to change. */
  beforeMigrate?: (from: number, to: number) => void;
  migrations?: readonly Migration[];
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: string[];
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` in one transaction: either every pending step and the new
 * user_version land, or nothing does. A database from a newer app is refused untouched.
 */
export function migrate(db: Database, options: MigrateOptions = {}): MigrateResult {
  const steps = options.migrations ?? allMigrations;
  const latest = steps.at(-1)?.version ?? 0;
  const target = options.target ?? latest;
  const from = schemaVersion(db);

  if (from > latest) throw new DatabaseTooNewError(from, latest);
  if (from >= target) return { from, to: from, applied: [] };

  const pending = steps.filter((step) => step.version > from && step.version <= target);
  if (from > 0) options.beforeMigrate?.(from, target);

  db.transaction(() => {
    for (const step of pending) step.up(db);
    // user_version lives in the file header and is written within this same transaction.
    db.pragma(`user_version = ${target}`);
  })();

  return { from, to: target, applied: pending.map((step) => `${step.version}-${step.name}`) };
}

export { latestSchemaVersion };
