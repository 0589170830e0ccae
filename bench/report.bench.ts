import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../src/main/app';
import { percentile, round, sample } from './lib/measure';
import { seedYear } from './lib/seed-year';
import type { Benchmark } from './lib/types';

/**
 * All figures of the year view (report.get for 2026, with 2025 beside it) over 10,000 posts,
 * 40,000 post channels and 200,000 figure snapshots; beside it the bare SQL aggregation of the
 * per-channel counts and sums (reportRepository.aggregate) as the baseline. Median of 7 runs.
 */
export const benchmarks: Benchmark[] = [
  {
    metrics: ['report.year_compute_ms'],
    run() {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-report-'));
      const app = openApp(join(dir, 'data'), { sweepAssets: false });
      try {
        seedYear(app.db);
        app.db.exec('ANALYZE');
        const compute = sample(() => app.services.report.compute('2026'), 7, 2);
        const bare = sample(() => app.services.report.aggregate('2026'), 7, 2);
        // CPU time of one run beside the wall time: on a shared, loaded machine the wall clock
        // mostly measures waiting for a core.
        const cpuBefore = process.cpuUsage();
        app.services.report.compute('2026');
        const cpu = process.cpuUsage(cpuBefore);
        process.stderr.write(
          `  report.get 2026: ${round((cpu.user + cpu.system) / 1000, 1)} ms CPU\n`,
        );
        const value = round(percentile(compute, 50), 1);
        const baseline = round(percentile(bare, 50), 1);
        return [
          {
            name: 'report.year_compute_ms',
            value,
            unit: 'ms',
            baseline,
            ratio: round(value / baseline, 2),
          },
        ];
      } finally {
        app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
