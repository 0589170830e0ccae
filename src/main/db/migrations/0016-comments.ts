import type { Database } from 'better-sqlite3';

/**
 * Comments, @mentions and the notification inbox (issue 14).
 * - `comments`: one row per comment on a post; deleting one keeps the row (its place in the
 *   thread shows "Komentar dihapus") and blanks its text.
 * - `comment_mentions`: who each comment names, for notifying and for following.
 * - `post_follows`: an explicit "Ikuti" (1) or "Berhenti mengikuti" (0) of a post by a person;
 *   without a row, a person follows a post they created, commented on or were mentioned in.
 * - `notifications`: one row per recipient: kind, post, comment, who acted, when, read when.
 * - `post_activity.action` gains 'comment' (rebuilt as migrations 12 and 13 did, ids kept).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE comments (
      id         TEXT PRIMARY KEY,
      post_id    TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      author_id  TEXT NOT NULL REFERENCES people (id),
      text       TEXT NOT NULL,
      created_at TEXT NOT NULL,
      edited_at  TEXT,
      deleted_at TEXT,
      CHECK (deleted_at IS NOT NULL OR length(trim(text)) BETWEEN 1 AND 4000)
    ) STRICT;
    CREATE INDEX comments_post ON comments (post_id, created_at);

    CREATE TABLE comment_mentions (
      comment_id TEXT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
      person_id  TEXT NOT NULL REFERENCES people (id),
      PRIMARY KEY (comment_id, person_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX comment_mentions_person ON comment_mentions (person_id);

    CREATE TABLE post_follows (
      post_id    TEXT    NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      person_id  TEXT    NOT NULL REFERENCES people (id),
      following  INTEGER NOT NULL CHECK (following IN (0, 1)),
      updated_at TEXT    NOT NULL,
      PRIMARY KEY (post_id, person_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE notifications (
      id           TEXT PRIMARY KEY,
      recipient_id TEXT NOT NULL REFERENCES people (id),
      kind         TEXT NOT NULL CHECK (kind IN
                     ('mentioned', 'comment', 'submitted_for_check', 'submitted_for_approval',
                      'checked_for_approval', 'changes_requested', 'approved')),
      post_id      TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      comment_id   TEXT REFERENCES comments (id) ON DELETE CASCADE,
      actor_id     TEXT REFERENCES people (id),
      created_at   TEXT NOT NULL,
      read_at      TEXT
    ) STRICT;
    CREATE INDEX notifications_inbox ON notifications (recipient_id, created_at);
    CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL;

    CREATE TABLE post_activity_new (
      id       INTEGER PRIMARY KEY,
      post_id  TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      actor_id TEXT REFERENCES people (id),
      at       TEXT NOT NULL,
      action   TEXT NOT NULL CHECK (action IN
                 ('create', 'edit', 'move', 'returned_to_draft', 'delete', 'restore',
                  'submit', 'check', 'approve', 'request_changes', 'revise', 'publish', 'cancel',
                  'reopen', 'unpublish', 'figures', 'comment')),
      changes  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
      comment  TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO post_activity_new (id, post_id, actor_id, at, action, changes, comment)
      SELECT id, post_id, actor_id, at, action, changes, comment FROM post_activity;
    DROP TABLE post_activity;
    ALTER TABLE post_activity_new RENAME TO post_activity;
    CREATE INDEX post_activity_post ON post_activity (post_id, id);
    CREATE INDEX post_activity_action ON post_activity (action, at);
  `);
}
