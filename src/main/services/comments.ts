import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../shared/api/errors';
import type { Comment, CommentThread } from '../../shared/domain/comments';
import { mentionedIds } from '../../shared/domain/mentions';
import type { Person } from '../../shared/domain/people';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { commentsRepository } from '../db/repositories/comments';
import { peopleRepository } from '../db/repositories/people';
import { postsRepository } from '../db/repositories/posts';
import type { EventBus } from '../events/bus';
import { actorCheck } from './actor';
import type { NotificationsService } from './notifications';

/**
 * The comment thread of a post. Every signed-in role may comment; a comment is edited and
 * deleted only by its author (deleting keeps its place: "Komentar dihapus"). A new comment
 * tells the people it mentions ("menyebut Anda") and everyone else who follows the post
 * ("mengomentari"); an edit tells only people newly mentioned. A post in the trash takes no
 * comments. Each change is announced on the live stream as a `comment` of the post.
 */
export function commentsService(db: Db, notifications: NotificationsService, events?: EventBus) {
  const comments = commentsRepository(db);
  const posts = postsRepository(db);
  const people = peopleRepository(db);
  const actor = actorCheck(db);

  function openPost(postId: string) {
    const post = posts.get(postId);
    if (!post) throw notFound('post', postId);
    if (post.deletedAt) {
      throw new AppError('conflict', { key: 'comment.postInTrash', params: { title: post.title } });
    }
    return post;
  }

  function ownComment(id: string, person: Person): Comment {
    const comment = comments.get(id);
    if (!comment) throw new AppError('not_found', { key: 'comment.missing' });
    if (comment.authorId !== person.id)
      throw new AppError('forbidden', { key: 'comment.notYours' });
    if (comment.deletedAt) throw new AppError('conflict', { key: 'comment.deleted' });
    return comment;
  }

  /** Mentions name active colleagues only, and never the writer. */
  function mentionsIn(text: string, person: Person): string[] {
    return mentionedIds(text, people.list(false)).filter((id) => id !== person.id);
  }

  function announce(postId: string, person: Person): void {
    notifications.publishPending();
    events?.publish({
      kind: 'comment',
      ids: [postId],
      by: { id: person.id, name: person.name },
    });
  }

  return {
    list(postId: string, personId: string): CommentThread {
      if (!posts.get(postId)) throw notFound('post', postId);
      return {
        comments: comments.list(postId),
        following: comments.followers(postId).includes(personId),
      };
    },

    add({ postId, text, actorId }: { postId: string; text: string; actorId: string }): Comment {
      const person = actor(actorId);
      const created = db.transaction(() => {
        openPost(postId);
        const followers = comments.followers(postId);
        const id = randomUUID();
        const at = nowIso();
        comments.insert({ id, postId, authorId: person.id, text, createdAt: at });
        const mentioned = mentionsIn(text, person);
        comments.setMentions(id, mentioned);
        posts.logActivity({ postId, actorId: person.id, at, action: 'comment' });
        const about = { postId, commentId: id, actor: person };
        notifications.notify('mentioned', mentioned, about);
        notifications.notify(
          'comment',
          followers.filter((follower) => !mentioned.includes(follower)),
          about,
        );
        return comments.get(id)!;
      })();
      announce(postId, person);
      return created;
    },

    edit({ id, text, actorId }: { id: string; text: string; actorId: string }): Comment {
      const person = actor(actorId);
      const edited = db.transaction(() => {
        const before = ownComment(id, person);
        openPost(before.postId);
        const mentioned = mentionsIn(text, person);
        const known = new Set(before.mentions.map((m) => m.id));
        comments.edit(id, text, nowIso());
        comments.setMentions(id, mentioned);
        notifications.notify(
          'mentioned',
          mentioned.filter((personId) => !known.has(personId)),
          { postId: before.postId, commentId: id, actor: person },
        );
        return comments.get(id)!;
      })();
      announce(edited.postId, person);
      return edited;
    },

    delete({ id, actorId }: { id: string; actorId: string }): Comment {
      const person = actor(actorId);
      const deleted = db.transaction(() => {
        ownComment(id, person);
        comments.remove(id, nowIso());
        return comments.get(id)!;
      })();
      announce(deleted.postId, person);
      return deleted;
    },

    follow({
      postId,
      following,
      actorId,
    }: {
      postId: string;
      following: boolean;
      actorId: string;
    }): { following: boolean } {
      const person = actor(actorId);
      if (!posts.get(postId)) throw notFound('post', postId);
      comments.follow(postId, person.id, following, nowIso());
      return { following: comments.followers(postId).includes(person.id) };
    },
  };
}
export type CommentsService = ReturnType<typeof commentsService>;
