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
  {
    metrics: ['report.pdf_year_s'],
    /**
     * The year's Laporan kinerja as a PDF (figures, three ECharts charts drawn as vectors, every
     * table, signature block) over the same year, written to a file as the CLI does; median of
     * 3 runs after one warm-up. Baseline: computing the figures alone (report.get), so the ratio
     * shows what printing adds.
     */
    async run() {
      const dir = mkdtempSync(join(tmpdir(), 'linimasa-bench-report-pdf-'));
      const app = openApp(join(dir, 'data'), { sweepAssets: false });
      try {
        seedYear(app.db);
        app.db.exec('ANALYZE');
        const write = (n: number) =>
          app.services.exports.writeReport(
            { period: '2026', format: 'pdf', notes: 'Catatan tahunan', actorId: null },
            { target: join(dir, `laporan-${n}.pdf`) },
          );
        await write(0);
        const times: number[] = [];
        for (let n = 1; n <= 3; n++) {
          const cpuBefore = process.cpuUsage();
          const start = performance.now();
          const { file } = await write(n);
          times.push((performance.now() - start) / 1000);
          const cpu = process.cpuUsage(cpuBefore);
          process.stderr.write(
            `  report PDF 2026: ${file.bytes} bytes, ${round((cpu.user + cpu.system) / 1000, 1)} ms CPU\n`,
          );
        }
        const compute = sample(() => app.services.report.compute('2026'), 3, 1).map(
          (ms) => ms / 1000,
        );
        const value = round(percentile(times, 50), 2);
        const baseline = round(percentile(compute, 50), 3);
        return [
          {
            name: 'report.pdf_year_s',
            value,
            unit: 's',
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
