import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../src/main/app';
import type { Db } from '../src/main/db/connection';
import { channelSummary } from '../src/main/db/repositories/posts';
import { csvFormat } from '../src/main/export/formats/csv';
import { icsFormat } from '../src/main/export/formats/ics';
import { jsonFormat } from '../src/main/export/formats/json';
import type { FormatWriter } from '../src/main/export/formats/types';
import { writeFileAtomically } from '../src/main/export/output-file';
import { loadSchedule } from '../src/main/export/schedule';
import { defaultPlatformColors, platforms } from '../src/shared/domain/channels';
import { exportFilterSchema, scheduleRows } from '../src/shared/domain/exports';
import { postFormats } from '../src/shared/domain/posts';
import { addDaysLocal, toInstant } from '../src/shared/time';
import type { Benchmark, Metric } from './lib/types';
import { percentile, round } from './lib/measure';

const posts = 10_000;
const year = { from: '2027-01-01', to: '2027-12-31', days: 365 };
const words = ['pelayanan', 'publik', 'festival', 'budaya', 'jembatan', 'puskesmas', 'vaksinasi'];
const extras = [
  'Info: "Sukamaju Sehat", gratis; daftar di kantor desa.',
  'Baris baru\nEmoji 🇮🇩🎉 — é ü ✓',
  'Hubungi 0812-3456-7890, Senin–Jumat.',
];

/** Deterministic, so every run exports the same office. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A year of approved posts on 8 channels, written straight through SQL (seedBulk spreads
 * random statuses over five years, more than one export may cover). Captions of about 300
 * characters with quotes, commas, line breaks and emoji, so CSV quoting and ICS folding work.
 */
function seedApprovedYear(db: Db): void {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const now = new Date().toISOString();
  db.transaction(() => {
    const person = db.prepare(
      'INSERT INTO people (id, name, role, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)',
    );
    const planners = ['Rina Marlina', 'Dedi Kurniawan', 'Sri Wahyuni'].map((name) => {
      const id = randomUUID();
      person.run(id, name, 'planner', now, now);
      return id;
    });
    const approver = randomUUID();
    person.run(approver, 'Bambang Wicaksono', 'approver', now, now);
    const campaign = db.prepare(
      "INSERT INTO campaigns (id, name, color, description, archived, created_at, updated_at) VALUES (?, ?, '#607d8b', '', 0, ?, ?)",
    );
    const campaigns = ['Sukamaju Sehat', 'Wisata', 'Layanan Publik', 'Infrastruktur'].map(
      (name) => {
        const id = randomUUID();
        campaign.run(id, name, now, now);
        return id;
      },
    );
    const channel = db.prepare(
      "INSERT INTO channels (id, platform, name, handle, color, active, position, created_at, updated_at) VALUES (?, ?, ?, '', ?, 1, ?, ?, ?)",
    );
    const channels = platforms.map((platform, i) => {
      const id = randomUUID();
      channel.run(id, platform, `Humas ${platform}`, defaultPlatformColors[platform], i, now, now);
      return id;
    });

    const post = db.prepare(`
      INSERT INTO posts (id, title, caption, link, hashtags, campaign_id, assignee_id, status,
                         scheduled_at, time_zone, approved_by, approved_at, created_at, updated_at,
                         version, channel_summary)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'approved', ?, 'Asia/Jakarta', ?, ?, ?, ?, 3, ?)`);
    const link = db.prepare(
      'INSERT INTO post_channels (post_id, channel_id, format, caption_override, position) VALUES (?, ?, ?, ?, ?)',
    );
    const tag = db.prepare('INSERT INTO post_tags (post_id, tag) VALUES (?, ?)');
    for (let i = 0; i < posts; i++) {
      const id = randomUUID();
      const date = addDaysLocal(year.from, Math.floor((i / posts) * year.days));
      const time = `${String(6 + Math.floor(next() * 15)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
      const caption = `${Array.from({ length: 30 }, () => pick(words)).join(' ')}. ${pick(extras)}`;
      const chosen = new Set<string>();
      const count = 1 + Math.floor(next() * 3);
      while (chosen.size < count) chosen.add(pick(channels));
      const links = [...chosen].map((channelId) => ({ channelId, format: pick(postFormats) }));
      post.run(
        id,
        `${pick(words)} ${pick(words)} ${i}`,
        caption,
        next() < 0.5 ? `https://sukamajukab.go.id/berita/${i}` : '',
        JSON.stringify(['Sukamaju', pick(words)]),
        pick(campaigns),
        pick(planners),
        toInstant(date, time, 'Asia/Jakarta'),
        approver,
        now,
        now,
        now,
        channelSummary(links),
      );
      links.forEach((l, position) =>
        link.run(id, l.channelId, l.format, next() < 0.2 ? 'Versi pendek' : null, position),
      );
      tag.run(id, pick(words));
    }
  })();
}

/** Median of 3 timed runs after one warm-up, in seconds: read the schedule, write the file. */
async function timeExport(db: Db, dir: string, format: FormatWriter, name: string) {
  const filter = exportFilterSchema.parse({ from: year.from, to: year.to });
  const run = async () => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const schedule = loadSchedule(db, filter);
    const file = await writeFileAtomically(join(dir, name), (out) =>
      format.write(schedule, out, {}),
    );
    const used = process.cpuUsage(cpu);
    // CPU time beside wall time: on a shared machine the wall figure also holds others' load.
    const cpuSeconds = (used.user + used.system) / 1e6;
    return { seconds: (performance.now() - start) / 1000, cpuSeconds, schedule, file };
  };
  await run();
  const runs = [await run(), await run(), await run()];
  const { schedule, file } = runs[0]!;
  process.stderr.write(
    `  ${name}: ${schedule.posts.length} posts, ${scheduleRows(schedule).length} rows, ` +
      `${(file.bytes / 1e6).toFixed(1)} MB; runs ${runs.map((r) => r.seconds.toFixed(3)).join(', ')} s ` +
      `(CPU ${runs.map((r) => r.cpuSeconds.toFixed(3)).join(', ')} s)\n`,
  );
  return percentile(
    runs.map((r) => r.seconds),
    50,
  );
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['export.csv_10k_s', 'export.ics_10k_s', 'export.json_10k_s'],
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-export-'));
      const app = openApp(join(dir, 'data'), { validateResponses: false });
      try {
        seedApprovedYear(app.db);
        const exports = join(dir, 'exports');
        const metrics: Metric[] = [];
        const formats: [string, FormatWriter, string][] = [
          ['export.csv_10k_s', csvFormat, 'jadwal.csv'],
          ['export.ics_10k_s', icsFormat, 'jadwal.ics'],
          ['export.json_10k_s', jsonFormat, 'jadwal.json'],
        ];
        for (const [metric, format, name] of formats) {
          const seconds = await timeExport(app.db, exports, format, name);
          metrics.push({ name: metric, value: round(seconds), unit: 's' });
        }
        return metrics;
      } finally {
        app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
