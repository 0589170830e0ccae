import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshAssetStats } from '../src/main/db/repositories/asset-query';
import { buildRendererIfNeeded } from '../src/main/web/build-if-needed';
import { startWebHost } from '../src/main/web/host';
import { seedAssets } from './lib/seed-assets';
import { signInContext } from './lib/browser-session';
import type { Benchmark } from './lib/types';

/**
 * assets.grid_dom_nodes_100k and assets.grid_long_tasks_over_50ms (issue 4): the Pustaka Aset
 * grid in Chromium over 100,000 asset rows seeded straight into SQL (bench/lib/seed-assets.ts,
 * the same rows the query benchmark uses; no files, so every thumbnail 404s and the tiles must
 * fall back to their kind tile). The page scrolls the grid from top to bottom in steps: first
 * screen by screen (pages arrive by cursor), then in long jumps (pages by offset, as when the
 * scrollbar is dragged), waiting two frames and a short pause at each step so pages load and
 * render during the scroll, as they would under a person's hand.
 *
 * - dom nodes: the most `document.querySelectorAll('*').length` seen at any step (the whole
 *   document: shell, filters, collections and the grid);
 * - long tasks: PerformanceObserver 'longtask' entries (main-thread tasks over 50 ms) from the
 *   first step to the end of the scroll.
 */

const assetCount = 100_000;
/** Screen-by-screen steps at the top, then jumps spread over the rest of the grid. */
const screenSteps = 60;
const jumpSteps = 120;
const pauseMs = 40;

const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface ScrollFigures {
  maxNodes: number;
  longTasks: number[];
  steps: number;
  tiles: number;
  placeholders: number;
  reachedBottom: boolean;
  scrollHeight: number;
}

/**
 * The in-page scroll, as plain JavaScript text: tsx compiles functions in this file with name
 * helpers (`__name`) that do not exist in the page, so it cannot be a function passed to
 * `page.evaluate`.
 */
const scrollScript = `(async ({ screenSteps, jumpSteps, pauseMs }) => {
  const scroller = document.querySelector('[data-testid="asset-scroll"]');
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let maxNodes = document.querySelectorAll('*').length;
  let steps = 0;
  // Tiles still waiting for their page at the moment of reading, summed over the steps.
  let placeholders = 0;
  let tiles = 0;
  const step = async (top) => {
    scroller.scrollTop = top;
    await frame();
    await frame();
    await pause(pauseMs);
    maxNodes = Math.max(maxNodes, document.querySelectorAll('*').length);
    tiles += document.querySelectorAll('[role="option"]').length;
    placeholders += document.querySelectorAll('.asset-tile__media--loading').length;
    steps += 1;
  };
  for (let i = 1; i <= screenSteps; i++) await step(i * scroller.clientHeight);
  const start = scroller.scrollTop;
  const end = scroller.scrollHeight - scroller.clientHeight;
  for (let i = 1; i <= jumpSteps; i++) await step(start + ((end - start) * i) / jumpSteps);
  // Let the last pages land and render before reading the long tasks.
  await pause(800);
  await frame();
  maxNodes = Math.max(maxNodes, document.querySelectorAll('*').length);
  observer.disconnect();
  return {
    maxNodes,
    longTasks,
    steps,
    tiles,
    placeholders,
    reachedBottom: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2,
    scrollHeight: scroller.scrollHeight,
  };
})`;

function scrollThrough(page: Page): Promise<ScrollFigures> {
  return page.evaluate(
    `${scrollScript}(${JSON.stringify({ screenSteps, jumpSteps, pauseMs })})`,
  ) as Promise<ScrollFigures>;
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['assets.grid_dom_nodes_100k', 'assets.grid_long_tasks_over_50ms'],
    async run() {
      buildRendererIfNeeded(process.cwd(), (line) => process.stderr.write(`${line}\n`));
      const dataDir = mkdtempSync(join(tmpdir(), 'linimasa-bench-grid-'));
      const host = await startWebHost({ dataDir, port: 0 });
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: launchArgs,
      });
      try {
        const started = Date.now();
        seedAssets(host.app.db, assetCount, []);
        refreshAssetStats(host.app.db);
        process.stderr.write(
          `  ${assetCount} asset rows seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
        const context = await browser.newContext({
          viewport: { width: 1440, height: 900 },
          locale: 'id-ID',
          timezoneId: 'Asia/Jakarta',
        });
        await signInContext(context, host);
        const page = await context.newPage();
        await page.goto(host.url);
        await page.goto(`${host.http.origin}/#/aset`);
        const grid = page.getByRole('listbox', { name: /^Aset \(/ });
        await grid.waitFor();
        const label = await grid.getAttribute('aria-label');
        if (!label?.replace(/\D/g, '').startsWith(String(assetCount))) {
          throw new Error(`The grid does not show ${assetCount} assets: "${label}"`);
        }
        await grid.getByRole('option').first().waitFor();
        // The first screen's tiles settle (their thumbnails 404 and fall back) before timing.
        await page.waitForTimeout(500);

        const figures = await scrollThrough(page);
        const over = figures.longTasks.filter((duration) => duration > 50);
        process.stderr.write(
          `  ${figures.steps} scroll steps over ${figures.scrollHeight} px; bottom reached: ${figures.reachedBottom}\n` +
            `  tiles read: ${figures.tiles}, of which still waiting for their page: ${figures.placeholders}\n` +
            `  long tasks (ms): ${figures.longTasks.map((d) => d.toFixed(0)).join(' ') || 'none'}\n`,
        );
        if (!figures.reachedBottom) throw new Error('The scroll did not reach the bottom.');
        const lastTile = await grid.getByRole('option').last().getAttribute('aria-posinset');
        process.stderr.write(`  last tile drawn: ${lastTile} of ${assetCount}\n`);
        await context.close();
        return [
          { name: 'assets.grid_dom_nodes_100k', value: figures.maxNodes, unit: 'nodes' },
          { name: 'assets.grid_long_tasks_over_50ms', value: over.length, unit: 'tasks' },
        ];
      } finally {
        await browser.close();
        await host.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
