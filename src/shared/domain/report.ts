import { addDaysLocal, daysInMonth, formatLocalDate, instantMs } from '../time';

/**
 * The Laporan kinerja's figures, computed from plain data in one pass: a pure function, so the
 * view, the PDF/XLSX export and the tests read the very same numbers, and a test can compare
 * every figure with one worked out by hand.
 *
 * Definitions (as the report states them):
 * - planned: a post channel of a post scheduled in the period (office-local day), not in the
 *   trash and not cancelled; published: such a channel marked published;
 * - on time: published within `toleranceMinutes` of the schedule, either side; the rate is over
 *   the published channels;
 * - outside the plan: publications found in an export that match no planned post;
 * - approval turnaround: each approve paired with the last submit before it, in hours; median and
 *   90th percentile by nearest rank; changes-requested rate: submitted posts that got at least
 *   one "Minta revisi";
 * - engagement: likes + comments + shares + saves (those known); engagement rate: engagement over
 *   reach, or over views when the channel reports no reach;
 * - follower growth: followers at the end of the period's last month over those at the end of the
 *   month before it, minus one.
 */

export type PeriodKind = 'month' | 'quarter' | 'year';
export interface Period {
  kind: PeriodKind;
  /** '2026-12', '2026-Q4' or '2026'. */
  id: string;
  year: number;
  from: string;
  to: string;
  /** 'YYYY-MM' of the first and last month. */
  firstMonth: string;
  lastMonth: string;
  months: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A period from its id, or null when the id is not one. */
export function parsePeriod(id: string): Period | null {
  let match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(id);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return span('month', id, year, month, month);
  }
  match = /^(\d{4})-Q([1-4])$/.exec(id);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    return span('quarter', id, year, quarter * 3 - 2, quarter * 3);
  }
  match = /^(\d{4})$/.exec(id);
  if (match) return span('year', id, Number(match[1]), 1, 12);
  return null;
}

function span(kind: PeriodKind, id: string, year: number, first: number, last: number): Period {
  return {
    kind,
    id,
    year,
    from: formatLocalDate(year, first, 1),
    to: formatLocalDate(year, last, daysInMonth(year, last)),
    firstMonth: `${year}-${pad(first)}`,
    lastMonth: `${year}-${pad(last)}`,
    months: last - first + 1,
  };
}

/** The period just before: November for December, Q3 for Q4, 2025 for 2026. */
export function previousPeriod(period: Period): Period {
  const start = addDaysLocal(period.from, -1);
  const [year, month] = start.split('-').map(Number) as [number, number];
  if (period.kind === 'month') return parsePeriod(`${year}-${pad(month)}`)!;
  if (period.kind === 'quarter') return parsePeriod(`${year}-Q${Math.ceil(month / 3)}`)!;
  return parsePeriod(String(year))!;
}

/** The month before 'YYYY-MM'. */
export function monthBefore(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
}

/** An item's figures: engagement is likes + comments + shares + saves, those known (0 if none). */
export interface FigureSet {
  views: number | null;
  reach: number | null;
  engagement: number;
}

export interface ReportInput {
  period: Period;
  toleranceMinutes: number;
  channels: { id: string; name: string; platform: string }[];
  campaigns: { id: string; name: string }[];
  /** Posts scheduled in the period (not in the trash, not cancelled). */
  posts: { id: string; title: string; scheduledAt: string; campaignId: string | null }[];
  /**
   * Each channel of those posts in (post, channel) order, with the time it went out if it did
   * and then the latest figures it has (engagement null when none). A channel taken off a post
   * after it went out stays published and its figures count: it comes with `planned` 0.
   */
  postChannels: (Omit<FigureSet, 'engagement'> & {
    postId: string;
    channelId: string;
    planned: 0 | 1;
    publishedAt: string | null;
    engagement: number | null;
  })[];
  /** Published outside the plan within the period. */
  unplanned: { id: string; channelId: string }[];
  /** The latest snapshot of each publication outside the plan of the period. */
  unplannedFigures: (FigureSet & { unplannedId: string; channelId: string })[];
  /** submit / approve / request_changes entries of the period's posts, in time order. */
  activity: { postId: string; action: 'submit' | 'approve' | 'request_changes'; at: string }[];
  followers: { channelId: string; month: string; followers: number }[];
  targets: {
    channels: {
      channelId: string;
      postsPerMonth: number | null;
      engagementRate: number | null;
      followerGrowth: number | null;
    }[];
    pillars: { campaignId: string; share: number }[];
  };
}

export interface ChannelFigures {
  channelId: string;
  planned: number;
  published: number;
  onTime: number;
  outsidePlan: number;
  views: number;
  reach: number;
  engagement: number;
  /** null when neither reach nor views are known. */
  engagementRate: number | null;
  followersStart: number | null;
  followersEnd: number | null;
  followerGrowth: number | null;
  target: {
    posts: number | null;
    engagementRate: number | null;
    followerGrowth: number | null;
  };
  /** The posts behind each figure. */
  postIds: { planned: string[]; published: string[]; late: string[]; notPublished: string[] };
  unplannedIds: string[];
}

