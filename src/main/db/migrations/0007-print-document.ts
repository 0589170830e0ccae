import type { Database } from 'better-sqlite3';

/**
 * The printed schedule's letterhead, place of signing and signers (settings.printDocument), one
 * JSON column: the shape is checked by the shared schema, and a later field needs no migration.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE settings ADD COLUMN print_document TEXT NOT NULL
      DEFAULT '{"letterhead":[],"place":"","signers":[],"logo":null}'
      CHECK (json_valid(print_document));
  `);
}
