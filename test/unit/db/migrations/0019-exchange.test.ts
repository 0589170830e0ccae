import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { exchangeRepository } from '../../../../src/main/db/repositories/exchange';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 19: exchange between offices', () => {
  it('adds identity, known offices, received files and arrivals; keeps the bundle identity', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 16 });
    const install = db.prepare('SELECT install_id FROM exchange_identity').get();
    migrate(db, { target: 19 });
    expect(schemaVersion(db)).toBe(19);
    expect(db.prepare('SELECT install_id FROM exchange_identity').get()).toEqual(install);
    const exchange = exchangeRepository(db);
    expect(exchange.own()).toBeNull();
    exchange.setOwn({
      code: '73.06',
      name: 'Diskominfo Kabupaten Gowa',
      level: 'kabupaten_kota',
      publicKey: 'A'.repeat(43),
      fingerprint: 'ab'.repeat(32),
    });
    expect(exchange.own()).toMatchObject({ code: '73.06', folder: null, nextSeq: 1 });
    expect(exchange.takeSeq(1)).toBe(1);
    expect(exchange.takeSeq(5)).toBe(5);
    expect(exchange.own()?.nextSeq).toBe(6);
    exchange.addOffice({
      code: '73',
      name: 'Diskominfo Provinsi Sulawesi Selatan',
      level: 'provinsi',
      publicKey: 'B'.repeat(43),
      fingerprint: 'cd'.repeat(32),
      addedBy: 'Admin',
    });
    // A received file names a known office; a second row for the same number is refused.
    const file = {
      senderCode: '73',
      seq: 1,
      sha256: 'ef'.repeat(32),
      kind: 'pack',
      fileName: 'x',
      createdAt: '2026-12-03T00:00:00.000Z',
    };
    exchange.recordReceived(file);
    expect(() => exchange.recordReceived(file)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => exchange.recordReceived({ ...file, senderCode: '74' })).toThrow(/FOREIGN KEY/);
    // A refusal must carry its reason.
    expect(() =>
      db
        .prepare(
          `INSERT INTO exchange_arrivals (file, sha256, sender_code, outcome, at)
           VALUES ('f', 'h', '73', 'refused', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
