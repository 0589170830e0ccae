import { describe, expect, it } from 'vitest';
import { timeOrderedId } from '../../../src/main/analytics/time-ordered-id';

const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('timeOrderedId (UUID version 7)', () => {
  it('is a version 7, variant 10 UUID whose first 48 bits are the milliseconds', () => {
    const at = Date.parse('2026-12-03T08:00:00.000Z');
    const id = timeOrderedId(at);
    expect(id).toMatch(shape);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts in the order the ids were made, within one millisecond and across many', () => {
    const at = Date.parse('2026-12-03T09:00:00.000Z');
    const ids = [
      ...Array.from({ length: 1000 }, () => timeOrderedId(at)),
      ...Array.from({ length: 1000 }, () => timeOrderedId()),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(shape);
  });

  it('keeps growing when a millisecond runs out of counter or the clock steps back', () => {
    // An hour ahead of the clock, so this burst starts a millisecond of its own.
    const at = Date.now() + 3_600_000;
    // 5,000 ids in one millisecond pass the 12-bit counter: the next millisecond is borrowed.
    const burst = Array.from({ length: 5000 }, () => timeOrderedId(at));
    const back = timeOrderedId(at - 60_000);
    const ids = [...burst, back];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parseInt(burst[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    expect(parseInt(back.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThan(at);
  });
});
