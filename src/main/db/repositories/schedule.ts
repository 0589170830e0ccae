import type { Platform } from '../../../shared/domain/channels';
import type { PostStatus } from '../../../shared/domain/post-status';
import type { PostFormat } from '../../../shared/domain/posts';
import type { Db } from '../connection';
import { groupBy } from './group-by';
import { toPostRecord, type PostRecord, type PostRow } from './post-rows';

/** Which posts an export holds: scheduled in [from, to), not in the trash. */
export interface ScheduleSelection {
  /** UTC instants bounding the office-local days. */
  from: string;
  to: string;
  statuses: readonly PostStatus[];
  /** Empty: any campaign (or none). */
  campaignIds: readonly string[];
  /** Empty: every channel. */
  channelIds: readonly string[];
}

export interface ScheduledChannelRow {
  post_id: string;
  channel_id: string;
  name: string;
  platform: Platform;
  handle: string;
  color: string;
  format: PostFormat;
  caption_override: string | null;
}

export interface ScheduledAssetRow {
  post_id: string;
  id: string;
  sha256: string;
  ext: string;
  original_name: string;
  mime: string;
  size: number;
}

/** A selected post with the names its ids point at, its selected channels, tags and files. */
export interface ScheduledPost {
  post: PostRecord;
  campaignName: string | null;
  campaignColor: string | null;
  assigneeName: string | null;
  approverName: string | null;
  /** Only the channels the selection keeps, in the post's order. */
  channels: ScheduledChannelRow[];
  tags: string[];
  assets: ScheduledAssetRow[];
}

export interface ScheduleChannelSummary {
  id: string;
  name: string;
  platform: Platform;
  color: string;
  handle: string;
}

type NamedPostRow = PostRow & {
  campaign_name: string | null;
  campaign_color: string | null;
  assignee_name: string | null;
  approver_name: string | null;
};

/**
 * What an export reads, in its order (time, then title). Run it inside a read transaction so
 * that the five statements see one moment.
 */
export function scheduleRows(
  db: Db,
  selection: ScheduleSelection,
): { posts: ScheduledPost[]; channels: ScheduleChannelSummary[] } {
  // Filters are bound as JSON arrays: one statement text for any filter, and no SQL built from
  // the request's values.
  const params = {
    from: selection.from,
    to: selection.to,
    statuses: JSON.stringify(selection.statuses),
    campaigns: JSON.stringify(selection.campaignIds),
    anyCampaign: selection.campaignIds.length === 0 ? 1 : 0,
    channels: JSON.stringify(selection.channelIds),
    anyChannel: selection.channelIds.length === 0 ? 1 : 0,
  };
  const selected = `
    SELECT p.id FROM posts p
    WHERE p.deleted_at IS NULL AND p.scheduled_at >= @from AND p.scheduled_at < @to
      AND p.status IN (SELECT value FROM json_each(@statuses))
      AND (@anyCampaign = 1 OR p.campaign_id IN (SELECT value FROM json_each(@campaigns)))`;
  const channelFilter = `(@anyChannel = 1 OR pc.channel_id IN (SELECT value FROM json_each(@channels)))`;

  const postRows = db
    .prepare<typeof params, NamedPostRow>(
      `SELECT p.*, c.name AS campaign_name, c.color AS campaign_color,
              a.name AS assignee_name, ap.name AS approver_name
       FROM posts p
       LEFT JOIN campaigns c ON c.id = p.campaign_id
       LEFT JOIN people a ON a.id = p.assignee_id
       LEFT JOIN people ap ON ap.id = p.approved_by
       WHERE p.id IN (${selected})
       ORDER BY p.scheduled_at, p.title COLLATE NOCASE, p.id`,
    )
    .all(params);
  const byPost = (row: { post_id: string }) => row.post_id;
  const channelsOf = groupBy(
    db
      .prepare<typeof params, ScheduledChannelRow>(
        `SELECT pc.post_id, pc.channel_id, ch.name, ch.platform, ch.handle, ch.color, pc.format,
                pc.caption_override
         FROM post_channels pc JOIN channels ch ON ch.id = pc.channel_id
         WHERE pc.post_id IN (${selected}) AND ${channelFilter}
         ORDER BY pc.post_id, pc.position`,
      )
      .all(params),
    byPost,
  );
  const tagsOf = groupBy(
    db
      .prepare<typeof params, { post_id: string; tag: string }>(
        `SELECT post_id, tag FROM post_tags WHERE post_id IN (${selected}) ORDER BY post_id, tag`,
      )
      .all(params),
    byPost,
  );
  const assetsOf = groupBy(
    db
      .prepare<typeof params, ScheduledAssetRow>(
        `SELECT pa.post_id, a.id, a.sha256, a.ext, a.original_name, a.mime, a.size
         FROM post_assets pa JOIN assets a ON a.id = pa.asset_id
         WHERE pa.post_id IN (${selected}) ORDER BY pa.post_id, pa.position`,
      )
      .all(params),
    byPost,
  );
  const channels = db
    .prepare<[], ScheduleChannelSummary>(
      'SELECT id, name, platform, color, handle FROM channels ORDER BY position, name',
    )
    .all();

  return {
    posts: postRows.map((row) => ({
      post: toPostRecord(row),
      campaignName: row.campaign_name,
      campaignColor: row.campaign_color,
      assigneeName: row.assignee_name,
      approverName: row.approver_name,
      channels: channelsOf.get(row.id) ?? [],
      tags: (tagsOf.get(row.id) ?? []).map((t) => t.tag),
      assets: assetsOf.get(row.id) ?? [],
    })),
    channels,
  };
}

/**
 * Posts of the selection's range, channels and campaigns whose status is NOT among the
 * selection's, counted per status (what an export's filter leaves out). Same rules as the
 * schedule: scheduled, not in the trash, with a chosen channel when channels are chosen.
 */
export function countOutsideStatuses(
  db: Db,
  selection: ScheduleSelection,
): { status: PostStatus; count: number }[] {
  return db
    .prepare<Record<string, string | number>, { status: PostStatus; count: number }>(
      `SELECT p.status, COUNT(*) AS count FROM posts p
       WHERE p.deleted_at IS NULL AND p.scheduled_at >= @from AND p.scheduled_at < @to
         AND p.status NOT IN (SELECT value FROM json_each(@statuses))
         AND (@anyCampaign = 1 OR p.campaign_id IN (SELECT value FROM json_each(@campaigns)))
         AND (@anyChannel = 1 OR EXISTS (
           SELECT 1 FROM post_channels pc
           WHERE pc.post_id = p.id AND pc.channel_id IN (SELECT value FROM json_each(@channels))))
       GROUP BY p.status`,
    )
    .all({
      from: selection.from,
      to: selection.to,
      statuses: JSON.stringify(selection.statuses),
      campaigns: JSON.stringify(selection.campaignIds),
      anyCampaign: selection.campaignIds.length === 0 ? 1 : 0,
      channels: JSON.stringify(selection.channelIds),
      anyChannel: selection.channelIds.length === 0 ? 1 : 0,
    });
}
