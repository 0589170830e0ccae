import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRendererIfNeeded } from '../src/main/web/build-if-needed';
import { startWebHost, type WebHost } from '../src/main/web/host';
import { addDaysLocal } from '../src/shared/time';
import type { Benchmark } from './lib/types';
import { percentile, round } from './lib/measure';
import { signInContext } from './lib/browser-session';
import { acting } from '../test/unit/acting';

/**
 * calendar.render_month_1500_ms (issue 3): in Chromium, switching the month grid to a month that
 * holds 1,500 posts, from the click on "Bulan berikutnya"/"Bulan sebelumnya" to the commit of
 * the grid showing that month's posts (the renderer's own performance marks, see
 * src/renderer/features/calendar/perf.ts). It includes the API round trip, the response check, the
 * grouping by day and React's render. Baseline: the same switch between two empty months.
 */

const switches = 12;
const warmup = 4;
const postsPerMonth = 1500;
/** Two full months far from "today", so the seeded data is all the grid shows. */
const busyMonths = ['2026-03', '2026-04'] as const;
const emptyMonths = ['2027-08', '2027-09'] as const;

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function call<T>(host: WebHost, method: string, request: unknown): Promise<T> {
  const result = await acting(host.app)(method, request);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** 12 channels, a planner, four pillars, and 1,500 posts in each busy month through the API. */
async function seed(host: WebHost): Promise<string> {
  const platforms = ['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'website'] as const;
  const channels: string[] = [];
  for (let i = 0; i < 12; i++) {
    const channel = await call<{ id: string }>(host, 'channels.create', {
      platform: platforms[i % platforms.length],
      name: `Kanal ${i + 1}`,
    });
    channels.push(channel.id);
  }
  const planner = await call<{ id: string }>(host, 'people.create', {
    name: 'Perencana Bench',
    role: 'planner',
  });
  const campaigns: string[] = [];
  for (const [name, color] of [
    ['Layanan Publik', '#1565c0'],
    ['Pariwisata', '#2e7d32'],
    ['Kesehatan', '#c62828'],
    ['Pembangunan', '#6a1b9a'],
  ] as const) {
    campaigns.push((await call<{ id: string }>(host, 'campaigns.create', { name, color })).id);
  }
  const statuses = ['draft', 'in_review', 'approved'];
  for (const month of busyMonths) {
    for (let i = 0; i < postsPerMonth; i++) {
      const date = addDaysLocal(`${month}-01`, i % 30);
      const minutes = 6 * 60 + ((i * 17) % (16 * 60));
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      await call(host, 'posts.create', {
        actorId: planner.id,
        title: `Unggahan ${statuses[i % 3]} nomor ${i + 1} tentang layanan daerah`,
        caption: 'Informasi layanan publik untuk warga.',
        channels: channels
          .slice(i % 12, (i % 12) + 1 + (i % 3))
          .map((channelId) => ({ channelId, format: 'feed' })),
        campaignId: i % 5 === 0 ? null : campaigns[i % campaigns.length],
        schedule: { date, time },
      });
    }
  }
  return planner.id;
}

/**
 * Switches back and forth between the month the page shows and the next one, and returns the
 * in-page durations (commit, paint) after the warm-up switches.
 */
async function measureSwitches(page: Page) {
  await page.evaluate(() => {
    performance.clearMeasures('calendar:month-switch');
    performance.clearMeasures('calendar:month-switch-paint');
  });
  const go = async (direction: 'next' | 'previous', count: number) => {
    await page
      .getByRole('button', { name: direction === 'next' ? 'Bulan berikutnya' : 'Bulan sebelumnya' })
      .click();
    await page.waitForFunction(
      (expected) => performance.getEntriesByName('calendar:month-switch-paint').length >= expected,
      count,
    );
  };
  for (let i = 1; i <= warmup + switches; i++) await go(i % 2 === 1 ? 'next' : 'previous', i);
  const read = (name: string) =>
    page.evaluate(
      (entry) => performance.getEntriesByName(entry).map((measure) => measure.duration),
      name,
    );
  const commit = (await read('calendar:month-switch')).slice(warmup);
  const paint = (await read('calendar:month-switch-paint')).slice(warmup);
  return { commit, paint };
}

async function openOn(page: Page, host: WebHost, month: string): Promise<void> {
  await page.goto(host.url);
  await page.evaluate(
    ({ month }) => {
      // Runs in the page; this project's Node types have no DOM.
      const storage = (
        globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
      ).localStorage;
      storage.setItem(
        'linimasa.calendar',
        JSON.stringify({ view: 'month', anchor: `${month}-01` }),
      );
    },
    { month },
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
  await page.locator('.day-cell').first().waitFor();
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['calendar.render_month_1500_ms', 'calendar.render_month_1500_paint_ms'],
    async run() {
      buildRendererIfNeeded(process.cwd(), (line) => process.stderr.write(`${line}\n`));
      const dataDir = mkdtempSync(join(tmpdir(), 'linimasa-bench-calendar-'));
      const host = await startWebHost({ dataDir, port: 0 });
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: launchArgs,
      });
      try {
        const started = Date.now();
        const personId = await seed(host);
        process.stderr.write(
          `  ${postsPerMonth * busyMonths.length} posts seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
        const context = await browser.newContext({
          viewport: { width: 1440, height: 900 },
          locale: 'id-ID',
          timezoneId: 'Asia/Jakarta',
        });
        await signInContext(context, host, personId);
        const page = await context.newPage();

        await openOn(page, host, busyMonths[0]);
        if ((await page.locator('.chip').count()) < 90) {
          throw new Error('The busy month shows too few posts: did seeding fail?');
        }
        const busy = await measureSwitches(page);

        await openOn(page, host, emptyMonths[0]);
        const empty = await measureSwitches(page);

        const ours = percentile(busy.commit, 50);
        const oursPaint = percentile(busy.paint, 50);
        const base = percentile(empty.commit, 50);
        const basePaint = percentile(empty.paint, 50);
        process.stderr.write(
          `  busy commit ms: ${busy.commit.map((v) => v.toFixed(1)).join(' ')}\n` +
            `  busy paint ms:  ${busy.paint.map((v) => v.toFixed(1)).join(' ')}\n` +
            `  empty commit ms: ${empty.commit.map((v) => v.toFixed(1)).join(' ')}\n`,
        );
        await context.close();
        return [
          {
            name: 'calendar.render_month_1500_ms',
            value: round(ours, 1),
            unit: 'ms',
            baseline: round(base, 1),
            ratio: round(ours / base, 2),
          },
          {
            name: 'calendar.render_month_1500_paint_ms',
            value: round(oursPaint, 1),
            unit: 'ms',
            baseline: round(basePaint, 1),
            ratio: round(oursPaint / basePaint, 2),
          },
        ];
      } finally {
        await browser.close();
        await host.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
