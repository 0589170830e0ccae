import { afterEach, describe, expect, it } from 'vitest';
import { startLiveStream, type EventSourceLike } from '../../../src/renderer/api/events-stream';
import { onLiveChange } from '../../../src/renderer/api/live';
import { heldByMe } from '../../../src/renderer/api/live-refresh';

/** An EventSource the test drives: it records the URLs opened and fires named events. */
class FakeSource implements EventSourceLike {
  readyState = 1;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((event: { data: string }) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: { data: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data: JSON.stringify(data) });
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const change = (seq: number) => ({
  seq,
  kind: 'post' as const,
  ids: ['7d3c2a1e-0b4f-4c59-9a7e-2f1d3c4b5a69'],
  by: null,
  at: '2026-11-18T03:00:00.000Z',
});

describe('the renderer end of the live stream', () => {
  it('delivers changes, rereads on reload and on a new run, and reopens naming run and seq', async () => {
    const opened: FakeSource[] = [];
    const got: string[] = [];
    stops.push(
      onLiveChange(['post'], (event) =>
        got.push(event.kind === 'reload' ? 'reload' : `change ${event.seq}`),
      ),
    );
    stops.push(
      startLiveStream({
        open: (url) => {
          const source = new FakeSource(url);
          opened.push(source);
          return source;
        },
        retryMs: 1,
      }),
    );
    const first = opened[0]!;
    expect(first.url).toBe('/events');
    first.fire('hello', { runId: 'run-a', seq: 4 });
    first.fire('change', change(5));
    first.fire('change', { nonsense: true }); // ignored
    first.fire('reload', { reason: 'too_old' });
    expect(got).toEqual(['change 5', 'reload']);

    // The browser gave up (the host was gone): reopened with the run and the last seq.
    first.readyState = 2;
    first.onerror?.(new Event('error'));
    await expect.poll(() => opened.length).toBe(2);
    expect(opened[1]!.url).toBe('/events?run=run-a&last=5');
    // A different run: the host restarted, everything is reread.
    opened[1]!.fire('hello', { runId: 'run-b', seq: 0 });
    expect(got).toEqual(['change 5', 'reload', 'reload']);
  });

  it('knows my own change the store already holds', () => {
    const event = {
      ...change(1),
      by: { id: '0f6e2b1c-3d4a-4e5f-8a9b-1c2d3e4f5a6b', name: 'Nurul' },
      version: 3,
    };
    expect(heldByMe(event, '0f6e2b1c-3d4a-4e5f-8a9b-1c2d3e4f5a6b', () => 3)).toBe(true);
    expect(heldByMe(event, '0f6e2b1c-3d4a-4e5f-8a9b-1c2d3e4f5a6b', () => 2)).toBe(false);
    expect(heldByMe(event, 'someone-else', () => 3)).toBe(false);
  });
});
