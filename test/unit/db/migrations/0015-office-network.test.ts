import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { networkSettingsRepository } from '../../../../src/main/db/repositories/network-settings';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 15: office network', () => {
  it('leaves an existing office closed to the network, then keeps the switch', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 14 });
    migrate(db, { target: 15 });
    expect(schemaVersion(db)).toBe(15);
    const network = networkSettingsRepository(db);
    expect(network.get()).toEqual({ listen: null, tls: false });
    expect(network.set({ listen: '0.0.0.0:8080', tls: true })).toEqual({
      listen: '0.0.0.0:8080',
      tls: true,
    });
    expect(() => db.prepare('UPDATE settings SET network_tls = 2 WHERE id = 1').run()).toThrow(
      /CHECK/,
    );
    db.close();
  });
});
