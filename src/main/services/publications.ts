import type { z } from 'zod';
import { AppError, notFound } from '../../shared/api/errors';
import type { publicationMethods } from '../../shared/api/methods/publications';
import type { Person } from '../../shared/domain/people';
import { roleActions } from '../../shared/domain/post-status';
import type { Post } from '../../shared/domain/posts';
import {
  checkPermalink,
  platformDomains,
  type ChannelPublication,
  type PostPublication,
} from '../../shared/domain/publication';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { channelsRepository } from '../db/repositories/channels';
import { postsRepository } from '../db/repositories/posts';
import { publicationsRepository } from '../db/repositories/publications';
import { actorCheck } from './actor';
import { publicationStatus, publicationView } from './publication-status';

type Request<M extends keyof typeof publicationMethods> = z.output<
  (typeof publicationMethods)[M]['request']
>;
/** The request as parsed, plus the signed-in person's id that the handler adds. */
type Acted<M extends keyof typeof publicationMethods> = Request<M> & { actorId: string };
type Result = z.output<
  (typeof publicationMethods)['publications.mark']['response']
>['results'][number];

/**
 * Marking what went out, per channel. Who may: whoever the approval state machine lets
 * `publish` (src/shared/domain/post-status.ts), so the editor's "Tandai terbit" and this agree.
 * A post moves approved → published when its last channel is marked, and back to approved when
 * a channel is taken back. Every mark and every undo is in the post's activity log.
 *
 * Bulk calls run in ONE transaction; each post in its own SAVEPOINT (better-sqlite3 nests
 * `db.transaction`), so a refused post rolls back alone, as in posts-bulk.ts.
 */
export function publicationsService(db: Db) {
  const posts = postsRepository(db);
  const channels = channelsRepository(db);
  const publications = publicationsRepository(db);
  const actor = actorCheck(db);

  function load(id: string): Post {
    const post = posts.get(id);
    if (!post) throw notFound('post', id);
    return post;
  }

  function view(post: Post): PostPublication {
    return publicationView(publications, post);
  }

  function mayPublish(person: Person): void {
    if (!roleActions[person.role].includes('publish')) {
      throw new AppError('forbidden', { key: 'publication.notAllowed', field: 'actorId' });
    }
  }

  function channelName(id: string): string {
    return channels.get(id)?.name ?? id;
  }

  function checkedLink(channelId: string, permalink: string): string {
    if (permalink === '') return '';
    const channel = channels.get(channelId);
    if (!channel) throw notFound('channel', channelId);
    const check = checkPermalink(channel.platform, permalink);
    if (check.ok) return check.url;
    throw new AppError('invalid_request', {
      key: check.reason === 'url' ? 'publication.permalinkUrl' : 'publication.permalinkDomain',
      params: { channel: channel.name, domains: platformDomains[channel.platform].join(', ') },
      field: 'permalink',
    });
  }

  const settleStatus = publicationStatus(db);

  function markOne(person: Person, item: Request<'publications.mark'>['items'][number]): void {
    const post = load(item.postId);
    if (post.deletedAt) throw new AppError('conflict', { key: 'post.inTrash' });
    if (post.status !== 'approved' && post.status !== 'published') {
      throw new AppError('conflict', {
        key: 'publication.notApproved',
        params: { title: post.title },
      });
    }
    const onPost = new Set(post.channels.map((c) => c.channelId));
    const already = new Map(publications.forPost(post.id).map((p) => [p.channelId, p]));
    let targets: string[];
    if (item.channelId !== undefined) {
      if (!onPost.has(item.channelId)) {
        throw new AppError('invalid_request', {
          key: 'publication.notOnPost',
          params: { channel: channelName(item.channelId), title: post.title },
          field: 'channelId',
        });
      }
      targets = [item.channelId];
    } else {
      targets = post.channels.map((c) => c.channelId).filter((id) => !already.has(id));
      if (item.permalink !== '' && targets.length !== 1) {
        throw new AppError('invalid_request', {
          key: 'publication.permalinkNeedsChannel',
          params: { title: post.title },
          field: 'channelId',
        });
      }
    }
    const publishedAt = item.publishedAt ?? post.scheduledAt;
    if (!publishedAt) {
      throw new AppError('invalid_request', {
        key: 'publication.timeRequired',
        params: { title: post.title },
        field: 'publishedAt',
      });
    }
    const now = nowIso();
    for (const channelId of targets) {
      const before = already.get(channelId);
      const permalink = checkedLink(channelId, item.permalink);
      const mark: ChannelPublication = {
        channelId,
        publishedAt: new Date(publishedAt).toISOString(),
        permalink,
        platformPostId: before?.platformPostId ?? null,
        source: 'manual',
        markedBy: person.id,
        markedAt: now,
      };
      publications.save(post.id, mark);
      posts.logActivity({
        postId: post.id,
        actorId: person.id,
        at: now,
        action: 'publish',
        changes: {
          channelId,
          publishedAt: [before?.publishedAt ?? null, mark.publishedAt],
          ...(permalink !== (before?.permalink ?? '')
            ? { permalink: [before?.permalink ?? '', permalink] }
            : {}),
        },
      });
    }
    const settled = settleStatus(load(post.id), now);
    if (settled.status) {
      posts.logActivity({
        postId: post.id,
        actorId: person.id,
        at: now,
        action: 'publish',
        changes: { status: settled.status },
        comment: 'Semua kanal sudah terbit.',
      });
    }
  }

  function unmarkOne(person: Person, item: Request<'publications.unmark'>['items'][number]) {
    const post = load(item.postId);
    if (post.deletedAt) throw new AppError('conflict', { key: 'post.inTrash' });
    const before = publications.forPost(post.id).find((p) => p.channelId === item.channelId);
    if (!before || !publications.remove(post.id, item.channelId)) {
      throw new AppError('conflict', {
        key: 'publication.notMarked',
        params: { channel: channelName(item.channelId), title: post.title },
      });
    }
    const now = nowIso();
    const settled = settleStatus(post, now);
    posts.logActivity({
      postId: post.id,
      actorId: person.id,
      at: now,
      action: 'unpublish',
      changes: {
        channelId: item.channelId,
        publishedAt: [before.publishedAt, null],
        ...(before.permalink ? { permalink: [before.permalink, ''] } : {}),
        ...settled,
      },
    });
  }

  function each<T extends { postId: string }>(
    actorId: string,
    items: readonly T[],
    step: (person: Person, item: T) => void,
  ) {
    const person = actor(actorId);
    mayPublish(person);
    return db.transaction(() => {
      const results: Result[] = [];
      for (const item of items) {
        try {
          db.transaction(() => step(person, item))();
          const publication = view(load(item.postId));
          results.push({ postId: item.postId, ok: true, state: publication.state, publication });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({
            postId: item.postId,
            ok: false,
            title: posts.get(item.postId)?.title ?? null,
            error: {
              code: error.code,
              message: error.message,
              key: error.key,
              ...(error.params && { params: error.params }),
            },
          });
        }
      }
      return { results };
    })();
  }

  return {
    get: ({ postId }: Request<'publications.get'>): PostPublication => view(load(postId)),
    mark: ({ actorId, items }: Acted<'publications.mark'>) => each(actorId, items, markOne),
    unmark: ({ actorId, items }: Acted<'publications.unmark'>) => each(actorId, items, unmarkOne),
  };
}
export type PublicationsService = ReturnType<typeof publicationsService>;
