import type { Database } from 'better-sqlite3';

/**
 * Approval steps as offices work, and the evidence of each sign-off.
 *
 * - people.role gains 'checker' (the Kasubag who checks before the Kabag approves). SQLite
 *   changes a CHECK only by rebuilding the table, and `people` is a parent: posts, activity,
 *   exports and bundles point at it. The rebuild follows SQLite's own procedure ("Making Other
 *   Kinds Of Table Schema Changes"): it runs with foreign keys off (`foreignKeysOff` below, which
 *   the runner honours and follows with a foreign_key_check before it commits), creates the new
 *   table, copies every row, drops the old one and renames the new one into its place, so the
 *   children's REFERENCES people (id) name the new table and no child row is touched. (With
 *   foreign keys on, DROP TABLE would first delete every person, and export_history's ON DELETE
 *   SET NULL would erase who made each export.)
 * - settings.approval_steps: 1 ("Disetujui") or 2 ("Diperiksa", then "Disetujui").
 * - posts.checked_by / checked_at: the check of the current review round, beside approved_by.
 * - post_activity.action gains 'check' (a child table: rebuilt the same way, ids kept).
 * - post_approvals: one row per sign-off (check or approve) with who, their name and role as
 *   they were at that moment, when, and a SHA-256 fingerprint of exactly what was signed off.
 *   Approvals given before this version are carried over with the approver's name and time and
 *   no fingerprint: what they covered was never recorded, and inventing it now would be false
 *   evidence.
 */
export const foreignKeysOff = true;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE people_with_checkers (
      id         TEXT    PRIMARY KEY,
      name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
      role       TEXT    NOT NULL CHECK (role IN ('planner', 'checker', 'approver', 'admin')),
      active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT    NOT NULL,
      updated_at TEXT    NOT NULL
    ) STRICT;
    INSERT INTO people_with_checkers (id, name, role, active, created_at, updated_at)
      SELECT id, name, role, active, created_at, updated_at FROM people;
    DROP TABLE people;
    ALTER TABLE people_with_checkers RENAME TO people;
    CREATE INDEX people_active_name ON people (active, name COLLATE NOCASE);

    ALTER TABLE settings ADD COLUMN approval_steps INTEGER NOT NULL DEFAULT 1
      CHECK (approval_steps IN (1, 2));

    ALTER TABLE posts ADD COLUMN checked_by TEXT REFERENCES people (id);
    ALTER TABLE posts ADD COLUMN checked_at TEXT;

    CREATE TABLE post_activity_with_checks (
      id       INTEGER PRIMARY KEY,
      post_id  TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      actor_id TEXT REFERENCES people (id),
      at       TEXT NOT NULL,
      action   TEXT NOT NULL CHECK (action IN
                 ('create', 'edit', 'move', 'returned_to_draft', 'delete', 'restore',
                  'submit', 'check', 'approve', 'request_changes', 'revise', 'publish',
                  'cancel', 'reopen')),
      changes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
      comment  TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO post_activity_with_checks (id, post_id, actor_id, at, action, changes, comment)
      SELECT id, post_id, actor_id, at, action, changes, comment FROM post_activity;
    DROP TABLE post_activity;
    ALTER TABLE post_activity_with_checks RENAME TO post_activity;
    CREATE INDEX post_activity_post ON post_activity (post_id, id);

    CREATE TABLE post_approvals (
      id          INTEGER PRIMARY KEY,
      post_id     TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      step        TEXT    NOT NULL CHECK (step IN ('check', 'approve')),
      actor_id    TEXT    REFERENCES people (id),
      actor_name  TEXT    NOT NULL,
      actor_role  TEXT    NOT NULL,
      at          TEXT    NOT NULL,
      fingerprint TEXT    CHECK (fingerprint IS NULL OR
                    (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'))
    ) STRICT;
    CREATE INDEX post_approvals_post ON post_approvals (post_id, step, at);

    INSERT INTO post_approvals (post_id, step, actor_id, actor_name, actor_role, at, fingerprint)
      SELECT p.id, 'approve', p.approved_by, pe.name, pe.role, p.approved_at, NULL
      FROM posts p JOIN people pe ON pe.id = p.approved_by
      WHERE p.approved_at IS NOT NULL;
  `);
}
