import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { DatabaseTooNewError, migrate, schemaVersion } from '../../../src/main/db/migrate';
import { latestSchemaVersion, migrations, type Migration } from '../../../src/main/db/migrations';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

describe('migration runner', () => {
  it('numbers migrations 1, 2, 3… with no gaps, so user_version maps to one schema', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('brings a new database to the latest version with the pragmas set', () => {
    const dir = tempDir();
    const { db, migration } = openDatabase(join(dir, 'linimasa.db'), {
      backupDir: join(dir, 'backups'),
    });
    expect(migration).toMatchObject({ from: 0, to: latestSchemaVersion });
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
    // a brand-new database has nothing worth backing up
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([]);
  });

  it('is a no-op on an up-to-date database', () => {
    const dir = tempDir();
    openDatabase(join(dir, 'linimasa.db')).db.close();
    const again = openDatabase(join(dir, 'linimasa.db'), { backupDir: join(dir, 'backups') });
    expect(again.migration.applied).toEqual([]);
    expect(again.backupFile).toBeUndefined();
    again.db.close();
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const file = join(tempDir(), 'linimasa.db');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER)');
    future.pragma(`user_version = ${latestSchemaVersion + 5}`);
    future.close();

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/lebih baru/);
    const after = new Database(file);
    expect(schemaVersion(after)).toBe(latestSchemaVersion + 5);
    expect(
      after.prepare("SELECT name FROM sqlite_master WHERE name = 'from_the_future'").get(),
    ).toBeTruthy();
    after.close();
  });

  it('rolls back every step when one fails, leaving the old version', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    const steps: Migration[] = [
      { version: 1, name: 'ok', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      { version: 2, name: 'ok-too', up: (d) => d.exec('CREATE TABLE b (x INTEGER) STRICT') },
      { version: 3, name: 'broken', up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
    ];
    migrate(db, { migrations: steps, target: 1 });
    expect(() => migrate(db, { migrations: steps })).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    db.close();
  });

  it('copies an existing database into backups/ before migrating it', () => {
    const dir = tempDir();
    const file = join(dir, 'linimasa.db');
    const steps: Migration[] = [
      {
        version: 1,
        name: 'one',
        up: (d) =>
          d.exec("CREATE TABLE notes (x TEXT) STRICT; INSERT INTO notes VALUES ('keep me')"),
      },
      { version: 2, name: 'two', up: (d) => d.exec('DELETE FROM notes') },
    ];
    const db = new Database(file);
    migrate(db, { migrations: steps, target: 1 });

    let backupFile = '';
    migrate(db, {
      migrations: steps,
      beforeMigrate: (from, to) => {
        expect([from, to]).toEqual([1, 2]);
        backupFile = join(dir, 'backup.db');
        db.prepare('VACUUM INTO ?').run(backupFile);
      },
    });
    db.close();
    const backup = new Database(backupFile, { readonly: true });
    expect(backup.prepare('SELECT x FROM notes').all()).toEqual([{ x: 'keep me' }]);
    expect(schemaVersion(backup)).toBe(1);
    backup.close();
  });
});
