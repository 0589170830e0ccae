import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../src/main/app';
import { seedBulk } from '../src/main/db/seed-bulk';
import {
  addDaysLocal,
  daysInMonth,
  formatLocalDate,
  localDaysRange,
  parseLocalDate,
} from '../src/shared/time';
import type { Benchmark } from './lib/types';
import { percentile, round } from './lib/measure';
import { acting } from '../test/unit/acting';

const posts = 100_000;
const searchWords = [
  'pelayanan',
  'festival',
  'jembatan',
  'puskesmas',
  'vaksinasi',
  'UMKM',
  'pantai',
  'pelantikan',
  'pajak',
  'stunting',
];

/** Times one async call `runs` times after a warm-up; durations in ms. */
async function timeCalls(runs: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await call(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  return times;
}

export const benchmarks: Benchmark[] = [
  {
    metrics: [
      'calendar.month_range_p50_ms',
      'calendar.month_range_p95_ms',
      'calendar.search_p50_ms',
    ],
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-calendar-'));
      // Responses are not re-validated in the desktop app (only in development), so neither here.
      const app = openApp(dir, { validateResponses: false });
      try {
        const seeded = seedBulk(app.db, { posts });
        const first = parseLocalDate(seeded.from);
        const months = Array.from({ length: 58 }, (_, i) => {
          const index = first.month + i;
          return { year: first.year + Math.floor(index / 12), month: (index % 12) + 1 };
        });
        const monthRequest = (i: number) => {
          const { year, month } = months[(i * 7) % months.length]!;
          return {
            from: formatLocalDate(year, month, 1),
            to: formatLocalDate(year, month, daysInMonth(year, month)),
          };
        };
        // Baseline for scale: the bare indexed SQL for the same months, no channels, no mapping.
        const zone = app.services.settings.get().timeZone;
        const bare = app.db.prepare(
          'SELECT id, title, status, scheduled_at FROM posts WHERE scheduled_at >= ? AND scheduled_at < ? AND deleted_at IS NULL ORDER BY scheduled_at',
        );
        let rows = 0;
        const rangeCall = async (i: number) => {
          const result = await acting(app)('posts.range', monthRequest(i));
          if (!result.ok) throw new Error(result.error.message);
          rows += (result.value as unknown[]).length;
        };
        const bareCall = async (i: number) => {
          const { from, to } = monthRequest(i);
          const instants = localDaysRange(from, addDaysLocal(to, 0), zone);
          bare.all(instants.from, instants.to);
        };
        // Alternating, the same month for both, which goes first changing each time: the load
        // of a shared machine falls on both alike.
        const range: number[] = [];
        const bareTimes: number[] = [];
        const pairs: [number[], (i: number) => Promise<void>][] = [
          [range, rangeCall],
          [bareTimes, bareCall],
        ];
        for (let i = 0; i < 20; i++) {
          await rangeCall(i);
          await bareCall(i);
        }
        rows = 0;
        const loadBefore = loadavg()[0]!;
        for (let i = 0; i < 300; i++) {
          for (const [times, call] of i % 2 === 0 ? pairs : [...pairs].reverse()) {
            const start = performance.now();
            await call(i);
            times.push(performance.now() - start);
          }
        }
        const load = `load ${round(loadBefore, 2)}→${round(loadavg()[0]!, 2)}`;
        const search = await timeCalls(200, async (i) => {
          const result = await acting(app)('posts.search', {
            query: searchWords[i % searchWords.length]!,
          });
          if (!result.ok) throw new Error(result.error.message);
        });
        process.stderr.write(
          `  ${seeded.posts} posts, ${seeded.channels} channels, ~${Math.round(rows / 300)} posts per month\n`,
        );
        const p50 = percentile(range, 50);
        const bareP50 = percentile(bareTimes, 50);
        return [
          {
            name: 'calendar.month_range_p50_ms',
            value: round(p50),
            unit: `ms (${load})`,
            baseline: round(bareP50),
            ratio: round(p50 / bareP50, 2),
          },
          { name: 'calendar.month_range_p95_ms', value: round(percentile(range, 95)), unit: 'ms' },
          { name: 'calendar.search_p50_ms', value: round(percentile(search, 50)), unit: 'ms' },
        ];
      } finally {
        app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
