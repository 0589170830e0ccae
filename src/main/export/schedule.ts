import type {
  ExportFilter,
  Schedule,
  ScheduleAsset,
  ScheduleChannel,
  SchedulePost,
  ScheduleSignOff,
} from '../../shared/domain/exports';
import { observancesInRange } from '../../shared/domain/observances';
import type { PostStatus } from '../../shared/domain/post-status';
import { localDaysRange, wallClockIn, zoneLabel } from '../../shared/time';
import { assetMediaPath } from '../../shared/domain/media-paths';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { countOutsideStatuses, scheduleRows } from '../db/repositories/schedule';
import { settingsRepository } from '../db/repositories/settings';
import { approvalsRepository, currentEvidence } from '../db/repositories/approvals';
import { approvalFingerprint } from '../db/approval-fingerprint';
import { observanceSources } from '../observances/sources';

/**
 * Reads the posts an export holds, with every name resolved, inside one read transaction: the
 * office may keep editing while a long export runs, and every format must see one moment.
 * Posts are scheduled (ideas have no date) and not in the trash; a post whose channels are all
 * filtered out is left out. Sign-offs come from the recorded evidence, each checked against
 * the post's content as it is now (`approvalFingerprint`).
 */
export function loadSchedule(db: Db, filter: ExportFilter): Schedule {
  return db.transaction(() => read(db, filter))();
}

/** Distinct names per step, in the order they first signed, with the latest time. */
function signOffsOf(posts: readonly SchedulePost[]): ScheduleSignOff[] {
  const steps: ScheduleSignOff[] = [];
  for (const step of ['check', 'approve'] as const) {
    const names: string[] = [];
    let lastAt = '';
    for (const post of posts) {
      const by = step === 'check' ? post.checkedBy : post.approvedBy;
      const at = step === 'check' ? post.checkedAt : post.approvedAt;
      if (!by || !at) continue;
      if (!names.includes(by.name)) names.push(by.name);
      if (at > lastAt) lastAt = at;
    }
    if (names.length > 0) steps.push({ step, names, lastAt });
  }
  return steps;
}

function read(db: Db, filter: ExportFilter): Schedule {
  const settings = settingsRepository(db).get();
  const zone = settings.timeZone;
  const range = localDaysRange(filter.from, filter.to, zone);
  const rows = scheduleRows(db, {
    from: range.from,
    to: range.to,
    statuses: filter.statuses,
    campaignIds: filter.campaignIds,
    channelIds: filter.channelIds,
  });
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

  const approvals = approvalsRepository(db);
  const signedIds = rows.posts
    .filter(({ post }) => post.checkedAt !== null || post.approvedAt !== null)
    .map(({ post }) => post.id);
  const evidenceOf = approvals.ofPosts(signedIds);
  const fullChannelsOf = approvals.channelsOf(signedIds);

  const posts: SchedulePost[] = [];
  for (const { post, ...named } of rows.posts) {
    const checkEvidence = currentEvidence(evidenceOf.get(post.id), 'check', post.checkedAt);
    const approveEvidence = currentEvidence(evidenceOf.get(post.id), 'approve', post.approvedAt);
    const recorded = [checkEvidence?.fingerprint, approveEvidence?.fingerprint].filter(
      (value): value is string => typeof value === 'string',
    );
    const contentNow =
      recorded.length > 0
        ? approvalFingerprint(
            {
              ...post,
              channels: fullChannelsOf.get(post.id) ?? [],
              assetIds: named.assets.map((a) => a.id),
            },
            named.assets.map((a) => a.sha256),
          )
        : null;
    const channels: ScheduleChannel[] = named.channels.map((c) => ({
      channelId: c.channel_id,
      name: c.name,
      platform: c.platform,
      handle: c.handle,
      color: c.color,
      format: c.format,
      caption: c.caption_override ?? post.caption,
    }));
    if (channels.length === 0 && filter.channelIds.length > 0) continue;
    // The selection holds scheduled posts only.
    const scheduledAt = post.scheduledAt!;
    const { date, time } = partsAt(scheduledAt);
    posts.push({
      id: post.id,
      title: post.title,
      brief: post.brief,
      caption: post.caption,
      link: post.link,
      firstComment: post.firstComment,
      hashtags: post.hashtags,
      tags: named.tags,
      status: post.status,
      scheduledAt,
      date,
      time,
      zoneLabel: labelAt(scheduledAt),
      campaign:
        post.campaignId && named.campaignName !== null
          ? {
              id: post.campaignId,
              name: named.campaignName,
              color: named.campaignColor ?? '#777777',
            }
          : null,
      assignee:
        post.assigneeId && named.assigneeName !== null
          ? { id: post.assigneeId, name: named.assigneeName }
          : null,
      checkedBy:
        checkEvidence && post.checkedBy
          ? { id: post.checkedBy, name: checkEvidence.actorName }
          : null,
      checkedAt: checkEvidence ? post.checkedAt : null,
      // A sign-off without evidence (from a bundle) names the person as the list does now.
      approvedBy:
        approveEvidence && post.approvedBy
          ? { id: post.approvedBy, name: approveEvidence.actorName }
          : post.approvedBy && named.approverName !== null
            ? { id: post.approvedBy, name: named.approverName }
            : null,
      approvedAt: post.approvedAt,
      approvalRecord:
        contentNow === null
          ? null
          : recorded.every((value) => value === contentNow)
            ? 'matches'
            : 'changed',
      createdAt: post.createdAt,
      updatedAt: post.updatedAt,
      version: post.version,
      channels,
      assets: named.assets.map((a): ScheduleAsset => ({
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
  const channels = rows.channels.filter((c) => usedChannels.has(c.id));
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
    observances: observancesInRange(filter.from, filter.to, observanceSources(db)).map(
      ({ date, name, publicHoliday }) => ({ date, name, publicHoliday }),
    ),
    posts,
    signOffs: signOffsOf(posts),
  };
}

/**
 * Posts of the filter's range, channels and campaigns per status, for the statuses the filter
 * leaves out (the preview names them): one counting query, as the preview asks at every tick.
 */
export function countLeftOut(
  db: Db,
  filter: ExportFilter,
): { status: PostStatus; count: number }[] {
  const zone = settingsRepository(db).get().timeZone;
  const range = localDaysRange(filter.from, filter.to, zone);
  return countOutsideStatuses(db, {
    from: range.from,
    to: range.to,
    statuses: filter.statuses,
    campaignIds: filter.campaignIds,
    channelIds: filter.channelIds,
  });
}
