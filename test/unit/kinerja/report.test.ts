import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { analyticsRepository } from '../../../src/main/db/repositories/analytics';
import { parsePeriod, previousPeriod, type Report } from '../../../src/shared/domain/report';
import { useTempDir } from '../helpers';
import { acting } from '../acting';

const tempDir = useTempDir();
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-01T00:00:00.000Z';

const rina = uuid(1);
const bambang = uuid(2);
const ig = uuid(11);
const x = uuid(12);
const pillarA = uuid(21);
const pillarB = uuid(22);
const p1 = uuid(31);
const p2 = uuid(32);
const p3 = uuid(33);
const p4 = uuid(34);
const p5 = uuid(35);
const p6 = uuid(36);
const p7 = uuid(37);
const p8 = uuid(38);
const u1 = uuid(41);
const u2 = uuid(42);

/**
 * December 2026 in Asia/Jakarta (UTC+7), on-time tolerance 60 minutes. Every figure expected
 * below is worked out by hand from these rows (see the comments).
 */
function seedMonth(app: LinimasaApp) {
  const db = app.db;
  const run = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  const snapshots = analyticsRepository(db);
  run(`UPDATE settings SET time_zone = 'Asia/Jakarta'`);
  run(`UPDATE report_settings SET on_time_tolerance_minutes = 60`);
  run(
    `INSERT INTO people (id, name, role, created_at, updated_at) VALUES (?, 'Rina', 'planner', ?, ?)`,
    rina,
    at,
    at,
  );
  run(
    `INSERT INTO people (id, name, role, created_at, updated_at) VALUES (?, 'Bambang', 'approver', ?, ?)`,
    bambang,
    at,
    at,
  );
  run(
    `INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, 'instagram', 'IG', '#111111', 1, ?, ?)`,
    ig,
    at,
    at,
  );
  run(
    `INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, 'x', 'X', '#222222', 2, ?, ?)`,
    x,
    at,
    at,
  );
  run(
    `INSERT INTO campaigns (id, name, color, created_at, updated_at) VALUES (?, 'Layanan publik', '#333333', ?, ?)`,
    pillarA,
    at,
    at,
  );
  run(
    `INSERT INTO campaigns (id, name, color, created_at, updated_at) VALUES (?, 'Pariwisata', '#444444', ?, ?)`,
    pillarB,
    at,
    at,
  );
  const post = (
    id: string,
    title: string,
    scheduledAt: string,
    pillar: string | null,
    status = 'approved',
    deleted: string | null = null,
  ) =>
    run(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, campaign_id, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, 'Asia/Jakarta', ?, ?, ?, ?)`,
      id,
      title,
      status,
      scheduledAt,
      pillar,
      at,
      at,
      deleted,
    );
  post(p1, 'Jalan sehat', '2026-12-01T02:00:00.000Z', pillarA, 'published'); // 1 Des 09.00 WIB
  post(p2, 'Vaksinasi', '2026-12-10T03:00:00.000Z', pillarA, 'published'); // 10 Des 10.00
  post(p3, 'Festival pantai', '2026-12-20T08:00:00.000Z', pillarB); // 20 Des 15.00
  post(p4, 'Malam tahun baru', '2026-12-31T16:30:00.000Z', null, 'published'); // 31 Des 23.30
  post(p5, 'Hari Guru', '2026-11-30T02:00:00.000Z', pillarB, 'published'); // November
  post(p6, 'Tahun baru', '2026-12-31T17:30:00.000Z', pillarA); // 1 Jan 2027 00.30 WIB: January
  post(p7, 'Dihapus', '2026-12-05T02:00:00.000Z', pillarA, 'approved', at); // in the trash
  post(p8, 'Batal', '2026-12-06T02:00:00.000Z', pillarA, 'cancelled');
  const link = (postId: string, channelId: string, position: number) =>
    run(`INSERT INTO post_channels VALUES (?, ?, 'post', NULL, ?)`, postId, channelId, position);
  link(p1, ig, 0);
  link(p1, x, 1);
  link(p2, ig, 0);
  link(p3, ig, 0);
  link(p3, x, 1);
  link(p4, x, 0);
  link(p5, ig, 0);
  link(p6, ig, 0);
  link(p7, ig, 0);
  link(p8, ig, 0);
  const published = (postId: string, channelId: string, when: string) =>
    run(
      `INSERT INTO channel_publications (post_id, channel_id, published_at, source, marked_at) VALUES (?, ?, ?, 'manual', ?)`,
      postId,
      channelId,
      when,
      at,
    );
  published(p1, ig, '2026-12-01T02:30:00.000Z'); // 30 min: on time
  published(p1, x, '2026-12-01T04:00:00.000Z'); // 120 min: late
  published(p2, ig, '2026-12-10T03:00:00.000Z'); // on time
  published(p3, ig, '2026-12-20T09:30:00.000Z'); // 90 min: late; X not published: partial
  published(p4, x, '2026-12-31T16:40:00.000Z'); // 10 min: on time
  published(p5, ig, '2026-11-30T02:00:00.000Z');
  published(p7, ig, '2026-12-05T02:00:00.000Z'); // trashed: not counted
  run(
    `INSERT INTO unplanned_publications (id, channel_id, published_at, created_at) VALUES (?, ?, '2026-12-07T01:00:00.000Z', ?)`,
    u1,
    ig,
    at,
  );
  run(
    `INSERT INTO unplanned_publications (id, channel_id, published_at, created_at) VALUES (?, ?, '2026-11-15T01:00:00.000Z', ?)`,
    u2,
    x,
    at,
  );
  const figures = (
    target: { post?: string; unplanned?: string },
    channelId: string,
    asOf: string,
    f: (number | null)[],
  ) =>
    // Through the repository, which keeps figure_latest (what the report reads) with it.
    snapshots.saveSnapshot(
      target.post ? { postId: target.post } : { unplannedId: target.unplanned! },
      {
        channelId,
        asOf,
        source: 'import',
        importId: null,
        recordedAt: at,
        views: f[0] ?? null,
        reach: f[1] ?? null,
        likes: f[2] ?? null,
        comments: f[3] ?? null,
        shares: f[4] ?? null,
        saves: f[5] ?? null,
      },
    );
  figures({ post: p1 }, ig, '2026-12-05', [1000, 800, 50, 5, 3, 2]); // older: not counted
  figures({ post: p1 }, ig, '2026-12-12', [2000, 1500, 100, 10, 6, 4]); // engagement 120
  figures({ post: p1 }, x, '2026-12-12', [500, null, 20, 2, 3, null]); // 25
  figures({ post: p2 }, ig, '2026-12-12', [3000, 2500, 200, 20, 10, 20]); // 250
  figures({ post: p3 }, ig, '2026-12-28', [1000, 900, 40, 5, 5, 0]); // 50
  figures({ post: p3 }, x, '2026-12-28', [999, null, 9, 9, 9, 9]); // X not published: not counted
  figures({ post: p4 }, x, '2027-01-02', [100, null, 5, 0, 0, 0]); // 5
  figures({ unplanned: u1 }, ig, '2026-12-12', [700, 600, 30, 3, 2, 5]); // 40
  figures({ post: p7 }, ig, '2026-12-12', [5000, 5000, 500, 0, 0, 0]); // trashed
  const step = (postId: string, action: string, when: string, by: string) =>
    run(
      `INSERT INTO post_activity (post_id, actor_id, at, action) VALUES (?, ?, ?, ?)`,
      postId,
      by,
      when,
      action,
    );
  step(p1, 'submit', '2026-11-25T01:00:00.000Z', rina);
  step(p1, 'approve', '2026-11-25T05:00:00.000Z', bambang); // 4 h
  step(p2, 'submit', '2026-12-01T00:00:00.000Z', rina);
  step(p2, 'request_changes', '2026-12-01T02:00:00.000Z', bambang);
  step(p2, 'submit', '2026-12-02T00:00:00.000Z', rina);
  step(p2, 'approve', '2026-12-03T00:00:00.000Z', bambang); // 24 h
  step(p3, 'submit', '2026-12-10T00:00:00.000Z', rina);
  step(p3, 'approve', '2026-12-10T10:00:00.000Z', bambang); // 10 h
  step(p4, 'submit', '2026-12-20T00:00:00.000Z', rina);
  step(p4, 'approve', '2026-12-22T00:00:00.000Z', bambang); // 48 h
  run(`INSERT INTO channel_followers VALUES (?, '2026-11', 1000, ?)`, ig, at);
  run(`INSERT INTO channel_followers VALUES (?, '2026-12', 1250, ?)`, ig, at);
  run(`INSERT INTO channel_followers VALUES (?, '2026-12', 500, ?)`, x, at);
  run(`INSERT INTO report_targets VALUES (2026, ?, 4, 0.05, 0.02, ?)`, ig, at);
  run(`INSERT INTO pillar_targets VALUES (2026, ?, 0.5, ?)`, pillarA, at);
  run(`INSERT INTO pillar_targets VALUES (2026, ?, 0.5, ?)`, pillarB, at);
}

describe('periods', () => {
  it('reads month, quarter and year, and the period before each', () => {
    expect(parsePeriod('2026-12')).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-31',
      months: 1,
    });
    expect(parsePeriod('2026-Q1')).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      months: 3,
    });
    expect(parsePeriod('2026')).toMatchObject({ from: '2026-01-01', to: '2026-12-31', months: 12 });
    expect(parsePeriod('2026-13')).toBeNull();
    expect(previousPeriod(parsePeriod('2026-01')!).id).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-Q1')!).id).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026')!).id).toBe('2025');
  });
});

describe('the report of a seeded month, against figures worked out by hand', () => {
  it('computes every figure of December 2026 and November beside it', async () => {
    const app = openApp(join(tempDir(), 'data'));
    try {
      seedMonth(app);
      const reply = await acting(app)('report.get', { period: '2026-12' });
      if (!reply.ok) throw new Error(reply.error.message);
      const { report, previous } = reply.value as {
        report: Report;
        previous: Report;
      };
      expect(report.totals).toEqual({
        plannedPosts: 4, // P1–P4; P6 is January (WIB), P7 in the trash, P8 cancelled
        publishedPosts: 3, // P1 (both channels), P2, P4
        partialPosts: 1, // P3: IG only
        plannedChannels: 6,
        publishedChannels: 5,
        onTimeRate: 3 / 5, // P1/IG, P2/IG, P4/X
        outsidePlan: 1, // U1
        views: 2000 + 500 + 3000 + 1000 + 100 + 700,
        reach: 1500 + 2500 + 900 + 600,
        engagement: 120 + 25 + 250 + 50 + 5 + 40,
        engagementRate: 490 / 5500,
      });
      const [igRow, xRow] = report.channels;
      expect(igRow).toMatchObject({
        channelId: ig,
        planned: 3,
        published: 3,
        onTime: 2,
        outsidePlan: 1,
        views: 6700,
        reach: 5500,
        engagement: 460,
        engagementRate: 460 / 5500,
        followersStart: 1000,
        followersEnd: 1250,
        followerGrowth: 0.25,
        target: { posts: 4, engagementRate: 0.05, followerGrowth: 0.02 },
        postIds: { planned: [p1, p2, p3], published: [p1, p2, p3], late: [p3], notPublished: [] },
        unplannedIds: [u1],
      });
      expect(xRow).toMatchObject({
        channelId: x,
        planned: 3,
        published: 2,
        onTime: 1,
        outsidePlan: 0,
        views: 600,
        reach: 0,
        engagement: 30,
        engagementRate: 30 / 600, // no reach on X: over views
        followersStart: null,
        followersEnd: 500,
        followerGrowth: null,
        target: { posts: null, engagementRate: null, followerGrowth: null },
      });
      expect(new Set(xRow!.postIds.late)).toEqual(new Set([p1]));
      expect(new Set(xRow!.postIds.notPublished)).toEqual(new Set([p3]));
      expect(report.approval).toEqual({
        rounds: 4,
        medianHours: 10, // [4, 10, 24, 48], nearest rank
        p90Hours: 48,
        submittedPosts: 4,
        changesRequestedPosts: 1,
        changesRequestedRate: 0.25,
        // The posts behind the turnaround: each approval that closed a round, in time order.
        postIds: { changesRequested: [p2], approved: [p1, p2, p3, p4] },
      });
      expect(report.pillars).toEqual([
        { campaignId: pillarA, posts: 2, share: 0.5, target: 0.5, postIds: [p1, p2] },
        { campaignId: pillarB, posts: 1, share: 0.25, target: 0.5, postIds: [p3] },
        { campaignId: null, posts: 1, share: 0.25, target: null, postIds: [p4] },
      ]);
      expect(report.topPosts.map((t) => [t.postId, t.channelId, t.engagement])).toEqual([
        [p2, ig, 250],
        [p1, ig, 120],
        [p3, ig, 50],
        [p1, x, 25],
        [p4, x, 5],
      ]);
      expect(previous.period.id).toBe('2026-11');
      expect(previous.totals).toMatchObject({
        plannedPosts: 1,
        publishedPosts: 1,
        onTimeRate: 1,
        outsidePlan: 1,
      });
      // The bare SQL aggregation agrees on the planned channels' counts and sums.
      const sql = app.services.report.aggregate('2026-12');
      expect(sql.find((r) => r.channelId === ig)).toEqual({
        channelId: ig,
        planned: 3,
        published: 3,
        onTime: 2,
        views: 6000,
        reach: 4900,
        engagement: 420,
      });
    } finally {
      app.close();
    }
  });
});