export interface Report {
  period: Period;
  totals: {
    plannedPosts: number;
    publishedPosts: number;
    partialPosts: number;
    plannedChannels: number;
    publishedChannels: number;
    onTimeRate: number | null;
    outsidePlan: number;
    views: number;
    reach: number;
    engagement: number;
    engagementRate: number | null;
  };
  channels: ChannelFigures[];
  approval: {
    rounds: number;
    medianHours: number | null;
    p90Hours: number | null;
    submittedPosts: number;
    changesRequestedPosts: number;
    changesRequestedRate: number | null;
    /** changesRequested: posts sent back; approved: the posts whose approval closed a round. */
    postIds: { changesRequested: string[]; approved: string[] };
  };
  pillars: {
    campaignId: string | null;
    posts: number;
    share: number;
    target: number | null;
    postIds: string[];
  }[];
  topPosts: {
    postId: string;
    title: string;
    channelId: string;
    engagement: number;
    views: number;
  }[];
}

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** How many posts the report lists as its top posts. */
const topCount = 10;

/** A planned post while the report goes over its facts. */
interface PostState {
  post: ReportInput['posts'][number];
  /** Its schedule in ms, parsed at its first planned channel. */
  at: number;
  channels: number;
  published: number;
}

/**
 * One pass over each kind of fact. The post channels come grouped by post, so a post is looked up
 * in the map once per post, not once per channel (no composite string keys: a year is 40,000
 * post channels); each schedule and publication time is parsed once (instantMs); the figures
 * ride on their post channel; and the top posts are kept as a list of ten while the figures go
 * by rather than sorting them all. Which channel went out when, and which figures count, come
 * joined from the database (see ReportInput).
 */
export function computeReport(input: ReportInput): Report {
  const tolerance = input.toleranceMinutes * 60_000;
  /** Per post of the period: its row, its channels and those published (see PostState). */
  const posts = new Map<string, PostState>();
  for (const post of input.posts) {
    posts.set(post.id, { post, at: Number.NaN, channels: 0, published: 0 });
  }
  /** The posts with a planned channel, in the order their channels came. */
  const planned: PostState[] = [];

  const perChannel = new Map<string, ChannelFigures>();
  const targets = new Map(input.targets.channels.map((t) => [t.channelId, t]));
  const followers = new Map(input.followers.map((f) => [`${f.channelId}|${f.month}`, f.followers]));
  const startMonth = monthBefore(input.period.firstMonth);
  for (const c of input.channels) {
    const target = targets.get(c.id);
    const start = followers.get(`${c.id}|${startMonth}`) ?? null;
    const end = followers.get(`${c.id}|${input.period.lastMonth}`) ?? null;
    perChannel.set(c.id, {
      channelId: c.id,
      planned: 0,
      published: 0,
      onTime: 0,
      outsidePlan: 0,
      views: 0,
      reach: 0,
      engagement: 0,
      engagementRate: null,
      followersStart: start,
      followersEnd: end,
      followerGrowth: start !== null && end !== null && start > 0 ? end / start - 1 : null,
      target: {
        posts:
          target?.postsPerMonth === null || target?.postsPerMonth === undefined
            ? null
            : target.postsPerMonth * input.period.months,
        engagementRate: target?.engagementRate ?? null,
        followerGrowth: target?.followerGrowth ?? null,
      },
      postIds: { planned: [], published: [], late: [], notPublished: [] },
      unplannedIds: [],
    });
  }

  // Figures count for what went out (they come only for those, see ReportInput) and for the
  // period's publications outside the plan.
  const reachKnown = new Set<ChannelFigures>();
  const top: Report['topPosts'] = [];
  let postId: string | null = null;
  let state: PostState | undefined;
  for (const pc of input.postChannels) {
    if (pc.postId !== postId) {
      postId = pc.postId;
      state = posts.get(postId);
    }
    const row = perChannel.get(pc.channelId);
    if (!state || !row) continue;
    const id = state.post.id;
    if (pc.planned) {
      if (state.channels === 0) {
        state.at = instantMs(state.post.scheduledAt);
        planned.push(state);
      }
      state.channels += 1;
      row.planned += 1;
      row.postIds.planned.push(id);
      if (pc.publishedAt === null) {
        row.postIds.notPublished.push(id);
      } else {
        state.published += 1;
        row.published += 1;
        row.postIds.published.push(id);
        if (Math.abs(instantMs(pc.publishedAt) - state.at) <= tolerance) row.onTime += 1;
        else row.postIds.late.push(id);
      }
    }
    if (pc.engagement === null) continue;
    row.views += pc.views ?? 0;
    row.reach += pc.reach ?? 0;
    row.engagement += pc.engagement;
    if (pc.reach !== null) reachKnown.add(row);
    keepTop(top, state.post, pc.channelId, pc.engagement, pc.views ?? 0);
  }
  const unplannedIds = new Set<string>();
  for (const u of input.unplanned) {
    unplannedIds.add(u.id);
    const row = perChannel.get(u.channelId);
    if (!row) continue;
    row.outsidePlan += 1;
    row.unplannedIds.push(u.id);
  }
  for (const f of input.unplannedFigures) {
    const row = perChannel.get(f.channelId);
    if (!row || !unplannedIds.has(f.unplannedId)) continue;
    row.views += f.views ?? 0;
    row.reach += f.reach ?? 0;
    row.engagement += f.engagement;
    if (f.reach !== null) reachKnown.add(row);
  }
  for (const row of perChannel.values()) {
    row.engagementRate = reachKnown.has(row)
      ? ratio(row.engagement, row.reach)
      : ratio(row.engagement, row.views);
  }

  const channels = [...perChannel.values()];
  const sum = (pick: (c: ChannelFigures) => number) => channels.reduce((s, c) => s + pick(c), 0);
  let publishedPosts = 0;
  let partialPosts = 0;
  for (const state of planned) {
    if (state.published === state.channels) publishedPosts += 1;
    else if (state.published > 0) partialPosts += 1;
  }
  const totalReach = sum((c) => c.reach);
  const totalEngagement = sum((c) => c.engagement);

  return {
    period: input.period,
    totals: {
      plannedPosts: planned.length,
      publishedPosts,
      partialPosts,
      plannedChannels: sum((c) => c.planned),
      publishedChannels: sum((c) => c.published),
      onTimeRate: ratio(
        sum((c) => c.onTime),
        sum((c) => c.published),
      ),
      outsidePlan: sum((c) => c.outsidePlan),
      views: sum((c) => c.views),
      reach: totalReach,
      engagement: totalEngagement,
      engagementRate:
        totalReach > 0
          ? totalEngagement / totalReach
          : ratio(
              totalEngagement,
              sum((c) => c.views),
            ),
    },
    channels,
    approval: approvalFigures(input),
    pillars: pillarMix(input, planned),
    topPosts: top,
  };
}

