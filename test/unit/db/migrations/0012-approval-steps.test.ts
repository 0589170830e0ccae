import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();
const now = '2026-11-27T03:00:00.000Z';

/** An office at schema 11: people, posts that name them in every way, an export made by one. */
function officeAt11() {
  const db = new Database(join(tempDir(), 'linimasa.db'));
  configure(db);
  migrate(db, { target: 11 });
  const person = db.prepare('INSERT INTO people VALUES (?, ?, ?, ?, ?, ?)');
  person.run('rina', 'Rina Wulandari', 'planner', 1, now, now);
  person.run('budi', 'Drs. Budi Santoso', 'approver', 1, now, now);
  person.run('lama', 'Pegawai Lama', 'admin', 0, now, now);
  db.prepare(
    `INSERT INTO posts (id, title, status, assignee_id, submitted_by, approved_by, approved_at,
       created_by, created_at, updated_at)
     VALUES ('p1', 'Musrenbang', 'approved', 'rina', 'rina', 'budi', '2026-11-20T02:00:00.000Z',
       'lama', ?, ?)`,
  ).run(now, now);
  db.prepare(
    `INSERT INTO posts (id, title, status, created_by, created_at, updated_at)
     VALUES ('p2', 'Ide', 'draft', 'rina', ?, ?)`,
  ).run(now, now);
  db.prepare(
    `INSERT INTO post_activity (post_id, actor_id, at, action) VALUES ('p1', 'budi', ?, 'approve')`,
  ).run(now);
  db.prepare(
    `INSERT INTO export_history (id, format, filter, file_name, bytes, sha256, posts, rows,
       actor_id, created_at)
     VALUES ('e1', 'pdf', '{}', 'jadwal.pdf', 10, ?, 1, 1, 'budi', ?)`,
  ).run('a'.repeat(64), now);
  return db;
}

describe('migration 12: approval steps', () => {
  it('adds the checker role and keeps every person, every reference to them and the foreign keys', () => {
    const db = officeAt11();
    const peopleBefore = db.prepare('SELECT * FROM people ORDER BY id').all();
    const exportsBefore = db.prepare('SELECT * FROM export_history').all();
    migrate(db, { target: 12 });
    expect(schemaVersion(db)).toBe(12);
    expect(db.prepare('SELECT * FROM people ORDER BY id').all()).toEqual(peopleBefore);
    // ON DELETE SET NULL would have erased who made the export had the rebuild deleted people.
    expect(db.prepare('SELECT * FROM export_history').all()).toEqual(exportsBefore);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    db.prepare('INSERT INTO people VALUES (?, ?, ?, 1, ?, ?)').run(
      'sari',
      'Sari, S.Sos',
      'checker',
      now,
      now,
    );
    expect(() =>
      db.prepare('INSERT INTO people VALUES (?, ?, ?, 1, ?, ?)').run('x', 'X', 'tamu', now, now),
    ).toThrow(/CHECK/);
    // The children still point at people: an unknown person is refused, a named one cannot go.
    expect(() =>
      db.prepare("UPDATE posts SET checked_by = 'nobody' WHERE id = 'p1'").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("UPDATE posts SET checked_by = 'sari', checked_at = ? WHERE id = 'p1'").run(now);
    expect(() => db.prepare("DELETE FROM people WHERE id = 'budi'").run()).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO post_activity (post_id, actor_id, at, action) VALUES ('p1', 'ghost', ?, 'check')",
        )
        .run(now),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(
      "INSERT INTO post_activity (post_id, actor_id, at, action) VALUES ('p1', 'sari', ?, 'check')",
    ).run(now);
    expect(
      db.prepare("SELECT action FROM post_activity WHERE post_id = 'p1' ORDER BY id").all(),
    ).toEqual([{ action: 'approve' }, { action: 'check' }]);
    db.close();
  });

  it('starts offices on one step and carries earlier approvals over without a fingerprint', () => {
    const db = officeAt11();
    migrate(db, { target: 12 });
    expect(db.prepare('SELECT approval_steps AS steps FROM settings').get()).toEqual({ steps: 1 });
    expect(() => db.prepare('UPDATE settings SET approval_steps = 3').run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT * FROM post_approvals').all()).toEqual([
      {
        id: 1,
        post_id: 'p1',
        step: 'approve',
        actor_id: 'budi',
        actor_name: 'Drs. Budi Santoso',
        actor_role: 'approver',
        at: '2026-11-20T02:00:00.000Z',
        fingerprint: null,
      },
    ]);
    db.close();
  });

  it('refuses to run inside a caller’s transaction, where foreign keys cannot be switched off', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 11 });
    db.exec('BEGIN');
    expect(() => migrate(db, { target: 12 })).toThrow();
    db.exec('ROLLBACK');
    expect(schemaVersion(db)).toBe(11);
    db.close();
  });
});
