import { randomUUID } from 'node:crypto';
import { defaultPlatformColors, platforms } from '../../shared/domain/channels';
import { postFormats } from '../../shared/domain/posts';
import { postStatuses } from '../../shared/domain/post-status';
import type { Db } from './connection';
import { nowIso } from './clock';
import { channelSummary } from './repositories/posts';
import { settingsRepository } from './repositories/settings';
import { addDaysLocal, toInstant, todayIn } from '../../shared/time';

const words = [
  'pelayanan',
  'publik',
  'festival',
  'budaya',
  'jalan',
  'jembatan',
  'sekolah',
  'puskesmas',
  'bupati',
  'rapat',
  'koordinasi',
  'vaksinasi',
  'posyandu',
  'pasar',
  'murah',
  'UMKM',
  'wisata',
  'pantai',
  'desa',
  'pelantikan',
  'pejabat',
  'banjir',
  'bantuan',
  'sosial',
  'pajak',
  'kendaraan',
  'perizinan',
  'online',
  'kebersihan',
  'lingkungan',
  'pemuda',
  'olahraga',
  'hari',
  'jadi',
  'kabupaten',
  'sehat',
  'stunting',
];

/** Deterministic pseudo-random numbers, so two benchmark runs seed the same office. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SeedBulkResult {
  posts: number;
  channels: number;
  from: string;
  to: string;
}

/**
 * N posts spread evenly over five years (two and a half either side of today) on 12 channels,
 * written straight through SQL in one transaction: it exists to build benchmark databases of
 * 100,000 posts in seconds, not to exercise the services.
 */
export function seedBulk(db: Db, options: { posts: number; seed?: number }): SeedBulkResult {
  const next = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const zone = settingsRepository(db).get().timeZone;
  const now = nowIso();
  const from = addDaysLocal(todayIn(zone), -913);
  const days = 1826;

  return db.transaction(() => {
    const existing = db.prepare('SELECT id FROM channels').all() as { id: string }[];
    const channelIds = existing.map((c) => c.id);
    const insertChannel = db.prepare(`
      INSERT INTO channels (id, platform, name, handle, color, active, position, created_at, updated_at)
      VALUES (?, ?, ?, '', ?, 1, (SELECT coalesce(max(position), 0) + 1 FROM channels), ?, ?)`);
    for (let i = channelIds.length; i < 12; i++) {
      const platform = platforms[i % platforms.length]!;
      const id = randomUUID();
      insertChannel.run(id, platform, `Kanal ${i + 1}`, defaultPlatformColors[platform], now, now);
      channelIds.push(id);
    }

    const insertPost = db.prepare(`
      INSERT INTO posts (id, title, caption, hashtags, status, scheduled_at, time_zone, created_at, updated_at, version, channel_summary)
      VALUES (?, ?, ?, '[]', ?, ?, ?, ?, ?, 1, ?)`);
    const insertChannelLink = db.prepare(
      'INSERT INTO post_channels (post_id, channel_id, format, caption_override, position) VALUES (?, ?, ?, NULL, ?)',
    );
    const insertTag = db.prepare('INSERT OR IGNORE INTO post_tags (post_id, tag) VALUES (?, ?)');
    const insertFts = db.prepare('INSERT INTO posts_fts (rowid, title, body) VALUES (?, ?, ?)');

    for (let i = 0; i < options.posts; i++) {
      const id = randomUUID();
      const title = `${pick(words)} ${pick(words)} ${pick(words)}`;
      const caption = Array.from({ length: 12 }, () => pick(words)).join(' ');
      const date = addDaysLocal(from, Math.floor((i / options.posts) * days));
      const time = `${String(6 + Math.floor(next() * 15)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
      const count = 1 + Math.floor(next() * 3);
      const chosen = new Set<string>();
      while (chosen.size < count) chosen.add(pick(channelIds));
      const links = [...chosen].map((channelId) => ({ channelId, format: pick(postFormats) }));
      const status = pick(postStatuses);
      const scheduledAt = toInstant(date, time, zone);
      const result = insertPost.run(
        id,
        title,
        caption,
        status,
        scheduledAt,
        zone,
        now,
        now,
        channelSummary(links),
      );
      links.forEach((link, position) =>
        insertChannelLink.run(id, link.channelId, link.format, position),
      );
      const tag = pick(words).toLowerCase();
      insertTag.run(id, tag);
      insertFts.run(result.lastInsertRowid, title, `${caption}\n${tag}`);
    }
    return {
      posts: options.posts,
      channels: channelIds.length,
      from,
      to: addDaysLocal(from, days - 1),
    };
  })();
}
