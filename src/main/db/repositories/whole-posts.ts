import type { PostChannel } from '../../../shared/domain/posts';
import type { Db } from '../connection';
import { groupBy } from './group-by';
import { toPostRecord, type PostRecord, type PostRow } from './post-rows';

/** A post with everything attached to it; attachments by content hash, as a bundle carries them. */
export interface WholePost {
  record: PostRecord;
  channels: PostChannel[];
  tags: string[];
  /** SHA-256 of each attachment, in the post's order. */
  assets: string[];
}

/**
 * Binds an id list as one JSON array (json_each): one statement per table for any number of
 * posts (no 999-parameter limit).
 */
const inIds = 'IN (SELECT value FROM json_each(?))';
const byPost = (row: { post_id: string }) => row.post_id;

/**
 * Posts by id (trash included), whole. Run it inside the caller's transaction so that the four
 * statements see one moment.
 */
export function wholePosts(db: Db, ids: readonly string[]): Map<string, WholePost> {
  const list = JSON.stringify(ids);
  const rows = db.prepare<[string], PostRow>(`SELECT * FROM posts WHERE id ${inIds}`).all(list);
  const channels = groupBy(
    db
      .prepare<
        [string],
        {
          post_id: string;
          channel_id: string;
          format: PostChannel['format'];
          caption_override: string | null;
        }
      >(
        `SELECT post_id, channel_id, format, caption_override FROM post_channels
         WHERE post_id ${inIds} ORDER BY post_id, position`,
      )
      .all(list),
    byPost,
  );
  const tags = groupBy(
    db
      .prepare<[string], { post_id: string; tag: string }>(
        `SELECT post_id, tag FROM post_tags WHERE post_id ${inIds} ORDER BY post_id, tag`,
      )
      .all(list),
    byPost,
  );
  const assets = groupBy(
    db
      .prepare<[string], { post_id: string; sha256: string }>(
        `SELECT pa.post_id, a.sha256 FROM post_assets pa JOIN assets a ON a.id = pa.asset_id
         WHERE pa.post_id ${inIds} ORDER BY pa.post_id, pa.position`,
      )
      .all(list),
    byPost,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        record: toPostRecord(row),
        channels: (channels.get(row.id) ?? []).map((c) => ({
          channelId: c.channel_id,
          format: c.format,
          captionOverride: c.caption_override,
        })),
        tags: (tags.get(row.id) ?? []).map((t) => t.tag),
        assets: (assets.get(row.id) ?? []).map((a) => a.sha256),
      },
    ]),
  );
}
