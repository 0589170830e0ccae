/**
 * Writes a `.linimasa` bundle of a data directory's December 2026 (every status) to a file and
 * prints one JSON line: how long writeBundle took and the process's peak resident memory. Run
 * as its own process (`node --import tsx`) so that the memory figure is the exporter's alone.
 */
import { createWriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../src/main/app';
import { writeBundle } from '../../src/main/bundle';
import { loadSchedule } from '../../src/main/export/schedule';
import { exportFilterSchema } from '../../src/shared/domain/exports';
import { postStatuses } from '../../src/shared/domain/post-status';

async function main(): Promise<void> {
  const [dataDir, out] = process.argv.slice(2);
  if (!dataDir || !out) throw new Error('usage: bundle-export-child.ts DATA_DIR OUT');
  const app = openApp(dataDir, { validateResponses: false, sweepAssets: false });
  const filter = exportFilterSchema.parse({
    from: '2026-12-01',
    to: '2026-12-31',
    statuses: [...postStatuses],
  });
  const start = performance.now();
  const schedule = loadSchedule(app.db, filter);
  const file = createWriteStream(out);
  const written = await writeBundle({ db: app.db, dataDir: app.paths.root }, schedule, file);
  if (!file.writableFinished)
    await new Promise<void>((resolve) => file.on('finish', () => resolve()));
  const seconds = (performance.now() - start) / 1000;
  app.close();
  console.log(
    JSON.stringify({
      seconds,
      posts: written.posts,
      assets: written.assets,
      assetBytes: written.assetBytes,
      // resourceUsage().maxRSS is the peak resident set size in KiB.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

void main();
