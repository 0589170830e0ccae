import type { PostRow as StoredPostRow } from '../db/repositories/posts';
import type {
  BundleAsset,
  BundleCampaign,
  BundleChannel,
  BundlePerson,
  BundlePost,
} from '../../shared/domain/bundle';
import type { Platform } from '../../shared/domain/channels';
import type { Role } from '../../shared/domain/people';
import type { PostFormat } from '../../shared/domain/posts';
import type { AssetKind, AssetStatus } from '../../shared/domain/assets';
import type { Db } from '../db/connection';

/** A post as a bundle carries it, before its hash and exchange history are added. */
export type PostBody = Omit<BundlePost, 'contentHash' | 'exchange'>;

export interface StoredPost {
  body: PostBody;
  inTrash: boolean;
  seriesId: string | null;
}

export interface StoredAsset extends Omit<BundleAsset, 'included'> {
  id: string;
  status: AssetStatus;
}

type PostRow = Omit<StoredPostRow, 'num'>;

/**
 * Everything below binds the id list as one JSON array (json_each): one statement per table for
 * any number of posts, read inside the caller's transaction so they see one moment.
 */
const inIds = 'IN (SELECT value FROM json_each(?))';

/** Posts by id (trash included), whole: all channels, tags, and attachments as content hashes. */
export function readPosts(db: Db, ids: readonly string[]): Map<string, StoredPost> {
  const list = JSON.stringify(ids);
  const rows = db.prepare<[string], PostRow>(`SELECT * FROM posts WHERE id ${inIds}`).all(list);
  const channels = groupBy(
    db
      .prepare<
        [string],
        {
          post_id: string;
          channel_id: string;
          format: PostFormat;
          caption_override: string | null;
        }
      >(
        `SELECT post_id, channel_id, format, caption_override FROM post_channels
         WHERE post_id ${inIds} ORDER BY post_id, position`,
      )
      .all(list),
  );
  const tags = groupBy(
    db
      .prepare<[string], { post_id: string; tag: string }>(
        `SELECT post_id, tag FROM post_tags WHERE post_id ${inIds} ORDER BY post_id, tag`,
      )
      .all(list),
  );
  const assets = groupBy(
    db
      .prepare<[string], { post_id: string; sha256: string }>(
        `SELECT pa.post_id, a.sha256 FROM post_assets pa JOIN assets a ON a.id = pa.asset_id
         WHERE pa.post_id ${inIds} ORDER BY pa.post_id, pa.position`,
      )
      .all(list),
  );

  const posts = new Map<string, StoredPost>();
  for (const row of rows) {
    posts.set(row.id, {
      inTrash: row.deleted_at !== null,
      seriesId: row.series_id,
      body: {
        id: row.id,
        title: row.title,
        brief: row.brief,
        caption: row.caption,
        link: row.link,
        firstComment: row.first_comment,
        hashtags: JSON.parse(row.hashtags) as string[],
        tags: (tags.get(row.id) ?? []).map((t) => t.tag),
        channels: (channels.get(row.id) ?? []).map((c) => ({
          channelId: c.channel_id,
          format: c.format,
          captionOverride: c.caption_override,
        })),
        campaignId: row.campaign_id,
        assigneeId: row.assignee_id,
        status: row.status,
        scheduledAt: row.scheduled_at,
        timeZone: row.time_zone,
        submittedBy: row.submitted_by,
        approvedBy: row.approved_by,
        approvedAt: row.approved_at,
        permalink: row.permalink,
        publishedAt: row.published_at,
        createdBy: row.created_by,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        version: row.version,
        assets: (assets.get(row.id) ?? []).map((a) => a.sha256),
      },
    });
  }
  return posts;
}

export function readChannels(db: Db, ids: readonly string[]): BundleChannel[] {
  return db
    .prepare<
      [string],
      {
        id: string;
        platform: Platform;
        name: string;
        handle: string;
        color: string;
        active: number;
      }
    >(
      `SELECT id, platform, name, handle, color, active FROM channels WHERE id ${inIds}
       ORDER BY position, name`,
    )
    .all(JSON.stringify(ids))
    .map((row) => ({ ...row, active: row.active === 1 }));
}

export function readCampaigns(db: Db, ids: readonly string[]): BundleCampaign[] {
  return db
    .prepare<
      [string],
      { id: string; name: string; color: string; description: string; archived: number }
    >(
      `SELECT id, name, color, description, archived FROM campaigns WHERE id ${inIds}
       ORDER BY name COLLATE NOCASE, id`,
    )
    .all(JSON.stringify(ids))
    .map((row) => ({ ...row, archived: row.archived === 1 }));
}

export function readPeople(db: Db, ids: readonly string[]): BundlePerson[] {
  return db
    .prepare<[string], { id: string; name: string; role: Role; active: number }>(
      `SELECT id, name, role, active FROM people WHERE id ${inIds} ORDER BY name COLLATE NOCASE, id`,
    )
    .all(JSON.stringify(ids))
    .map((row) => ({ ...row, active: row.active === 1 }));
}

/** Library assets by content hash, with the office's descriptions and tags. */
export function readAssets(db: Db, sha256s: readonly string[]): Map<string, StoredAsset> {
  const list = JSON.stringify(sha256s);
  const rows = db
    .prepare<
      [string],
      {
        id: string;
        sha256: string;
        ext: string;
        kind: AssetKind;
        mime: string;
        size: number;
        original_name: string;
        title: string;
        description: string;
        credit: string;
        rights: string;
        rights_expires_on: string | null;
        status: AssetStatus;
      }
    >(
      `SELECT id, sha256, ext, kind, mime, size, original_name, title, description, credit, rights,
              rights_expires_on, status
       FROM assets WHERE sha256 ${inIds}`,
    )
    .all(list);
  const tags = groupBy(
    db
      .prepare<[string], { post_id: string; tag: string }>(
        // post_id: the grouping key groupBy expects (here the asset's id).
        `SELECT asset_id AS post_id, tag FROM asset_tags
         WHERE asset_id IN (SELECT id FROM assets WHERE sha256 ${inIds}) ORDER BY tag`,
      )
      .all(list),
  );
  return new Map(
    rows.map((row) => [
      row.sha256,
      {
        id: row.id,
        sha256: row.sha256,
        ext: row.ext,
        kind: row.kind,
        mime: row.mime,
        size: row.size,
        name: row.original_name,
        title: row.title,
        description: row.description,
        credit: row.credit,
        rights: row.rights,
        rightsExpiresOn: row.rights_expires_on,
        tags: (tags.get(row.id) ?? []).map((t) => t.tag),
        status: row.status,
      },
    ]),
  );
}

function groupBy<T extends { post_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.post_id);
    if (list) list.push(row);
    else groups.set(row.post_id, [row]);
  }
  return groups;
}
