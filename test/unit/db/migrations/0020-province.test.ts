import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const version = 20;

describe(`migration ${version}: province packs, adoptions and regency reports`, () => {
  it('adds the three tables, refuses a payload that is not JSON, and keeps a version once', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: version - 1 });
    expect(() => db.prepare('SELECT * FROM province_packs').all()).toThrow(/no such table/);

    migrate(db, { target: version });
    expect(schemaVersion(db)).toBe(version);
    const insert = db.prepare(
      `INSERT INTO province_packs (pack_id, version, sender_code, recipients, title, deadline, sent_at, payload)
       VALUES ('p', 1, '73', '["semua"]', 'Paket', '2026-12-19T00:00:00.000Z', '2026-12-01T00:00:00.000Z', ?)`,
    );
    expect(() => insert.run('bukan json')).toThrow(/CHECK/);
    insert.run('{}');
    expect(() => insert.run('{}')).toThrow(/UNIQUE|PRIMARY/);
    expect(db.prepare('SELECT count(*) AS n FROM regency_reports').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM pack_adoptions').get()).toEqual({ n: 0 });
  });
});
