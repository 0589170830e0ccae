import type {
  ExportFilter,
  Schedule,
  ScheduleAsset,
  ScheduleChannel,
  SchedulePost,
} from '../../shared/domain/exports';
import type { Platform } from '../../shared/domain/channels';
import type { PostFormat } from '../../shared/domain/posts';
import type { PostStatus } from '../../shared/domain/post-status';
import { localDaysRange, wallClockIn, zoneLabel } from '../../shared/time';
import { assetMediaPath } from '../assets/media-paths';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { settingsRepository } from '../db/repositories/settings';
import { observancesService } from '../services/observances';

interface PostRow {
  id: string;
  title: string;
  brief: string;
  caption: string;
  link: string;
  first_comment: string;
  hashtags: string;
  status: PostStatus;
  scheduled_at: string;
  campaign_id: string | null;
  campaign_name: string | null;
  campaign_color: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  approved_by: string | null;
  approver_name: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

interface ChannelRow {
  post_id: string;
  channel_id: string;
  name: string;
  platform: Platform;
  handle: string;
  color: string;
  format: PostFormat;
  caption_override: string | null;
}

interface AssetRow {
  post_id: string;
  id: string;
  sha256: string;
  ext: string;
  original_name: string;
  mime: string;
  size: number;
}

/**
 * Reads the posts an export holds, with every name resolved, inside one read transaction: the
 * office may keep editing while a long export runs, and every format must see one moment.
 * Posts are scheduled (ideas have no date) and not in the trash; a post whose channels are all
 * filtered out is left out.
 */
export function loadSchedule(db: Db, filter: ExportFilter): Schedule {
  return db.transaction(() => read(db, filter))();
}

function read(db: Db, filter: ExportFilter): Schedule {
  const settings = settingsRepository(db).get();
  const zone = settings.timeZone;
  const range = localDaysRange(filter.from, filter.to, zone);
  // Filters are bound as JSON arrays: one statement text for any filter, and no SQL built from
  // the request's values.
  const params = {
    from: range.from,
    to: range.to,
    statuses: JSON.stringify(filter.statuses),
    campaigns: JSON.stringify(filter.campaignIds),
    anyCampaign: filter.campaignIds.length === 0 ? 1 : 0,
    channels: JSON.stringify(filter.channelIds),
    anyChannel: filter.channelIds.length === 0 ? 1 : 0,
  };
  const selected = `
    SELECT p.id FROM posts p
    WHERE p.deleted_at IS NULL AND p.scheduled_at >= @from AND p.scheduled_at < @to
      AND p.status IN (SELECT value FROM json_each(@statuses))
      AND (@anyCampaign = 1 OR p.campaign_id IN (SELECT value FROM json_each(@campaigns)))`;
  const channelFilter = `(@anyChannel = 1 OR pc.channel_id IN (SELECT value FROM json_each(@channels)))`;

  const postRows = db
    .prepare<typeof params, PostRow>(
      `SELECT p.id, p.title, p.brief, p.caption, p.link, p.first_comment, p.hashtags, p.status,
              p.scheduled_at, p.campaign_id, c.name AS campaign_name, c.color AS campaign_color,
              p.assignee_id, a.name AS assignee_name, p.approved_by, ap.name AS approver_name,
              p.approved_at, p.created_at, p.updated_at, p.version
       FROM posts p
       LEFT JOIN campaigns c ON c.id = p.campaign_id
       LEFT JOIN people a ON a.id = p.assignee_id
       LEFT JOIN people ap ON ap.id = p.approved_by
       WHERE p.id IN (${selected})
       ORDER BY p.scheduled_at, p.title COLLATE NOCASE, p.id`,
    )
    .all(params);

  const channelRows = db
    .prepare<typeof params, ChannelRow>(
      `SELECT pc.post_id, pc.channel_id, ch.name, ch.platform, ch.handle, ch.color, pc.format,
              pc.caption_override
       FROM post_channels pc JOIN channels ch ON ch.id = pc.channel_id
       WHERE pc.post_id IN (${selected}) AND ${channelFilter}
       ORDER BY pc.post_id, pc.position`,
    )
    .all(params);
  const tagRows = db
    .prepare<typeof params, { post_id: string; tag: string }>(
      `SELECT post_id, tag FROM post_tags WHERE post_id IN (${selected}) ORDER BY post_id, tag`,
    )
    .all(params);
  const assetRows = db
    .prepare<typeof params, AssetRow>(
      `SELECT pa.post_id, a.id, a.sha256, a.ext, a.original_name, a.mime, a.size
       FROM post_assets pa JOIN assets a ON a.id = pa.asset_id
       WHERE pa.post_id IN (${selected}) ORDER BY pa.post_id, pa.position`,
    )
    .all(params);

  const channelsOf = groupBy(channelRows, (r) => r.post_id);
  const tagsOf = groupBy(tagRows, (r) => r.post_id);
  const assetsOf = groupBy(assetRows, (r) => r.post_id);
  const labels = new Map<string, string>();
  const labelAt = (instant: string) => {
    // Indonesian zones have one label; elsewhere daylight saving changes it, so key by hour.
    const key = instant.slice(0, 13);
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = zoneLabel(zone, instant)));
    return label;
  };

  const wallClock = wallClockIn(zone);
  const partsAt = (instant: string) => {
    const local = new Date(wallClock(instant)).toISOString();
    return { date: local.slice(0, 10), time: local.slice(11, 16) };
  };

  const posts: SchedulePost[] = [];
  for (const row of postRows) {
    const channels: ScheduleChannel[] = (channelsOf.get(row.id) ?? []).map((c) => ({
      channelId: c.channel_id,
      name: c.name,
      platform: c.platform,
      handle: c.handle,
      color: c.color,
      format: c.format,
      caption: c.caption_override ?? row.caption,
    }));
    if (channels.length === 0 && filter.channelIds.length > 0) continue;
    const { date, time } = partsAt(row.scheduled_at);
    posts.push({
      id: row.id,
      title: row.title,
      brief: row.brief,
      caption: row.caption,
      link: row.link,
      firstComment: row.first_comment,
      hashtags: JSON.parse(row.hashtags) as string[],
      tags: (tagsOf.get(row.id) ?? []).map((t) => t.tag),
      status: row.status,
      scheduledAt: row.scheduled_at,
      date,
      time,
      zoneLabel: labelAt(row.scheduled_at),
      campaign:
        row.campaign_id && row.campaign_name !== null
          ? { id: row.campaign_id, name: row.campaign_name, color: row.campaign_color ?? '#777777' }
          : null,
      assignee:
        row.assignee_id && row.assignee_name !== null
          ? { id: row.assignee_id, name: row.assignee_name }
          : null,
      approvedBy:
        row.approved_by && row.approver_name !== null
          ? { id: row.approved_by, name: row.approver_name }
          : null,
      approvedAt: row.approved_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      channels,
      assets: (assetsOf.get(row.id) ?? []).map((a): ScheduleAsset => ({
        id: a.id,
        sha256: a.sha256,
        name: a.original_name,
        mime: a.mime,
        bytes: a.size,
        path: assetMediaPath(a.sha256, a.ext),
      })),
    });
  }

  const usedChannels = new Set(posts.flatMap((p) => p.channels.map((c) => c.channelId)));
  const channels = db
    .prepare<[], { id: string; name: string; platform: Platform; color: string; handle: string }>(
      'SELECT id, name, platform, color, handle FROM channels ORDER BY position, name',
    )
    .all()
    .filter((c) => usedChannels.has(c.id));
  const campaigns = new Map<string, { id: string; name: string; color: string }>();
  for (const post of posts) if (post.campaign) campaigns.set(post.campaign.id, post.campaign);

  return {
    office: {
      name: settings.officeName,
      unit: settings.unitName,
      signerName: settings.signerName,
      signerPosition: settings.signerPosition,
      signerNip: settings.signerNip,
      timeZone: zone,
      locale: settings.locale,
      weekStart: settings.weekStart,
    },
    print: settings.printDocument,
    filter,
    generatedAt: nowIso(),
    channels,
    campaigns: [...campaigns.values()].sort((a, b) => a.name.localeCompare(b.name, 'id')),
    observances: observancesService(db)
      .list({ from: filter.from, to: filter.to })
      .map(({ date, name, publicHoliday }) => ({ date, name, publicHoliday })),
    posts,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
