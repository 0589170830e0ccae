/**
 * Imports a folder into a fresh data directory and prints one JSON line: how long the import
 * took and the peak resident memory of the process and of its media workers. Run as its own process (`node --import tsx`) so
 * that the memory figure is the importer's alone.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openApp } from '../../src/main/app';
import { mediaPool } from '../../src/main/assets/media-pool';

async function main(): Promise<void> {
  const [dataDir, sourceDir] = process.argv.slice(2);
  if (!dataDir || !sourceDir) throw new Error('usage: import-child.ts DATA_DIR SOURCE_DIR');
  const app = openApp(dataDir, { validateResponses: false });
  await app.library.ready;
  // How long the event loop was held up at worst: in Electron this loop also answers the UI.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const start = performance.now();
  const summary = await app.library.importPaths([sourceDir]);
  const seconds = (performance.now() - start) / 1000;
  loop.disable();
  app.close();
  console.log(
    JSON.stringify({
      seconds,
      imported: summary.imported,
      failed: summary.failed,
      // resourceUsage().maxRSS is the peak resident set size in KiB.
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      // Images are decoded in media worker processes: their peaks, added up, count too.
      workersMaxRssMb: mediaPool().workersPeakRssMb(),
      loopDelayMaxMs: loop.max / 1e6,
      loopDelayP99Ms: loop.percentile(99) / 1e6,
    }),
  );
}

void main();
