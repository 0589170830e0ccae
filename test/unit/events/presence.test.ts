import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../src/main/events/bus';
import { createPresence } from '../../../src/main/events/presence';
import type { ChangeEvent } from '../../../src/shared/api/events';

const nurul = { id: 'p-nurul', name: 'Nurul' };
const sari = { id: 'p-sari', name: 'Sari' };

describe('presence: who has which post open', () => {
  it('announces a newcomer and a departure, not every heartbeat, and expires after the ttl', () => {
    const bus = createEventBus();
    const seen: ChangeEvent[] = [];
    bus.subscribe((event) => seen.push(event));
    let now = 1_000_000;
    const presence = createPresence(bus, { now: () => now, ttlMs: 60_000, sweepEveryMs: 0 });

    expect(presence.editing(nurul, 'post-1').map((e) => e.person.name)).toEqual(['Nurul']);
    now += 20_000;
    presence.editing(nurul, 'post-1'); // a heartbeat
    expect(presence.editing(sari, 'post-1').map((e) => e.person.name)).toEqual(['Nurul', 'Sari']);
    expect(seen.map((e) => [e.kind, e.ids, e.by?.name])).toEqual([
      ['presence', ['post-1'], 'Nurul'],
      ['presence', ['post-1'], 'Sari'],
    ]);

    presence.left(sari, 'post-1');
    expect(seen.at(-1)).toMatchObject({ kind: 'presence', ids: ['post-1'], by: sari });
    expect(presence.list().map((e) => e.person.name)).toEqual(['Nurul']);

    // Nurul's window died: no heartbeat for a minute.
    now += 60_000;
    expect(presence.list()).toEqual([]);
    expect(seen.at(-1)).toMatchObject({ kind: 'presence', ids: ['post-1'], by: null });
    expect(seen).toHaveLength(4);
    presence.close();
  });
});
