import type { Post } from '../../shared/domain/posts';
import { publicationState, type PostPublication } from '../../shared/domain/publication';
import type { Db } from '../db/connection';
import { postsRepository } from '../db/repositories/posts';
import {
  publicationsRepository,
  type PublicationsRepository,
} from '../db/repositories/publications';

/** Per channel of the post: its publication record or none, and the post's state. */
export function publicationView(publications: PublicationsRepository, post: Post): PostPublication {
  const marked = new Map(publications.forPost(post.id).map((p) => [p.channelId, p]));
  const list = post.channels.map((c) => ({
    channelId: c.channelId,
    publication: marked.get(c.channelId) ?? null,
  }));
  return {
    postId: post.id,
    state: publicationState(list.length, list.filter((c) => c.publication).length),
    channels: list,
  };
}

/**
 * After a channel is marked (by hand or by an import) or taken back: an approved post whose
 * every channel went out becomes published (at its earliest channel's time, with the first
 * link), and a published post missing a channel returns to approved. Returns the status change.
 */
export function publicationStatus(db: Db) {
  const posts = postsRepository(db);
  const publications = publicationsRepository(db);
  return (post: Post, at: string): { status?: [string, string] } => {
    const state = publicationView(publications, post).state;
    if (state === 'all' && post.status === 'approved') {
      const marks = publications.forPost(post.id);
      const first = post.channels
        .map((c) => marks.find((m) => m.channelId === c.channelId))
        .find((m) => m && m.permalink !== '');
      const earliest = marks.map((m) => m.publishedAt).sort()[0] ?? at;
      posts.update(post.id, post.version, {
        status: 'published',
        publishedAt: earliest,
        permalink: first?.permalink ?? '',
        updatedAt: at,
        version: post.version + 1,
      });
      return { status: ['approved', 'published'] };
    }
    if (state !== 'all' && post.status === 'published') {
      posts.update(post.id, post.version, {
        status: 'approved',
        publishedAt: null,
        permalink: '',
        updatedAt: at,
        version: post.version + 1,
      });
      return { status: ['published', 'approved'] };
    }
    return {};
  };
}
