import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { settingsRepository } from '../../../../src/main/db/repositories/settings';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 7: print document', () => {
  it('keeps the office profile and starts with no letterhead, place or extra signers', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 6 });
    db.prepare("UPDATE settings SET office_name = 'Humas Kota Contoh', signer_nip = '1'").run();
    migrate(db, { target: 7 });
    expect(schemaVersion(db)).toBe(7);
    const settings = settingsRepository(db).get();
    expect(settings.officeName).toBe('Humas Kota Contoh');
    expect(settings.printDocument).toEqual({ letterhead: [], place: '', signers: [], logo: null });
    expect(() => db.prepare("UPDATE settings SET print_document = '{'").run()).toThrow(/CHECK/);
    db.close();
  });
});
