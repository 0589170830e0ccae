/**
 * Writes a `.linimasa` bundle of a data directory's December 2026 (every status) to a file and
 * prints one JSON line: how long it took and the process's peak resident memory. Run as its own
 * process (`node --import tsx`) so that the memory figure is the exporter's alone. Mode `writer`
 * times writeBundle into a plain file stream; mode `export` times the export as the app runs it
 * (exports service: the file hashed for the history, fsynced, renamed, recorded).
 */
import { createWriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openApp } from '../../src/main/app';
import { writeBundle } from '../../src/main/bundle';
import { loadSchedule } from '../../src/main/export/schedule';
import { exportFilterSchema } from '../../src/shared/domain/exports';
import { postStatuses } from '../../src/shared/domain/post-status';

async function main(): Promise<void> {
  const [dataDir, out, mode = 'writer'] = process.argv.slice(2);
  if (!dataDir || !out)
    throw new Error('usage: bundle-export-child.ts DATA_DIR OUT [writer|export]');
  const app = openApp(dataDir, { validateResponses: false, sweepAssets: false });
  const filter = exportFilterSchema.parse({
    from: '2026-12-01',
    to: '2026-12-31',
    statuses: [...postStatuses],
  });
  const start = performance.now();
  if (mode === 'export') {
    const { record, schedule } = await app.services.exports.write({
      filter,
      format: 'bundle',
      actorId: null,
    });
    const seconds = (performance.now() - start) / 1000;
    const assets = new Map(schedule.posts.flatMap((p) => p.assets).map((a) => [a.sha256, a.bytes]));
    app.close();
    console.log(
      JSON.stringify({
        seconds,
        posts: record.posts,
        assets: assets.size,
        assetBytes: [...assets.values()].reduce((sum, b) => sum + b, 0),
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      }),
    );
    return;
  }
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
