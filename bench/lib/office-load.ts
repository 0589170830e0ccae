import { performance } from 'node:perf_hooks';
import { setTimeout as wait } from 'node:timers/promises';
import type { Post } from '../../src/shared/domain/posts';
import { officeMonths, type OfficePerson, type SeededOffice } from './office-seed';
import { openOfficeStream, type OfficeStream } from './office-stream';

/**
 * The 25 people of `bench/office.bench.ts` at work: each a loop of requests with a short human
 * pause (150–600 ms) between them, each holding an event stream. Planners create, edit and move
 * posts and submit some; approvers approve what waits; colleagues browse months and the library.
 * Everything acknowledged is written to a ledger, so after the run the host's database can be
 * compared with it (no lost update), and every event's arrival is timed against the write's
 * reply (delivery).
 */
export interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

export interface LoadResult {
  latencies: number[];
  byMethod: Map<string, number[]>;
  errors: number;
  errorSamples: string[];
  conflicts: number;
  requests: number;
  /** Acknowledged post states: the newest version each post reached in a reply. */
  ledger: Map<string, Post>;
  /** Two replies with one version but different content (an update overwritten unseen). */
  versionClashes: number;
  deliveries: number[];
  /** Writes some other stream never saw. */
  undelivered: number;
  streamsOpened: number;
  reloads: number;
}

