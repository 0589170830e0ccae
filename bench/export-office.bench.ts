import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp, type LinimasaApp } from '../src/main/app';
import { seedDemo } from '../src/main/cli/seed-demo';
import { nowIso } from '../src/main/db/clock';
import type { Db } from '../src/main/db/connection';
import { channelSummary } from '../src/main/db/repositories/posts';
import { pdfFormat } from '../src/main/export/formats/pdf';
import type { FormatWriter } from '../src/main/export/formats/types';
import { xlsxFormat } from '../src/main/export/formats/xlsx';
import { writeFileAtomically } from '../src/main/export/output-file';
import { loadSchedule } from '../src/main/export/schedule';
import { exportFilterSchema, scheduleRows } from '../src/shared/domain/exports';
import { postFormats } from '../src/shared/domain/posts';
import { addDaysLocal, toInstant } from '../src/shared/time';
import type { Benchmark, Metric } from './lib/types';
import { percentile, round } from './lib/measure';

const runs = 3;

const words = (
  'pelayanan publik festival budaya jalan jembatan sekolah puskesmas bupati rapat koordinasi ' +
  'vaksinasi posyandu pasar murah UMKM wisata pantai desa pelantikan pejabat banjir bantuan ' +
  'sosial pajak kendaraan perizinan online kebersihan lingkungan pemuda olahraga kabupaten sehat'
).split(' ');

/** Deterministic, so two runs export the same office. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `posts` approved posts spread over `days` office-local days from `from`, each on one or two of
 * the demo office's channels, with an owner, an approver, a content pillar for most, a caption
 * of a few lines and hashtags: what an export reads, written straight through SQL in one
 * transaction (the services would take minutes for 10,000 posts).
 */
function seedApproved(db: Db, options: { posts: number; from: string; days: number }): void {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  const zone = 'Asia/Jakarta';
  const now = nowIso();
  const channels = (db.prepare('SELECT id FROM channels').all() as { id: string }[]).map(
    (c) => c.id,
  );
  const people = db.prepare('SELECT id, role FROM people').all() as { id: string; role: string }[];
  const planners = people.filter((p) => p.role === 'planner').map((p) => p.id);
  const approver = people.find((p) => p.role === 'approver')!.id;
  const campaigns = (db.prepare('SELECT id FROM campaigns').all() as { id: string }[]).map(
    (c) => c.id,
  );
  const insertPost = db.prepare(`
    INSERT INTO posts (id, title, caption, link, hashtags, campaign_id, assignee_id, status,
                       scheduled_at, time_zone, approved_by, approved_at, created_at, updated_at,
                       version, channel_summary)
    VALUES (?, ?, ?, ?, ?, ?, ?, 'approved', ?, ?, ?, ?, ?, ?, 3, ?)`);
  const insertLink = db.prepare(
    'INSERT INTO post_channels (post_id, channel_id, format, caption_override, position) VALUES (?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < options.posts; i++) {
      const date = addDaysLocal(options.from, Math.floor((i / options.posts) * options.days));
      const time = `${String(6 + Math.floor(next() * 15)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
      const chosen = new Set([pick(channels)]);
      if (next() < 0.5) chosen.add(pick(channels));
      const links = [...chosen].map((channelId) => ({ channelId, format: pick(postFormats) }));
      const id = randomUUID();
      insertPost.run(
        id,
        `${sentence(3 + Math.floor(next() * 4))}`,
        `${sentence(18)}.\n${sentence(14)}, ${sentence(6)}!`,
        next() < 0.3 ? `https://sukamajukab.go.id/berita/${i}` : '',
        JSON.stringify([pick(words), pick(words)].map((w) => `Sukamaju${w}`)),
        next() < 0.85 ? pick(campaigns) : null,
        pick(planners),
        toInstant(date, time, zone),
        zone,
        approver,
        now,
        now,
        now,
        channelSummary(links),
      );
      links.forEach((link, position) =>
        insertLink.run(
          id,
          link.channelId,
          link.format,
          position === 1 && next() < 0.3 ? sentence(10) : null,
          position,
        ),
      );
    }
  })();
}

async function office(
  seed: Parameters<typeof seedApproved>[1],
): Promise<{ app: LinimasaApp; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-export-office-'));
  const app = openApp(dir, { validateResponses: false });
  // The demo office (settings, people, channels, pillars) with its own posts in mid-2025,
  // outside every measured range.
  await seedDemo(app.dispatchAs, '2025-06-15');
  seedApproved(app.db, seed);
  return { app, dir };
}

/** loadSchedule + writing the file atomically, `runs` times; the median in seconds. */
async function timeExport(
  app: LinimasaApp,
  dir: string,
  writer: FormatWriter,
  range: { from: string; to: string },
  name: string,
): Promise<{ seconds: number; posts: number; rows: number; bytes: number }> {
  const filter = exportFilterSchema.parse(range);
  const target = join(dir, 'exports', name);
  const times: number[] = [];
  let posts = 0;
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const schedule = loadSchedule(app.db, filter);
    await writeFileAtomically(target, (out) => writer.write(schedule, out, {}));
    times.push(performance.now() - start);
    posts = schedule.posts.length;
    rows = scheduleRows(schedule).length;
  }
  return {
    seconds: round(percentile(times, 50) / 1000),
    posts,
    rows,
    bytes: statSync(target).size,
  };
}

function report(prefix: string, result: Awaited<ReturnType<typeof timeExport>>): Metric[] {
  process.stderr.write(
    `  ${prefix}: ${result.posts} posts, ${result.rows} rows, ${(result.bytes / 1e6).toFixed(2)} MB, ` +
      `median of ${runs}: ${result.seconds} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`,
  );
  return [
    { name: `${prefix}_s`, value: result.seconds, unit: 's' },
    { name: `${prefix}_posts`, value: result.posts, unit: 'posts' },
    { name: `${prefix}_rows`, value: result.rows, unit: 'rows' },
  ];
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['export.xlsx_10k_s', 'export.xlsx_10k_posts', 'export.xlsx_10k_rows'],
    async run() {
      const { app, dir } = await office({ posts: 10_000, from: '2026-01-01', days: 365 });
      try {
        const range = { from: '2026-01-01', to: '2026-12-31' };
        return report('export.xlsx_10k', await timeExport(app, dir, xlsxFormat, range, 'a.xlsx'));
      } finally {
        app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    metrics: ['export.pdf_month_500_s', 'export.pdf_month_500_posts', 'export.pdf_month_500_rows'],
    async run() {
      const { app, dir } = await office({ posts: 500, from: '2026-12-01', days: 31 });
      try {
        const range = { from: '2026-12-01', to: '2026-12-31' };
        return report(
          'export.pdf_month_500',
          await timeExport(app, dir, pdfFormat, range, 'a.pdf'),
        );
      } finally {
        app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
