import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configure } from '../../../../src/main/db/connection';
import { migrate, schemaVersion } from '../../../../src/main/db/migrate';
import { useTempDir } from '../../helpers';

const tempDir = useTempDir();

describe('migration 16: comments and notifications', () => {
  it('keeps the activity log (ids too), lets it hold comments, and adds the comment tables', () => {
    const db = new Database(join(tempDir(), 'linimasa.db'));
    configure(db);
    migrate(db, { target: 15 });
    const at = '2026-12-01T01:00:00.000Z';
    db.prepare(
      `INSERT INTO people (id, name, role, active, created_at, updated_at)
       VALUES ('11111111-1111-4111-8111-111111111111', 'Nurul Aini', 'planner', 1, ?, ?)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO posts (id, title, status, created_by, created_at, updated_at, version)
       VALUES ('22222222-2222-4222-8222-222222222222', 'Hari Ibu', 'draft',
               '11111111-1111-4111-8111-111111111111', ?, ?, 1)`,
    ).run(at, at);
    db.prepare(
      `INSERT INTO post_activity (id, post_id, actor_id, at, action, changes, comment)
       VALUES (41, '22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111',
               ?, 'create', '{}', '')`,
    ).run(at);
    expect(() =>
      db
        .prepare(
          `INSERT INTO post_activity (post_id, at, action) VALUES ('22222222-2222-4222-8222-222222222222', ?, 'comment')`,
        )
        .run(at),
    ).toThrow(/CHECK/);

    migrate(db, { target: 16 });
    expect(schemaVersion(db)).toBe(16);
    expect(db.prepare('SELECT id, action FROM post_activity').all()).toEqual([
      { id: 41, action: 'create' },
    ]);
    db.prepare(
      `INSERT INTO post_activity (post_id, at, action) VALUES ('22222222-2222-4222-8222-222222222222', ?, 'comment')`,
    ).run(at);
    db.prepare(
      `INSERT INTO comments (id, post_id, author_id, text, created_at)
       VALUES ('33333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222',
               '11111111-1111-4111-8111-111111111111', 'Cek ya', ?)`,
    ).run(at);
    expect(() =>
      db
        .prepare(
          `INSERT INTO comments (id, post_id, author_id, text, created_at)
           VALUES ('44444444-4444-4444-8444-444444444444', '22222222-2222-4222-8222-222222222222',
                   '11111111-1111-4111-8111-111111111111', '   ', ?)`,
        )
        .run(at),
    ).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO notifications (id, recipient_id, kind, post_id, comment_id, actor_id, created_at)
       VALUES ('55555555-5555-4555-8555-555555555555', '11111111-1111-4111-8111-111111111111',
               'mentioned', '22222222-2222-4222-8222-222222222222',
               '33333333-3333-4333-8333-333333333333', NULL, ?)`,
    ).run(at);
    // Deleting a post for good (never done by the app, but a restore may) takes its thread along.
    db.prepare("DELETE FROM posts WHERE id = '22222222-2222-4222-8222-222222222222'").run();
    expect(db.prepare('SELECT count(*) AS n FROM notifications').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM comments').get()).toEqual({ n: 0 });
    db.close();
  });
});
