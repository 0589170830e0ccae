import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { schemaVersion } from '../../../src/main/db/migrate';
import type { Migration } from '../../../src/main/db/migrations';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

const v1: Migration = {
  version: 1,
  name: 'notes',
  up: (db) =>
    db.exec("CREATE TABLE notes (x TEXT) STRICT; INSERT INTO notes VALUES ('rencana Oktober')"),
};
const v2: Migration = { version: 2, name: 'wipe', up: (db) => db.exec('DELETE FROM notes') };

describe('backup before migration', () => {
  it('copies the old database, complete, into backups/ before an upgrade changes it', () => {
    const dir = tempDir();
    const file = join(dir, 'linimasa.db');
    openDatabase(file, { migrations: [v1] }).db.close();

    const upgraded = openDatabase(file, { migrations: [v1, v2], backupDir: join(dir, 'backups') });
    expect(upgraded.db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
    upgraded.db.close();

    expect(upgraded.backupFile).toMatch(/backups[/\\]linimasa-schema1-before-2-.*\.db$/);
    expect(readdirSync(join(dir, 'backups')).filter((name) => name.endsWith('.partial'))).toEqual(
      [],
    );
    const backup = new Database(upgraded.backupFile!, { readonly: true });
    expect(schemaVersion(backup)).toBe(1);
    expect(backup.prepare('SELECT x FROM notes').all()).toEqual([{ x: 'rencana Oktober' }]);
    backup.close();
  });

  it('makes no backup for a brand-new database', () => {
    const dir = tempDir();
    const opened = openDatabase(join(dir, 'linimasa.db'), {
      migrations: [v1, v2],
      backupDir: join(dir, 'backups'),
    });
    opened.db.close();
    expect(opened.backupFile).toBeUndefined();
  });
});
