import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { analyticsRepository } from '../../../src/main/db/repositories/analytics';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-01T00:00:00.000Z';
const ig = uuid(11);
const x = uuid(12);
const p1 = uuid(31);
const p2 = uuid(32);
const p3 = uuid(33);

/**
 * December 2026 (Asia/Jakarta): P1 went out on IG and X and X was then taken off it; P2 went out
 * on IG; P3 went out on X and X was taken off it, leaving it no channel. A channel taken off
 * after it went out stays published: not planned, but its figures count, in their place among
 * the others (P1/X ties P2/IG and comes first, as P1 does). On-time tolerance 30 minutes: P1
 * went out 30 minutes after its time (on time), P2 one millisecond later than that (late).
 */
function seedMonth(app: LinimasaApp) {
  const db = app.db;
  const run = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  run(`UPDATE settings SET time_zone = 'Asia/Jakarta'`);
  run(`UPDATE report_settings SET on_time_tolerance_minutes = 30`);
  for (const [id, platform, position] of [
    [ig, 'instagram', 1],
    [x, 'x', 2],
  ] as const) {
    run(
      `INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, ?, ?, '#111111', ?, ?, ?)`,
      id,
      platform,
      platform,
      position,
      at,
      at,
    );
  }
  const post = (id: string, title: string, scheduledAt: string, channels: string[], lateMs = 0) => {
    run(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, created_at, updated_at)
       VALUES (?, ?, 'published', ?, 'Asia/Jakarta', ?, ?)`,
      id,
      title,
      scheduledAt,
      at,
      at,
    );
    channels.forEach((channelId, position) => {
      run(`INSERT INTO post_channels VALUES (?, ?, 'post', NULL, ?)`, id, channelId, position);
      run(
        `INSERT INTO channel_publications (post_id, channel_id, published_at, source, marked_at) VALUES (?, ?, ?, 'manual', ?)`,
        id,
        channelId,
        new Date(Date.parse(scheduledAt) + lateMs).toISOString(),
        at,
      );
    });
  };
  post(p1, 'Jalan sehat', '2026-12-01T02:00:00.000Z', [ig, x], 30 * 60_000);
  post(p2, 'Vaksinasi', '2026-12-10T03:00:00.000Z', [ig], 30 * 60_000 + 1);
  post(p3, 'Festival pantai', '2026-12-20T08:00:00.000Z', [x]);
  const figures = (
    postId: string,
    channelId: string,
    views: number,
    reach: number | null,
    likes: number,
  ) =>
    analyticsRepository(db).saveSnapshot(
      { postId },
      {
        channelId,
        asOf: '2026-12-28',
        source: 'import',
        importId: null,
        recordedAt: at,
        views,
        reach,
        likes,
        comments: 0,
        shares: null,
        saves: null,
      },
    );
  figures(p1, ig, 1000, 800, 100);
  figures(p1, x, 500, null, 40);
  figures(p2, ig, 500, 400, 40);
  figures(p3, x, 200, null, 10);
  // Taken off after they went out: the publications stay.
  run(`DELETE FROM post_channels WHERE post_id = ? AND channel_id = ?`, p1, x);
  run(`DELETE FROM post_channels WHERE post_id = ? AND channel_id = ?`, p3, x);
}

describe('a channel taken off its post after it went out', () => {
  it('is not planned, and its figures count in their place among the others', () => {
    const app = openApp(join(tempDir(), 'data'));
    try {
      seedMonth(app);
      const { report } = app.services.report.compute('2026-12');
      expect(report.totals).toEqual({
        plannedPosts: 2, // P1 (IG), P2; P3 has no channel left
        publishedPosts: 2,
        partialPosts: 0,
        plannedChannels: 2,
        publishedChannels: 2,
        onTimeRate: 1 / 2, // P1/IG 30 min: on time; P2/IG 30 min 1 ms: late
        outsidePlan: 0,
        views: 1000 + 500 + 500 + 200,
        reach: 800 + 400,
        engagement: 100 + 40 + 40 + 10,
        engagementRate: 190 / 1200,
      });
      const [igRow, xRow] = report.channels;
      expect(igRow).toMatchObject({
        channelId: ig,
        planned: 2,
        published: 2,
        onTime: 1,
        views: 1500,
        reach: 1200,
        engagement: 140,
        engagementRate: 140 / 1200,
        postIds: { planned: [p1, p2], published: [p1, p2], late: [p2], notPublished: [] },
      });
      expect(xRow).toMatchObject({
        channelId: x,
        planned: 0,
        published: 0,
        views: 700,
        reach: 0,
        engagement: 50,
        engagementRate: 50 / 700, // no reach on X: over views
        postIds: { planned: [], published: [], late: [], notPublished: [] },
      });
      expect(report.topPosts.map((t) => [t.postId, t.channelId, t.engagement, t.views])).toEqual([
        [p1, ig, 100, 1000],
        [p1, x, 40, 500], // ties P2/IG: met first, P1 before P2
        [p2, ig, 40, 500],
        [p3, x, 10, 200],
      ]);
      expect(report.pillars).toEqual([
        { campaignId: null, posts: 2, share: 1, target: null, postIds: [p1, p2] },
      ]);
    } finally {
      app.close();
    }
  });
});
