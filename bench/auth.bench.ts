import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDispatch } from '../src/main/api/dispatch';
import { openApp } from '../src/main/app';
import { hashPassword } from '../src/main/auth/password';
import type { Benchmark } from './lib/types';
import { percentile, round } from './lib/measure';

/**
 * Sign-in costs one scrypt hash; every other call one session lookup in dispatch. The overhead
 * is measured in one run: the same `posts.tags` calls through the real door with a session, and
 * through a door whose gate answers from memory (no lookup), alternating so both see the same
 * machine load.
 */
const calls = 4000;

export const benchmarks: Benchmark[] = [
  {
    metrics: ['auth.sign_in_hash_ms', 'auth.session_overhead_p50_ms'],
    async run() {
      const hashes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        await hashPassword('jadwal humas aman');
        hashes.push(performance.now() - start);
      }
      const dataDir = mkdtempSync(join(tmpdir(), 'linimasa-bench-auth-'));
      const app = openApp(dataDir, { sweepAssets: false });
      try {
        const { sessionId, signedIn } = await app.services.auth.setup(
          { name: 'Admin', userName: 'admin', password: 'jadwal humas aman' },
          'bench',
        );
        const withSession = app.dispatch;
        // The same handlers behind a gate with no lookup at all: the baseline.
        const { createHandlers } = await import('../src/main/api/handlers');
        const handlers = createHandlers(app.db, app.services, 'bench');
        const free = createDispatch(handlers, {
          check: () => ({ person: signedIn.person, mustChangePassword: false }),
        }).dispatch;
        const caller = { sessionId, client: 'bench', setSession: () => undefined };
        const checked: number[] = [];
        const unchecked: number[] = [];
        for (let i = 0; i < calls; i++) {
          let start = performance.now();
          await withSession('posts.tags', {}, caller);
          checked.push(performance.now() - start);
          start = performance.now();
          await free('posts.tags', {}, caller);
          unchecked.push(performance.now() - start);
        }
        const overhead = percentile(checked, 50) - percentile(unchecked, 50);
        process.stderr.write(
          `  scrypt N=2^15 r=8 p=1: ${hashes.map((t) => round(t)).join(' / ')} ms; posts.tags p50 ${round(percentile(checked, 50), 4)} ms with the session check, ${round(percentile(unchecked, 50), 4)} ms without (${calls} calls each)\n`,
        );
        return [
          { name: 'auth.sign_in_hash_ms', value: round(percentile(hashes, 50)), unit: 'ms' },
          {
            name: 'auth.session_overhead_p50_ms',
            value: round(overhead, 4),
            unit: 'ms',
            baseline: round(percentile(unchecked, 50), 4),
          },
        ];
      } finally {
        app.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
