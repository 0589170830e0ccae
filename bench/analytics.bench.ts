import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp } from '../src/main/app';
import { round } from './lib/measure';
import { seedYear } from './lib/seed-year';
import type { Benchmark } from './lib/types';

const rows = 100_000;

/**
 * A 100,000-row Instagram export (Meta Business Suite columns) into a year of 10,000 posts:
 * the first 10,000 rows carry the links of the seeded posts (matched by permalink), the other
 * 90,000 are the account's 2025 posts, before the plan (kept as published outside the plan).
 * (A variant with every row in 2026, each on a day with 27 planned posts, sends most rows to
 * review instead and cost about the same: the time goes to the inserts, not the matching.) Timed: read, parse, match and the one write
 * transaction, through the service the API and the CLI call, until the import resolves: the
 * user's wait. The WAL checkpoint (about 29,600 pages copied into the file and fsynced) is no
 * longer inside the COMMIT: it runs after, on the checkpointer's worker thread
 * (db/background-checkpoint.ts); the bench awaits it after the timer stops and prints how long
 * after the import it finished.
 */
function exportFile(dir: string): string {
  const header =
    'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    // The first 10,000 rows are the plan's posts of 2026; the rest the account's 2025 back
    // catalogue, before the office planned in Linimasa (outside the plan, no day to compare).
    const year = i < 10_000 ? 2026 : 2025;
    const time = `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${year} ${String(8 + (i % 10)).padStart(2, '0')}:00`;
    lines.push(
      `${18_000_000_000 + i},1784,humas.kabcontoh,Humas Kabupaten Contoh,"Unggahan ke-${i} tentang layanan",0,${time},https://www.instagram.com/p/${i < 10_000 ? `B${i}` : `N${i}`}/,IG image,,Lifetime,"${(1000 + i).toLocaleString('en-US')}",${900 + i},${i % 500},${i % 50},0,${i % 70},${i % 30}`,
    );
  }
  const file = join(dir, 'instagram-100k.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['analytics.import_100k_rows_s'],
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-analytics-'));
      const app = openApp(join(dir, 'data'), { sweepAssets: false });
      try {
        const seeded = seedYear(app.db);
        const file = exportFile(dir);
        const start = performance.now();
        // CPU time beside the wall time: on a shared, loaded machine the wall clock mostly
        // measures waiting for a core.
        const cpuBefore = process.cpuUsage();
        const result = await app.services.analytics.import({
          actorId: seeded.approver,
          path: file,
          platform: 'auto',
          asOf: '2026-12-31',
          dryRun: false,
          resolutions: [],
        });
        const end = performance.now();
        const seconds = (end - start) / 1000;
        const cpu = process.cpuUsage(cpuBefore);
        await app.checkpoints.idle();
        const checkpoint = (performance.now() - end) / 1000;
        process.stderr.write(
          `  ${JSON.stringify(result.counts)}; ${round((cpu.user + cpu.system) / 1e6, 2)} s CPU; ` +
            `background checkpoint done ${round(checkpoint, 2)} s after (not timed)\n`,
        );
        return [{ name: 'analytics.import_100k_rows_s', value: round(seconds, 2), unit: 's' }];
      } finally {
        await app.shutdown();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
