import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 18: report notes', () => {
  it('adds one note per period, keeps the people, and refuses a period that is not one', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 17 });
    const at = '2026-12-15T03:00:00.000Z';
    db.prepare(
      `INSERT INTO people (id, name, role, active, created_at, updated_at)
       VALUES ('11111111-1111-4111-8111-111111111111', 'Nurul Aini', 'planner', 1, ?, ?)`,
    ).run(at, at);
    expect(() => db.prepare('SELECT * FROM report_notes').all()).toThrow(/no such table/);

    migrate(db, { target: 18 });
    expect(schemaVersion(db)).toBe(18);
    const insert = db.prepare(
      `INSERT INTO report_notes (period, text, updated_by, updated_at) VALUES (?, ?, ?, ?)`,
    );
    for (const period of ['2026-12', '2026-Q4', '2026']) {
      insert.run(period, `Catatan ${period}`, '11111111-1111-4111-8111-111111111111', at);
    }
    expect(db.prepare('SELECT period, text FROM report_notes ORDER BY period').all()).toEqual([
      { period: '2026', text: 'Catatan 2026' },
      { period: '2026-12', text: 'Catatan 2026-12' },
      { period: '2026-Q4', text: 'Catatan 2026-Q4' },
    ]);
    expect(() => insert.run('Desember', 'x', null, at)).toThrow(/CHECK/);
    expect(() => insert.run('2026-13', 'x', null, at)).toThrow(/CHECK/);
    expect(() => insert.run('2026-11', 'x'.repeat(4001), null, at)).toThrow(/CHECK/);
    expect(() => insert.run('2026-11', 'x', 'nobody', at)).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT name FROM people').all()).toEqual([{ name: 'Nurul Aini' }]);
    db.close();
  });
});
