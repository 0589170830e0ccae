import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { authService } from '../../../../src/main/services/auth';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 14: sign-in', () => {
  it('gives every existing person a user name and no password, and opens in the setup state', async () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 13 });
    const insert = db.prepare(
      `INSERT INTO people (id, name, role, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)`,
    );
    const at = '2026-01-01T00:00:00.000Z';
    insert.run('00000000-0000-4000-8000-000000000001', 'Rina Wulandari', 'planner', at, at);
    insert.run(
      '00000000-0000-4000-8000-000000000002',
      'Rina  Wulandari',
      'planner',
      at,
      '2026-01-02T00:00:00.000Z',
    );
    insert.run(
      '00000000-0000-4000-8000-000000000003',
      'Drs. Bambang Sutejo',
      'admin',
      '2026-01-03T00:00:00.000Z',
      at,
    );
    migrate(db, { target: 14 });
    expect(schemaVersion(db)).toBe(14);
    const accounts = db
      .prepare('SELECT person_id, user_name, password_hash FROM accounts ORDER BY person_id')
      .all();
    expect(accounts).toEqual([
      {
        person_id: '00000000-0000-4000-8000-000000000001',
        user_name: 'rina.wulandari',
        password_hash: null,
      },
      {
        person_id: '00000000-0000-4000-8000-000000000002',
        user_name: 'rina.wulandari2',
        password_hash: null,
      },
      {
        person_id: '00000000-0000-4000-8000-000000000003',
        user_name: 'drs.bambang.sutejo',
        password_hash: null,
      },
    ]);
    expect(db.prepare('SELECT idle_lock_minutes AS m FROM settings').get()).toEqual({ m: 30 });

    const auth = authService(db, { hashParams: { N: 1024, r: 8, p: 1, keylen: 32 } });
    expect(auth.state()).toBe('setup');
    expect(auth.setupCandidates().map((c) => c.userName)).toEqual(['drs.bambang.sutejo']);
    await auth.setup(
      {
        personId: '00000000-0000-4000-8000-000000000003',
        userName: 'bambang',
        password: 'kabag humas 2026',
      },
      'pc',
    );
    expect(auth.state()).toBe('ready');
    // Nobody else can sign in until an administrator gives them a one-time password.
    await expect(
      auth.signIn({ userName: 'rina.wulandari', password: 'kabag humas 2026' }, 'pc'),
    ).rejects.toThrow('Nama pengguna atau kata sandi salah.');
    db.close();
  });
});
