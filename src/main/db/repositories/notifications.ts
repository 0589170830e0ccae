import type { Notification, NotificationKind } from '../../../shared/domain/notifications';
import type { Db } from '../connection';

export interface NotificationRecord {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  postId: string;
  commentId: string | null;
  actorId: string | null;
  createdAt: string;
}

interface NotificationRow {
  id: string;
  kind: string;
  post_id: string;
  post_title: string;
  post_scheduled_at: string | null;
  comment_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  created_at: string;
  read_at: string | null;
}

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind as NotificationKind,
  postId: row.post_id,
  postTitle: row.post_title,
  postScheduledAt: row.post_scheduled_at,
  commentId: row.comment_id,
  actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '' } : null,
  createdAt: row.created_at,
  readAt: row.read_at,
});

/** The inbox: one row per recipient and event, newest first. */
export function notificationsRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO notifications (id, recipient_id, kind, post_id, comment_id, actor_id, created_at)
     VALUES (@id, @recipientId, @kind, @postId, @commentId, @actorId, @createdAt)`,
  );
  const columns = `SELECT n.id, n.kind, n.post_id, p.title AS post_title,
            p.scheduled_at AS post_scheduled_at, n.comment_id, n.actor_id, a.name AS actor_name,
            n.created_at, n.read_at
       FROM notifications n
       JOIN posts p ON p.id = n.post_id
       LEFT JOIN people a ON a.id = n.actor_id`;
  const inbox = db.prepare<[string, number], NotificationRow>(
    `${columns}
      WHERE n.recipient_id = ?
      ORDER BY n.created_at DESC, n.rowid DESC
      LIMIT ?`,
  );
  // The next page starts after the last row shown, in the same order (keyset paging: rows that
  // arrive meanwhile go to the top, never shift the pages below). Many rows share a millisecond,
  // so the rowid breaks ties as in the ORDER BY.
  const olderThan = db.prepare<[string, string, number], NotificationRow>(
    `${columns}
      WHERE n.recipient_id = ?
        AND (n.created_at, n.rowid) < (SELECT created_at, rowid FROM notifications WHERE id = ?)
      ORDER BY n.created_at DESC, n.rowid DESC
      LIMIT ?`,
  );
  const unread = db.prepare<[string], { count: number }>(
    'SELECT count(*) AS count FROM notifications WHERE recipient_id = ? AND read_at IS NULL',
  );
  const markRead = db.prepare(
    `UPDATE notifications SET read_at = ?
      WHERE recipient_id = ? AND read_at IS NULL
        AND id IN (SELECT value FROM json_each(?))`,
  );
  const markAll = db.prepare(
    'UPDATE notifications SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL',
  );
  const existing = db.prepare<[string], { id: string }>(
    'SELECT id FROM notifications WHERE id IN (SELECT value FROM json_each(?))',
  );
  return {
    insert(record: NotificationRecord): void {
      insert.run(record);
    },
    /** Newest first; with `before`, only those older than that notification. */
    inbox: (recipientId: string, limit: number, before?: string): Notification[] =>
      (before ? olderThan.all(recipientId, before, limit) : inbox.all(recipientId, limit)).map(
        toNotification,
      ),
    unread: (recipientId: string): number => unread.get(recipientId)?.count ?? 0,
    markRead(recipientId: string, ids: readonly string[], at: string): void {
      markRead.run(at, recipientId, JSON.stringify(ids));
    },
    markAllRead(recipientId: string, at: string): void {
      markAll.run(at, recipientId);
    },
    /** Which of these were written (and not rolled back). */
    existing: (ids: readonly string[]): Set<string> =>
      new Set(existing.all(JSON.stringify(ids)).map((row) => row.id)),
  };
}
