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

  // A step that rebuilds a parent table needs foreign keys off, and SQLite ignores that pragma
  // inside a transaction: it is switched before, checked to have taken effect (a caller inside
  // a transaction of its own would otherwise rebuild with cascades firing), and every foreign key
  // is verified before the commit, so a broken reference rolls the whole migration back.
  const keysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  const keysOff = keysWereOn && pending.some((step) => step.foreignKeysOff === true);
  if (keysOff) {
    db.pragma('foreign_keys = OFF');
    if (db.pragma('foreign_keys', { simple: true }) !== 0) {
      throw new Error('Foreign keys could not be switched off for the migration.');
    }
  }
  try {
    db.transaction(() => {
      for (const step of pending) step.up(db);
      if (keysOff) {
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`Migration would break ${broken.length} foreign key reference(s).`);
        }
      }
      // user_version lives in the file header and is written within this same transaction.
      db.pragma(`user_version = ${target}`);
    })();
  } finally {
    if (keysOff) db.pragma('foreign_keys = ON');
  }

  return { from, to: target, applied: pending.map((step) => `${step.version}-${step.name}`) };
}

export { latestSchemaVersion };