/**
 * Puts a post channel among the top posts if it belongs there: most engagement first, then most
 * views, and on a tie the one met first, exactly the first ten of a stable sort of them all.
 */
function keepTop(
  top: Report['topPosts'],
  post: { id: string; title: string },
  channelId: string,
  engagement: number,
  views: number,
): void {
  // Written out rather than as a closure: this runs for each of a year's 36,000 figures.
  let at = top.length;
  while (
    at > 0 &&
    (top[at - 1]!.engagement < engagement ||
      (top[at - 1]!.engagement === engagement && top[at - 1]!.views < views))
  ) {
    at -= 1;
  }
  if (at >= topCount) return;
  top.splice(at, 0, { postId: post.id, title: post.title, channelId, engagement, views });
  if (top.length > topCount) top.pop();
}

function approvalFigures(input: ReportInput): Report['approval'] {
  const lastSubmit = new Map<string, number>();
  const hours: number[] = [];
  const submitted = new Set<string>();
  const changes = new Set<string>();
  const approved = new Set<string>();
  for (const entry of input.activity) {
    if (entry.action === 'submit') {
      submitted.add(entry.postId);
      lastSubmit.set(entry.postId, instantMs(entry.at));
    } else if (entry.action === 'request_changes') {
      changes.add(entry.postId);
      lastSubmit.delete(entry.postId);
    } else {
      const from = lastSubmit.get(entry.postId);
      if (from !== undefined) {
        hours.push((instantMs(entry.at) - from) / 3_600_000);
        approved.add(entry.postId);
      }
      lastSubmit.delete(entry.postId);
    }
  }
  hours.sort((a, b) => a - b);
  return {
    rounds: hours.length,
    medianHours: nearestRank(hours, 50),
    p90Hours: nearestRank(hours, 90),
    submittedPosts: submitted.size,
    changesRequestedPosts: changes.size,
    changesRequestedRate: ratio(changes.size, submitted.size),
    postIds: { changesRequested: [...changes], approved: [...approved] },
  };
}

function pillarMix(input: ReportInput, planned: readonly PostState[]): Report['pillars'] {
  const byPillar = new Map<string | null, string[]>();
  for (const { post } of planned) {
    const list = byPillar.get(post.campaignId);
    if (list) list.push(post.id);
    else byPillar.set(post.campaignId, [post.id]);
  }
  const targets = new Map(input.targets.pillars.map((t) => [t.campaignId, t.share]));
  const ids = new Set<string | null>([
    ...input.campaigns.map((c) => c.id).filter((id) => byPillar.has(id) || targets.has(id)),
    ...byPillar.keys(),
  ]);
  return [...ids].map((campaignId) => {
    const list = byPillar.get(campaignId) ?? [];
    return {
      campaignId,
      posts: list.length,
      share: planned.length > 0 ? list.length / planned.length : 0,
      target: campaignId === null ? null : (targets.get(campaignId) ?? null),
      postIds: list,
    };
  });
}
