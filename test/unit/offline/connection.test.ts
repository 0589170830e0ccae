import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../src/renderer/api/client';
import {
  createConnectionStore,
  probeDelays,
  unreachableWordsKey,
} from '../../../src/renderer/stores/connection';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const info = {
  appVersion: '1',
  schemaVersion: 14,
  counts: { people: 0, channels: 0, campaigns: 0, posts: 0 },
};

describe('the API client reports whether the host answered', () => {
  it('unreachable at a refused connection and at 502/503/504, reachable at any reply', async () => {
    const seen: boolean[] = [];
    let next: () => Promise<Response> = async () => json({ ok: true, value: info });
    const api = createApi({
      fetch: () => next(),
      onReachability: (reachable) => seen.push(reachable),
    });
    await api.app.info({});
    next = async () => {
      throw new TypeError('fetch failed');
    };
    expect((await api.app.info({})).ok).toBe(false);
    for (const status of [502, 503, 504]) {
      next = async () => new Response('<html>Bad Gateway</html>', { status });
      expect((await api.app.info({})).ok).toBe(false);
    }
    // An error reply is a reply: the host is there.
    next = async () =>
      json({ ok: false, error: { code: 'unauthorized', message: 'Masuk dulu.' } }, 401);
    await api.app.info({});
    next = async () => new Response('not json', { status: 500 });
    await api.app.info({});
    expect(seen).toEqual([true, false, false, false, false, true, true]);
  });
});

describe('connection store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('probes every 3 s while the host is missed, backing off to 15 s, and stops when it answers', async () => {
    const store = createConnectionStore();
    const probeTimes: number[] = [];
    const start = Date.now();
    let answer = false;
    store.getState().setProbe(async () => {
      probeTimes.push(Date.now() - start);
      store.getState().report(answer);
    });
    store.getState().report(false);
    expect(store.getState().reachable).toBe(false);
    expect(store.getState().lostAt).toBe(start);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probeTimes.slice(0, 6)).toEqual([3_000, 9_000, 21_000, 36_000, 51_000]);
    expect(probeDelays).toEqual({ first: 3_000, max: 15_000 });
    answer = true;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(store.getState().reachable).toBe(true);
    const count = probeTimes.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probeTimes.length).toBe(count);
  });

  it('a probe that throws still schedules the next one; a return says how many changes went', async () => {
    const store = createConnectionStore();
    let probes = 0;
    store.getState().setProbe(async () => {
      probes++;
      throw new Error('boom');
    });
    store.getState().report(false);
    await vi.advanceTimersByTimeAsync(3_000 + 6_000);
    expect(probes).toBe(2);
    store.getState().sentAfterReturn(2);
    expect(store.getState().reconnected).toBeNull();
    store.getState().report(true);
    store.getState().sentAfterReturn(2);
    expect(store.getState().reconnected).toMatchObject({ sent: 2 });
    store.getState().report(false);
    expect(store.getState().reconnected).toBeNull();
  });
});

describe('words for an action while the host does not answer (one place for every screen)', () => {
  it('a colleague over the office network reads "Perlu sambungan ke komputer kantor"; the host computer itself the old advice', () => {
    const store = createConnectionStore();
    expect(unreachableWordsKey(store.getState())).toBe('errors.network');
    store.getState().setOverNetwork(true);
    expect(unreachableWordsKey(store.getState())).toBe('offline.needsHost');
  });
});
