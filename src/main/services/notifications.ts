import { randomUUID } from 'node:crypto';
import type { Inbox, NotificationKind } from '../../shared/domain/notifications';
import { transitionRecipients } from '../../shared/domain/notifications';
import type { Person } from '../../shared/domain/people';
import type { PostAction } from '../../shared/domain/post-status';
import type { Post } from '../../shared/domain/posts';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { notificationsRepository } from '../db/repositories/notifications';
import { peopleRepository } from '../db/repositories/people';
import { settingsRepository } from '../db/repositories/settings';
import type { EventBus } from '../events/bus';

/** The inbox shows this many of the newest; older ones stay in the database. */
export const inboxLimit = 100;

interface Pending {
  id: string;
  recipientId: string;
  by: { id: string; name: string };
}

/**
 * Writes notifications inside the caller's transaction (a post's approval step, a comment), so
 * a step and its notifications are committed together or not at all, and announces them on the
 * live stream only once committed: `publishPending` does nothing while a transaction is open
 * (a bulk approval of 200 posts publishes once, after its single commit) and skips rows a
 * rolled-back savepoint took away.
 */
export function notificationsService(db: Db, events?: EventBus) {
  const repository = notificationsRepository(db);
  const people = peopleRepository(db);
  const settings = settingsRepository(db);
  let pending: Pending[] = [];

  function notify(
    kind: NotificationKind,
    recipients: readonly string[],
    about: { postId: string; commentId?: string | null; actor: Person },
  ): void {
    const at = nowIso();
    for (const recipientId of new Set(recipients)) {
      // Never tell people of their own action, whoever computed the list.
      if (recipientId === about.actor.id) continue;
      const id = randomUUID();
      repository.insert({
        id,
        recipientId,
        kind,
        postId: about.postId,
        commentId: about.commentId ?? null,
        actorId: about.actor.id,
        createdAt: at,
      });
      pending.push({ id, recipientId, by: { id: about.actor.id, name: about.actor.name } });
    }
  }

  function publishPending(): void {
    if (db.inTransaction || pending.length === 0) return;
    const batch = pending;
    pending = [];
    if (!events) return;
    const written = repository.existing(batch.map((entry) => entry.id));
    for (const entry of batch) {
      if (!written.has(entry.id)) continue;
      events.publish({
        kind: 'notification',
        ids: [entry.id],
        to: [entry.recipientId],
        by: entry.by,
      });
    }
  }

  /** The reader's other windows update their counter too. */
  function announceRead(person: Person): void {
    events?.publish({
      kind: 'notification',
      ids: [],
      to: [person.id],
      by: { id: person.id, name: person.name },
    });
  }

  /** One page of the inbox: the newest, or those older than `before`; one extra row says "more". */
  function inbox(personId: string, before?: string): Inbox {
    const rows = repository.inbox(personId, inboxLimit + 1, before);
    return {
      items: rows.slice(0, inboxLimit),
      unread: repository.unread(personId),
      more: rows.length > inboxLimit,
    };
  }

  return {
    notify,
    publishPending,
    /**
     * Called by the posts service inside a step's transaction, after the post was written:
     * `before` is the post as it was before the step.
     */
    postTransitioned(step: { action: PostAction; before: Post; actor: Person }): void {
      const office = settings.get();
      const notice = transitionRecipients({
        action: step.action,
        actorId: step.actor.id,
        post: step.before,
        people: people.list(false),
        approvalSteps: office.approvalSteps,
        allowSelfApproval: office.allowSelfApproval,
      });
      if (notice)
        notify(notice.kind, notice.recipients, { postId: step.before.id, actor: step.actor });
    },
    list: (personId: string, before?: string): Inbox => inbox(personId, before),
    markRead(person: Person, ids: readonly string[]): Inbox {
      repository.markRead(person.id, ids, nowIso());
      announceRead(person);
      return inbox(person.id);
    },
    markAllRead(person: Person): Inbox {
      repository.markAllRead(person.id, nowIso());
      announceRead(person);
      return inbox(person.id);
    },
  };
}
export type NotificationsService = ReturnType<typeof notificationsService>;
