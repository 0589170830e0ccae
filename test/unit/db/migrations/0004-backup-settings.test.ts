import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 4: backup settings', () => {
  it('keeps the office profile and keeps 14 backups by default, 1–365 allowed', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 3 });
    db.prepare("UPDATE settings SET office_name = 'Humas Kota Contoh'").run();
    migrate(db, { target: 4 });
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT office_name, backup_keep FROM settings').get()).toEqual({
      office_name: 'Humas Kota Contoh',
      backup_keep: 14,
    });
    expect(() => db.prepare('UPDATE settings SET backup_keep = 0').run()).toThrow(/CHECK/);
    db.close();
  });
});
