import type { Database } from 'better-sqlite3';

/** How many automatic and manual backups the office keeps (older ones are pruned). */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE settings ADD COLUMN backup_keep INTEGER NOT NULL DEFAULT 14
      CHECK (backup_keep BETWEEN 1 AND 365);
  `);
}
