import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { settingsRepository } from '../../../../src/main/db/repositories/settings';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 11: holiday sources', () => {
  it('adds the public-holiday and cuti-bersama switches, on, and keeps the office’s own', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 10 });
    db.prepare(
      `UPDATE settings SET observance_sources = '{"national":false,"local":true,"imported":false}'`,
    ).run();
    migrate(db, { target: 11 });
    expect(schemaVersion(db)).toBe(11);
    const stored = db.prepare('SELECT observance_sources AS json FROM settings').get() as {
      json: string;
    };
    expect(JSON.parse(stored.json)).toEqual({
      national: false,
      local: true,
      imported: false,
      holidays: true,
      cutiBersama: true,
    });
    const settings = settingsRepository(db);
    settings.update({ observanceSources: { cutiBersama: false } });
    expect(settings.get().observanceSources).toEqual({
      national: false,
      holidays: true,
      cutiBersama: false,
      local: true,
      imported: false,
    });
    db.close();
  });
});
