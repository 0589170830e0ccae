import type { ChannelPublication } from '../../../shared/domain/publication';
import type { Db } from '../connection';

interface PublicationRow {
  post_id: string;
  channel_id: string;
  published_at: string;
  permalink: string;
  platform_post_id: string | null;
  source: 'manual' | 'import';
  marked_by: string | null;
  marked_at: string;
}

const toPublication = (row: PublicationRow): ChannelPublication => ({
  channelId: row.channel_id,
  publishedAt: row.published_at,
  permalink: row.permalink,
  platformPostId: row.platform_post_id,
  source: row.source,
  markedBy: row.marked_by,
  markedAt: row.marked_at,
});

/** The record of what went out, per post and channel (migration 12, `channel_publications`). */
export function publicationsRepository(db: Db) {
  const selectForPost = db.prepare<[string], PublicationRow>(
    'SELECT * FROM channel_publications WHERE post_id = ?',
  );
  const upsert = db.prepare(`
    INSERT INTO channel_publications
      (post_id, channel_id, published_at, permalink, platform_post_id, source, marked_by, marked_at)
    VALUES (@postId, @channelId, @publishedAt, @permalink, @platformPostId, @source, @markedBy,
            @markedAt)
    ON CONFLICT (post_id, channel_id) DO UPDATE SET
      published_at = excluded.published_at, permalink = excluded.permalink,
      platform_post_id = coalesce(excluded.platform_post_id, platform_post_id),
      source = excluded.source, marked_by = excluded.marked_by, marked_at = excluded.marked_at`);
  const selectOne = db.prepare<[string, string], PublicationRow>(
    'SELECT * FROM channel_publications WHERE post_id = ? AND channel_id = ?',
  );
  // A link found for a channel already marked: only the columns that change, so an import of
  // 10,000 marked channels rewrites no index but the link's and the platform id's.
  const setPlatformId = db.prepare<[string | null, string, string]>(
    'UPDATE channel_publications SET platform_post_id = ? WHERE post_id = ? AND channel_id = ?',
  );
  const setLink = db.prepare<[string, string | null, string, string]>(`
    UPDATE channel_publications SET permalink = ?, platform_post_id = ?
     WHERE post_id = ? AND channel_id = ?`);
  const remove = db.prepare<[string, string]>(
    'DELETE FROM channel_publications WHERE post_id = ? AND channel_id = ?',
  );
  return {
    forPost(postId: string): ChannelPublication[] {
      return selectForPost.all(postId).map(toPublication);
    },
    /** One channel's record, or undefined when it is not marked. */
    one(postId: string, channelId: string): ChannelPublication | undefined {
      const row = selectOne.get(postId, channelId);
      return row && toPublication(row);
    },
    /** The link and the platform's post id of a channel already marked. */
    setLink(
      postId: string,
      channelId: string,
      link: { before: string; permalink: string; platformPostId: string | null },
    ): void {
      if (link.permalink === link.before) setPlatformId.run(link.platformPostId, postId, channelId);
      else setLink.run(link.permalink, link.platformPostId, postId, channelId);
    },
    save(postId: string, publication: ChannelPublication): void {
      upsert.run({ postId, ...publication });
    },
    /**
     * The post-level "Tandai terbit" (posts.transition publish): every channel not marked yet
     * went out at that time; the link belongs to the first channel.
     */
    markRest(
      postId: string,
      channelIds: readonly string[],
      mark: { publishedAt: string; permalink: string; markedBy: string; markedAt: string },
    ): void {
      const already = new Set(selectForPost.all(postId).map((row) => row.channel_id));
      channelIds.forEach((channelId, index) => {
        if (already.has(channelId)) return;
        upsert.run({
          postId,
          channelId,
          publishedAt: mark.publishedAt,
          permalink: index === 0 ? mark.permalink : '',
          platformPostId: null,
          source: 'manual',
          markedBy: mark.markedBy,
          markedAt: mark.markedAt,
        });
      });
    },
    remove(postId: string, channelId: string): boolean {
      return remove.run(postId, channelId).changes > 0;
    },
  };
}
export type PublicationsRepository = ReturnType<typeof publicationsRepository>;
