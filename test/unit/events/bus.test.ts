import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/events/bus';

const change = (id: string) => ({ kind: 'post' as const, ids: [id], by: null });

describe('event bus', () => {
  it('numbers events, tells listeners and replays what came after a seq', () => {
    const bus = createEventBus(10);
    const seen: number[] = [];
    const stop = bus.subscribe((event) => seen.push(event.seq));
    bus.publish(change('a'));
    bus.publish(change('b'));
    stop();
    bus.publish(change('c'));
    expect(seen).toEqual([1, 2]);
    expect(bus.lastSeq).toBe(3);
    const replay = bus.since(1);
    expect(replay).not.toBe('too_old');
    expect((replay as { ids: string[] }[]).map((event) => event.ids[0])).toEqual(['b', 'c']);
    expect(bus.since(3)).toEqual([]);
  });

  it('says too_old once the events after a seq are no longer all held', () => {
    const bus = createEventBus(3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) bus.publish(change(id));
    expect(bus.since(1)).toBe('too_old');
    expect((bus.since(2) as unknown[]).length).toBe(3);
  });

  it('keeps delivering when one listener throws', () => {
    const bus = createEventBus();
    const seen: string[] = [];
    const quiet = console.error;
    console.error = () => undefined;
    try {
      bus.subscribe(() => {
        throw new Error('broken listener');
      });
      bus.subscribe((event) => seen.push(event.ids[0] ?? ''));
      bus.publish(change('a'));
    } finally {
      console.error = quiet;
    }
    expect(seen).toEqual(['a']);
  });
});
