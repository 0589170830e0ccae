import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { seedBulk } from '../src/main/db/seed-bulk';
import { startWebHost, type WebHost } from '../src/main/web/host';
import type { Benchmark } from './lib/types';
import { percentile, round } from './lib/measure';
import { acting, sessionOf } from '../test/unit/acting';

/** The selection an approver approves at once: a busy office's month, several times over. */
const selected = 200;
const rounds = 5;
/** An office's history around them, so the writes meet real indexes. */
const background = 20_000;

interface Versioned {
  id: string;
  version: number;
}

/** The approver's session cookie: the timed calls are made as them, signed in. */
let cookie = '';

/** One API call over the real HTTP transport, as the browser's client makes it. */
async function http<T>(host: WebHost, method: string, request: unknown): Promise<T> {
  const response = await fetch(`${new URL(host.url).origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linimasa-token': host.token, cookie },
    body: JSON.stringify(request),
  });
  const reply = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

/**
 * An untimed call before each timed part: the keep-alive socket may have been closed by the
 * server while the next selection was seeded (seconds on a loaded machine), and a reused dead
 * socket fails with ECONNRESET. One retry opens a fresh one; the timed calls then follow at once.
 */
async function warm(host: WebHost): Promise<void> {
  try {
    await http(host, 'posts.tags', {});
  } catch {
    await http(host, 'posts.tags', {});
  }
}

async function direct<T>(host: WebHost, method: string, request: unknown): Promise<T> {
  const reply = await acting(host.app)(method, request);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

export const benchmarks: Benchmark[] = [
  {
    metrics: ['posts.bulk_approve_200_ms'],
    async run() {
      const dataDir = mkdtempSync(join(tmpdir(), 'linimasa-bench-bulk-'));
      // Responses are not re-validated in the desktop app (only in development), so neither here.
      const host = await startWebHost({ dataDir, port: 0, validateResponses: false });
      try {
        seedBulk(host.app.db, { posts: background });
        const planner = await direct<{ id: string }>(host, 'people.create', {
          name: 'Rina',
          role: 'planner',
        });
        const approver = await direct<{ id: string }>(host, 'people.create', {
          name: 'Bambang',
          role: 'approver',
        });
        cookie = `linimasa_signin=${await sessionOf(host.app, approver.id)}`;
        const [channel] = await direct<{ id: string }[]>(host, 'channels.list', {});

        /** `selected` drafts, submitted by the planner: a selection waiting for approval. */
        async function waiting(batch: number): Promise<Versioned[]> {
          const items: Versioned[] = [];
          for (let i = 0; i < selected; i++) {
            const day = 1 + (i % 28);
            const post = await direct<Versioned>(host, 'posts.create', {
              actorId: planner.id,
              title: `Unggahan ${batch}-${i}`,
              caption: 'Informasi layanan publik.',
              channels: [{ channelId: channel!.id, format: 'feed' }],
              schedule: {
                date: `2030-0${1 + (batch % 9)}-${String(day).padStart(2, '0')}`,
                time: '09:00',
              },
            });
            items.push({ id: post.id, version: post.version });
          }
          const submitted = await direct<{
            results: ({ ok: true; post: Versioned } | { ok: false })[];
          }>(host, 'posts.bulkTransition', { actorId: planner.id, action: 'submit', items });
          return submitted.results.map((r, i) => ({
            id: items[i]!.id,
            version: r.ok ? r.post.version : 0,
          }));
        }

        const bulkTimes: number[] = [];
        const singleTimes: number[] = [];
        for (let round = 0; round < rounds; round++) {
          const forBulk = await waiting(round * 2);
          const forSingle = await waiting(round * 2 + 1);

          await warm(host);
          let start = performance.now();
          const reply = await http<{ results: { ok: boolean }[] }>(host, 'posts.bulkTransition', {
            action: 'approve',
            items: forBulk,
          });
          bulkTimes.push(performance.now() - start);
          if (reply.results.some((r) => !r.ok)) throw new Error('bulk approve refused a post');

          await warm(host);
          start = performance.now();
          for (const item of forSingle) {
            await http(host, 'posts.transition', {
              ...item,
              action: 'approve',
            });
          }
          singleTimes.push(performance.now() - start);
        }
        const bulk = percentile(bulkTimes, 50);
        const single = percentile(singleTimes, 50);
        process.stderr.write(
          `  ${selected} posts per round, ${rounds} rounds, ${background} posts around them; bulk ${bulkTimes.map((t) => round(t)).join(' / ')} ms, single calls ${singleTimes.map((t) => round(t)).join(' / ')} ms\n`,
        );
        return [
          {
            name: 'posts.bulk_approve_200_ms',
            value: round(bulk),
            unit: 'ms',
            baseline: round(single),
            ratio: round(bulk / single, 3),
          },
        ];
      } finally {
        await host.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
