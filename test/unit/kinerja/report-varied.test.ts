import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { analyticsRepository } from '../../../src/main/db/repositories/analytics';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-${String(8000 + kind)}-${String(n).padStart(12, '0')}`;
const at = '2026-01-01T00:00:00.000Z';

/**
 * Two quarters of an office with every case the report tells apart, from a fixed pseudo-random
 * sequence: posts in the trash and cancelled, channels published late, early and not at all, a
 * channel published and then taken off its post, publications outside the plan with and without
 * figures, figures with unknown reach, several snapshots per item, approval rounds with
 * "Minta revisi" and entries at the same instant. The figures were recorded from the report as it
 * was computed before its speed-up (issue 15), so any change to a number, a list or its order
 * shows here.
 */
function seedQuarters(app: LinimasaApp) {
  const db = app.db;
  const snapshots = analyticsRepository(db);
  let state = 7;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const run = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  run(`UPDATE settings SET time_zone = 'Asia/Jakarta'`);
  run(`UPDATE report_settings SET on_time_tolerance_minutes = 30`);
  const person = uuid(1, 1);
  run(
    `INSERT INTO people (id, name, role, created_at, updated_at) VALUES (?, 'Rina', 'planner', ?, ?)`,
    person,
    at,
    at,
  );
  const channels = ['instagram', 'facebook', 'x'].map((platform, i) => {
    const id = uuid(2, 10 - i); // ids not in position order
    run(
      `INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, ?, ?, '#123456', ?, ?, ?)`,
      id,
      platform,
      `${platform} Pemkab`,
      i,
      at,
      at,
    );
    return id;
  });
  const pillars = [1, 2, 3].map((n) => {
    const id = uuid(3, n);
    run(
      `INSERT INTO campaigns (id, name, color, created_at, updated_at) VALUES (?, ?, '#654321', ?, ?)`,
      id,
      `Pilar ${n}`,
      at,
      at,
    );
    return id;
  });
  const figures = (target: { postId: string } | { unplannedId: string }, channelId: string) => {
    const count = Math.floor(random() * 3);
    for (let s = 0; s < count; s++) {
      const views = Math.floor(random() * 5000);
      snapshots.saveSnapshot(target, {
        channelId,
        asOf: `2026-${pick(['10', '11', '12'])}-${String(1 + s * 9).padStart(2, '0')}`,
        source: 'import',
        importId: null,
        recordedAt: at,
        views: random() < 0.1 ? null : views,
        reach: random() < 0.3 ? null : Math.floor(views * 0.7),
        likes: Math.floor(views * 0.04),
        comments: random() < 0.2 ? null : Math.floor(views * 0.01),
        shares: Math.floor(views * 0.005),
        saves: random() < 0.5 ? null : Math.floor(views * 0.002),
      });
    }
  };
  const start = Date.parse('2026-06-30T12:00:00Z');
  for (let i = 0; i < 160; i++) {
    // Ids in an order unrelated to the schedule, as UUIDs are.
    const id = uuid(4, (i * 37) % 160);
    const scheduled = start + Math.floor(random() * 185 * 86_400_000);
    const scheduledAt = new Date(scheduled - (scheduled % 60_000)).toISOString();
    const status = pick(['approved', 'published', 'published', 'published', 'cancelled']);
    run(
      `INSERT INTO posts (id, title, status, scheduled_at, time_zone, campaign_id, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, 'Asia/Jakarta', ?, ?, ?, ?)`,
      id,
      `Unggahan ${i}`,
      status,
      scheduledAt,
      random() < 0.2 ? null : pick(pillars),
      at,
      at,
      random() < 0.05 ? at : null,
    );
    const on = channels.filter(() => random() < 0.7);
    on.forEach((channelId, position) =>
      run(`INSERT INTO post_channels VALUES (?, ?, 'post', NULL, ?)`, id, channelId, position),
    );
    // Published channels, and now and then one taken off the post after it went out.
    const published = status === 'cancelled' ? [] : on.filter(() => random() < 0.8);
    if (random() < 0.1) published.push(channels.find((c) => !on.includes(c)) ?? channels[0]!);
    for (const channelId of new Set(published)) {
      const delay = Math.floor((random() - 0.3) * 90) * 60_000;
      run(
        `INSERT INTO channel_publications (post_id, channel_id, published_at, source, marked_at) VALUES (?, ?, ?, 'manual', ?)`,
        id,
        channelId,
        new Date(scheduled + delay).toISOString(),
        at,
      );
    }
    for (const channelId of channels) if (random() < 0.8) figures({ postId: id }, channelId);
    // Approval rounds; now and then a request for changes, entries at the same instant.
    let when = scheduled - 4 * 86_400_000;
    const rounds = 1 + Math.floor(random() * 3);
    for (let r = 0; r < rounds; r++) {
      const steps: string[] = ['submit', r < rounds - 1 ? 'request_changes' : 'approve'];
      if (random() < 0.1) steps.unshift('approve'); // an approval without a submit before it
      for (const action of steps) {
        if (random() < 0.7) when += Math.floor(random() * 30) * 3_600_000;
        run(
          `INSERT INTO post_activity (post_id, actor_id, at, action) VALUES (?, ?, ?, ?)`,
          id,
          person,
          new Date(when).toISOString(),
          action,
        );
      }
    }
  }
  for (let i = 0; i < 30; i++) {
    const id = uuid(5, (i * 7) % 30);
    const channelId = pick(channels);
    const published = new Date(start + Math.floor(random() * 185 * 86_400_000)).toISOString();
    run(
      `INSERT INTO unplanned_publications (id, channel_id, published_at, created_at) VALUES (?, ?, ?, ?)`,
      id,
      channelId,
      published,
      at,
    );
    figures({ unplannedId: id }, channelId);
  }
  run(`INSERT INTO channel_followers VALUES (?, '2026-09', 1000, ?)`, channels[0], at);
  run(`INSERT INTO channel_followers VALUES (?, '2026-12', 1300, ?)`, channels[0], at);
  run(`INSERT INTO report_targets VALUES (2026, ?, 10, 0.05, 0.02, ?)`, channels[1], at);
  run(`INSERT INTO pillar_targets VALUES (2026, ?, 0.4, ?)`, pillars[0], at);
}

describe('the report of two varied quarters', () => {
  it('gives every figure, list and order as recorded before the speed-up', () => {
    const app = openApp(join(tempDir(), 'data'));
    try {
      seedQuarters(app);
      for (const period of ['2026-12', '2026-Q4']) {
        expect(app.services.report.compute(period)).toMatchSnapshot(period);
      }
    } finally {
      app.close();
    }
  });
});
