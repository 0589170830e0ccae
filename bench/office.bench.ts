import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile, round } from './lib/measure';
import { lostUpdates, runOffice } from './lib/office-load';
import { seedOffice } from './lib/office-seed';
import type { Benchmark, BenchOptions, Metric } from './lib/types';

/**
 * Issue 14: one office on its own network. A real web host (its own process, 127.0.0.1) on a
 * data directory with four months of posts and 2,000 library rows; 25 signed-in people for 60 s
 * (`--duration N`), each with an open event stream: 15 planners create, edit, move and submit
 * posts, 5 approvers approve what waits, 5 colleagues browse months and the library. Reports the
 * API's p95/p99, errors (conflicts apart), lost updates (the host's posts against every
 * acknowledged reply), how fast a write's event reaches the other 24 streams, the host's CPU
 * share, and with `--soak S` its RSS growth over S seconds.
 */
const ticksPerSecond = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in these

function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

interface HostProcess {
  child: ChildProcess;
  port: number;
  /** Every JSON line the host printed (the last one: its event-loop figures at the stop). */
  lines: string[];
}

function startHost(dataDir: string, token: string): Promise<HostProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'lib', 'office-host-child.ts'), dataDir, token],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    const lines: string[] = [];
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const cut = out.lastIndexOf('\n');
      if (cut < 0) return;
      lines.push(
        ...out
          .slice(0, cut)
          .split('\n')
          .filter((line) => line.startsWith('{')),
      );
      out = out.slice(cut + 1);
      if (lines.length > 0)
        resolve({ child, port: (JSON.parse(lines[0]!) as { port: number }).port, lines });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`office host exited with ${code}`)));
  });
}

function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export const benchmarks: Benchmark[] = [
  {
    metrics: [
      'office.api_p95_ms',
      'office.api_p99_ms',
      'office.errors',
      'office.conflicts',
      'office.lost_updates',
      'office.event_delivery_p95_ms',
      'office.host_cpu_pct',
      'office.soak_rss_growth_pct',
    ],
    async run(options: BenchOptions = {}): Promise<Metric[]> {
      const seconds = options.soak ?? options.duration ?? 60;
      const dataDir = mkdtempSync(join(tmpdir(), 'linimasa-bench-office-'));
      const token = randomBytes(24).toString('base64url');
      let child: ChildProcess | null = null;
      let hostLines: string[] = [];
      try {
        const seedStart = performance.now();
        const office = await seedOffice(dataDir);
        process.stderr.write(
          `  seeded ${office.postCount} posts, ${office.assetCount} assets, ${office.people.length} sessions in ${round((performance.now() - seedStart) / 1000, 1)} s\n`,
        );
        const host = await startHost(dataDir, token);
        child = host.child;
        hostLines = host.lines;
        const pid = child.pid!;
        const origin = `http://127.0.0.1:${host.port}`;
        const rss: { at: number; mb: number }[] = [{ at: 0, mb: rssMb(pid) }];
        const cpuBefore = cpuSeconds(pid);
        const loadBefore = loadavg()[0]!;
        const generatorBefore = process.cpuUsage();
        const wallStart = performance.now();
        const load = await runOffice({
          origin,
          token,
          office,
          durationMs: seconds * 1000,
          tick: (elapsed) => rss.push({ at: elapsed, mb: rssMb(pid) }),
        });
        const wall = (performance.now() - wallStart) / 1000;
        const cpu = cpuSeconds(pid) - cpuBefore;
        const generator = process.cpuUsage(generatorBefore);
        const generatorCpu = (generator.user + generator.system) / 1e6;
        const loadAfter = loadavg()[0]!;
        rss.push({ at: wall * 1000, mb: rssMb(pid) });
        const reader = office.people.find((person) => person.kind === 'browser')!;
        const { lost, samples } = await lostUpdates(origin, token, reader, load.ledger);

        // Growth from the warmed host (after a tenth of the run, at least 30 s) to the end.
        const warm =
          rss.find((sample) => sample.at >= Math.max(30_000, (seconds * 1000) / 10)) ?? rss[0]!;
        const last = rss.at(-1)!;
        const growth = ((last.mb - warm.mb) / warm.mb) * 100;
        const perMethod = [...load.byMethod.entries()]
          .map(
            ([method, times]) =>
              `${method} ${times.length}× p95 ${round(percentile(times, 95), 1)}`,
          )
          .join('; ');
        process.stderr.write(
          [
            `  ${load.requests} requests in ${round(wall, 1)} s (${round(load.requests / wall, 1)}/s), ${load.streamsOpened}/25 streams open, ${load.reloads} reloads`,
            `  per method (ms): ${perMethod}`,
            `  ${load.ledger.size} posts acknowledged; ${load.deliveries.length} deliveries, ${load.undelivered} missing; version clashes ${load.versionClashes}`,
            `  machine: ${availableParallelism()} cores, load average ${round(loadBefore, 2)} before, ${round(loadAfter, 2)} after (other work on the machine counts in every latency)`,
            `  host CPU ${round(cpu, 1)} s over ${round(wall, 1)} s (${round((cpu * 1000) / load.requests, 2)} ms per request); the 25 clients' own process ${round(generatorCpu, 1)} s; RSS ${round(rss[0]!.mb, 1)} → ${round(warm.mb, 1)} (warm) → ${round(last.mb, 1)} MB`,
            ...load.errorSamples.map((line) => `  error: ${line}`),
            ...samples.map((line) => `  lost: ${line}`),
          ].join('\n') + '\n',
        );
        const metrics: Metric[] = [
          {
            name: 'office.api_p95_ms',
            value: round(percentile(load.latencies, 95), 1),
            unit: 'ms',
          },
          {
            name: 'office.api_p99_ms',
            value: round(percentile(load.latencies, 99), 1),
            unit: 'ms',
          },
          { name: 'office.errors', value: load.errors, unit: 'count' },
          { name: 'office.conflicts', value: load.conflicts, unit: 'count' },
          { name: 'office.lost_updates', value: lost + load.versionClashes, unit: 'count' },
          {
            name: 'office.event_delivery_p95_ms',
            value: round(percentile(load.deliveries, 95), 1),
            unit: 'ms',
          },
          { name: 'office.events_undelivered', value: load.undelivered, unit: 'count' },
          { name: 'office.requests_per_s', value: round(load.requests / wall, 1), unit: '1/s' },
          // Share of one core; the machine has os.availableParallelism() of them.
          { name: 'office.host_cpu_pct', value: round((cpu / wall) * 100, 1), unit: '% of a core' },
          {
            name: 'office.host_cpu_ms_per_request',
            value: round((cpu * 1000) / load.requests, 2),
            unit: 'ms',
          },
        ];
        if (options.soak !== undefined)
          metrics.push({ name: 'office.soak_rss_growth_pct', value: round(growth, 1), unit: '%' });
        return metrics;
      } finally {
        if (child) {
          await stopHost(child);
          const last = hostLines.at(-1);
          if (last?.includes('loopDelay'))
            process.stderr.write(
              `  host event loop (whole run, incl. seeding the streams): ${last}\n`,
            );
        }
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
