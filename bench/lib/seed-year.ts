import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/main/db/connection';
import { analyticsRepository } from '../../src/main/db/repositories/analytics';

/**
 * A year of a busy office for the Kinerja benchmarks: 10,000 posts in 2026 on four channels
 * (40,000 post channels), 90% published with links, a submit and an approve in each post's log,
 * five content pillars, and five figure snapshots per post channel (200,000 rows). Written with
 * plain SQL in one transaction: the benchmark measures the report, not the seeding.
 */
export function seedYear(db: Db, options = { posts: 10_000, snapshotsPerChannel: 5 }) {
  const now = new Date().toISOString();
  const person = randomUUID();
  const approver = randomUUID();
  const platforms = ['instagram', 'facebook', 'x', 'youtube'] as const;
  const channels = platforms.map((platform, i) => ({ id: randomUUID(), platform, i }));
  const pillars = Array.from({ length: 5 }, (_, i) => ({
    id: randomUUID(),
    name: `Pilar ${i + 1}`,
  }));
  let state = 42;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  db.transaction(() => {
    db.prepare(
      `INSERT INTO people (id, name, role, created_at, updated_at) VALUES (?, 'Rina', 'planner', ?, ?)`,
    ).run(person, now, now);
    db.prepare(
      `INSERT INTO people (id, name, role, created_at, updated_at) VALUES (?, 'Bambang', 'approver', ?, ?)`,
    ).run(approver, now, now);
    for (const c of channels) {
      db.prepare(
        `INSERT INTO channels (id, platform, name, color, position, created_at, updated_at) VALUES (?, ?, ?, '#123456', ?, ?, ?)`,
      ).run(c.id, c.platform, `${c.platform} Pemkab`, c.i, now, now);
    }
    for (const p of pillars) {
      db.prepare(
        `INSERT INTO campaigns (id, name, color, created_at, updated_at) VALUES (?, ?, '#654321', ?, ?)`,
      ).run(p.id, p.name, now, now);
    }
    const post = db.prepare(`
      INSERT INTO posts (id, title, caption, status, scheduled_at, time_zone, campaign_id,
        submitted_by, approved_by, approved_at, created_by, created_at, updated_at, channel_summary)
      VALUES (?, ?, ?, ?, ?, 'Asia/Jakarta', ?, ?, ?, ?, ?, ?, ?, '[]')`);
    const link = db.prepare(
      `INSERT INTO post_channels (post_id, channel_id, format, caption_override, position) VALUES (?, ?, 'post', NULL, ?)`,
    );
    const publication = db.prepare(`
      INSERT INTO channel_publications (post_id, channel_id, published_at, permalink, source, marked_by, marked_at)
      VALUES (?, ?, ?, ?, 'manual', ?, ?)`);
    const activity = db.prepare(
      `INSERT INTO post_activity (post_id, actor_id, at, action, changes) VALUES (?, ?, ?, ?, '{}')`,
    );
    const snapshot = db.prepare(`
      INSERT INTO figure_snapshots (post_id, channel_id, as_of, source, views, reach, likes, comments,
        shares, saves, recorded_at)
      VALUES (?, ?, ?, 'import', ?, ?, ?, ?, ?, ?, ?)`);
    const start = Date.parse('2026-01-01T01:00:00Z');
    const yearMs = 364 * 86_400_000;
    for (let i = 0; i < options.posts; i++) {
      const id = randomUUID();
      const at = new Date(start + Math.floor((i / options.posts) * yearMs)).toISOString();
      const published = random() < 0.9;
      const submitted = new Date(Date.parse(at) - 3 * 86_400_000).toISOString();
      const approved = new Date(
        Date.parse(submitted) + Math.floor(random() * 48) * 3_600_000,
      ).toISOString();
      post.run(
        id,
        `Unggahan ${i}`,
        `Informasi layanan publik nomor ${i}`,
        published ? 'published' : 'approved',
        at,
        pillars[i % pillars.length]!.id,
        person,
        approver,
        approved,
        person,
        now,
        now,
      );
      activity.run(id, person, submitted, 'submit');
      activity.run(id, approver, approved, 'approve');
      channels.forEach((c, position) => {
        link.run(id, c.id, position);
        if (published) {
          const late = Math.floor(random() * 120) * 60_000;
          publication.run(
            id,
            c.id,
            new Date(Date.parse(at) + late).toISOString(),
            c.platform === 'instagram' ? `https://www.instagram.com/p/B${i}/` : '',
            person,
            now,
          );
        }
        for (let s = 0; s < options.snapshotsPerChannel; s++) {
          const views = Math.floor(random() * 10_000) * (s + 1);
          const day = new Date(Date.parse(at) + (s + 1) * 7 * 86_400_000)
            .toISOString()
            .slice(0, 10);
          snapshot.run(
            id,
            c.id,
            day,
            views,
            Math.floor(views * 0.8),
            Math.floor(views * 0.05),
            Math.floor(views * 0.01),
            Math.floor(views * 0.005),
            Math.floor(views * 0.004),
            now,
          );
        }
      });
    }
    // Snapshots written around saveSnapshot: their latest per post channel picked once.
    analyticsRepository(db).rebuildLatest();
  })();
  return { person, approver, channels, pillars };
}