/** A tiny seeded generator: the same run makes the same choices. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const watched = ['title', 'caption', 'status', 'scheduledAt', 'deletedAt'] as const;
const sameContent = (a: Post, b: Post) => watched.every((field) => a[field] === b[field]);

export async function runOffice(options: {
  origin: string;
  token: string;
  office: SeededOffice;
  durationMs: number;
  /** Called every 5 s while the load runs (the host's RSS samples). */
  tick?: (elapsedMs: number) => void;
}): Promise<LoadResult> {
  const { origin, token, office } = options;
  const byMethod = new Map<string, number[]>();
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  const ledger = new Map<string, Post>();
  const acks = new Map<string, { at: number; by: string }>();
  const arrivals = new Map<string, { at: number; by: string }[]>();
  let errors = 0;
  let conflicts = 0;
  let versionClashes = 0;

  const headersOf = (person: OfficePerson) => ({
    'x-linimasa-token': token,
    cookie: `linimasa_signin=${person.sessionId}`,
  });

  const acknowledge = (post: Post, by: OfficePerson, at: number) => {
    const known = ledger.get(post.id);
    if (known && known.version === post.version && !sameContent(known, post)) versionClashes++;
    if (!known || post.version > known.version) ledger.set(post.id, post);
    const key = `${post.id}:${post.version}`;
    if (!acks.has(key)) acks.set(key, { at, by: by.id });
  };

  async function call(person: OfficePerson, method: string, request: unknown): Promise<Reply> {
    const start = performance.now();
    let reply: Reply;
    try {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headersOf(person) },
        body: JSON.stringify(request),
      });
      reply = (await response.json()) as Reply;
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const detail = cause ? ` (${cause.code ?? ''} ${cause.message ?? ''})` : '';
      reply = { ok: false, error: { code: 'network', message: `${String(error)}${detail}` } };
    }
    const end = performance.now();
    latencies.push(end - start);
    let list = byMethod.get(method);
    if (!list) byMethod.set(method, (list = []));
    list.push(end - start);
    if (!reply.ok) {
      if (reply.error?.code === 'conflict') conflicts++;
      else {
        errors++;
        if (errorSamples.length < 10)
          errorSamples.push(
            `${person.name} ${method}: ${reply.error?.code} ${reply.error?.message}`,
          );
      }
      return reply;
    }
    const value = reply.value as { post?: Post } & Partial<Post>;
    const post =
      value?.post ?? (typeof value?.version === 'number' && value.id ? (value as Post) : null);
    if (post && method !== 'posts.get') acknowledge(post, person, end);
    return reply;
  }

  const known = new Map(
    office.people.map((person) => [
      person.id,
      { stale: new Set<string>(), versions: new Map<string, number>() },
    ]),
  );
  // Every person's stream; the writer's own stream does not count for delivery.
  const streams: OfficeStream[] = office.people.map((person) =>
    openOfficeStream(`${origin}/events`, headersOf(person), (event, at) => {
      if (event.kind !== 'post' || event.version === undefined) return;
      for (const id of event.ids) {
        const key = `${id}:${event.version}`;
        let list = arrivals.get(key);
        if (!list) arrivals.set(key, (list = []));
        list.push({ at, by: person.id });
        known.get(person.id)?.stale.add(id);
      }
    }),
  );
  const opened = (await Promise.all(streams.map((stream) => stream.opened))).filter(Boolean).length;

  const until = performance.now() + options.durationMs;
  const allPosts = [...office.postsOf.values()].flat();
  const created = new Map<string, string[]>();

  async function fresh(person: OfficePerson, id: string): Promise<number | null> {
    const mine = known.get(person.id)!;
    const version = mine.versions.get(id);
    if (version !== undefined && !mine.stale.has(id)) return version;
    const reply = await call(person, 'posts.get', { id });
    if (!reply.ok) return null;
    const post = reply.value as Post;
    mine.stale.delete(id);
    mine.versions.set(id, post.version);
    return post.deletedAt ? null : post.version;
  }

  const remember = (person: OfficePerson, reply: Reply) => {
    if (!reply.ok) return;
    const value = reply.value as { post?: Post } & Partial<Post>;
    const post = value.post ?? (value as Post);
    known.get(person.id)!.versions.set(post.id, post.version);
  };

  /** An edit or a move: on a conflict the person reloads and does it once more. */
  async function write(
    person: OfficePerson,
    id: string,
    request: (version: number) => [string, object],
  ) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const version = await fresh(person, id);
      if (version === null) return;
      const [method, body] = request(version);
      const reply = await call(person, method, body);
      remember(person, reply);
      if (reply.ok || reply.error?.code !== 'conflict') return;
      known.get(person.id)!.stale.add(id);
    }
  }

  const randomDay = (next: () => number) => {
    const month = officeMonths[Math.floor(next() * officeMonths.length)]!;
    return `${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
  };

  async function planner(person: OfficePerson, next: () => number) {
    const own = office.postsOf.get(person.id)!;
    const mine = created.get(person.id) ?? [];
    created.set(person.id, mine);
    let n = 0;
    while (performance.now() < until) {
      const roll = next();
      const pool = next() < 0.1 ? allPosts : [...own, ...mine];
      const id = pool[Math.floor(next() * pool.length)]!;
      n++;
      if (roll < 0.15) {
        const reply = await call(person, 'posts.create', {
          title: `Baru dari ${person.name} (${n})`,
          caption: 'Draf kegiatan kecamatan',
          channels: [{ channelId: office.channelIds[n % 2]!, format: 'feed' }],
          schedule: { date: randomDay(next), time: '10:00' },
        });
        remember(person, reply);
        if (reply.ok) mine.push((reply.value as Post).id);
      } else if (roll < 0.6) {
        await write(person, id, (version) => [
          'posts.update',
          {
            id,
            version,
            caption: `Caption diubah ${person.name} (${n})`,
            ...(n % 3 === 0 ? { title: `Judul ${person.name} ${n}` } : {}),
          },
        ]);
      } else if (roll < 0.85) {
        await write(person, id, (version) => [
          'posts.move',
          { id, version, date: randomDay(next) },
        ]);
      } else {
        await write(person, id, (version) => [
          'posts.transition',
          { id, version, action: 'submit', acknowledgeWarnings: true },
        ]);
      }
      await wait(150 + next() * 450);
    }
  }

  async function approver(person: OfficePerson, next: () => number) {
    while (performance.now() < until) {
      const month = officeMonths[Math.floor(next() * officeMonths.length)]!;
      const reply = await call(person, 'posts.range', {
        from: `${month}-01`,
        to: `${month}-28`,
        filter: next() < 0.7 ? { statuses: ['in_review'] } : {},
      });
      const waiting = reply.ok
        ? (reply.value as Post[]).filter((post) => post.status === 'in_review')
        : [];
      const post = waiting[Math.floor(next() * waiting.length)];
      if (post) {
        const approved = await call(person, 'posts.transition', {
          id: post.id,
          version: post.version,
          action: 'approve',
        });
        remember(person, approved);
      }
      await wait(150 + next() * 450);
    }
  }

  async function browser(person: OfficePerson, next: () => number) {
    while (performance.now() < until) {
      const roll = next();
      if (roll < 0.5) {
        const month = officeMonths[Math.floor(next() * officeMonths.length)]!;
        await call(person, 'posts.range', { from: `${month}-01`, to: `${month}-28` });
      } else if (roll < 0.8) {
        await call(person, 'assets.list', {
          limit: 100,
          offset: Math.floor(next() * 1_900),
          ...(next() < 0.3 ? { filter: { query: 'bupati' } } : {}),
        });
      } else {
        await call(person, 'posts.get', { id: allPosts[Math.floor(next() * allPosts.length)]! });
      }
      await wait(150 + next() * 450);
    }
  }

  const started = performance.now();
  const ticker = setInterval(() => options.tick?.(performance.now() - started), 5_000);
  try {
    await Promise.all(
      office.people.map((person, index) => {
        const next = randomFrom(1000 + index);
        if (person.kind === 'planner') return planner(person, next);
        if (person.kind === 'approver') return approver(person, next);
        return browser(person, next);
      }),
    );
    // Let the last events reach the streams (bounded: 2 s after the last reply).
    const lastAck = Math.max(0, ...[...acks.values()].map((ack) => ack.at));
    while (performance.now() < lastAck + 2_000) {
      const missing = [...acks.entries()].some(
        ([key, ack]) =>
          (arrivals.get(key)?.filter((a) => a.by !== ack.by).length ?? 0) <
          office.people.length - 1,
      );
      if (!missing) break;
      await wait(50);
    }
  } finally {
    clearInterval(ticker);
    for (const stream of streams) stream.close();
  }

  const deliveries: number[] = [];
  let undelivered = 0;
  for (const [key, ack] of acks) {
    const seen = (arrivals.get(key) ?? []).filter((arrival) => arrival.by !== ack.by);
    undelivered += Math.max(0, office.people.length - 1 - seen.length);
    for (const arrival of seen) deliveries.push(Math.max(0, arrival.at - ack.at));
  }
  return {
    latencies,
    byMethod,
    errors,
    errorSamples,
    conflicts,
    requests: latencies.length,
    ledger,
    versionClashes,
    deliveries,
    undelivered,
    streamsOpened: opened,
    reloads: streams.reduce((sum, stream) => sum + stream.reloads, 0),
  };
}

/** After the run: every acknowledged post as the host now holds it, compared field by field. */
export async function lostUpdates(
  origin: string,
  token: string,
  reader: OfficePerson,
  ledger: Map<string, Post>,
): Promise<{ lost: number; samples: string[] }> {
  let lost = 0;
  const samples: string[] = [];
  const ids = [...ledger.keys()];
  for (let i = 0; i < ids.length; i += 20) {
    await Promise.all(
      ids.slice(i, i + 20).map(async (id) => {
        const response = await fetch(`${origin}/api/posts.get`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-linimasa-token': token,
            cookie: `linimasa_signin=${reader.sessionId}`,
          },
          body: JSON.stringify({ id }),
        });
        const reply = (await response.json()) as Reply;
        const stored = reply.value as Post | undefined;
        const acked = ledger.get(id)!;
        if (!stored || stored.version !== acked.version || !sameContent(stored, acked)) {
          lost++;
          if (samples.length < 5)
            samples.push(`${id}: acked v${acked.version}, stored v${stored?.version ?? '?'}`);
        }
      }),
    );
  }
  return { lost, samples };
}
