import type { PresenceEntry } from '../../shared/api/methods/presence';
import { presenceTtlMs } from '../../shared/api/methods/presence';
import type { EventBus } from './bus';

export interface PresencePerson {
  id: string;
  name: string;
}

export interface Presence {
  /** A heartbeat: this person has this post open. Returns everyone on that post now. */
  editing(person: PresencePerson, postId: string): PresenceEntry[];
  left(person: PresencePerson, postId: string): void;
  list(): PresenceEntry[];
  /** Drops entries without a heartbeat for the time to live; announces the posts it freed. */
  sweep(): void;
  close(): void;
}

export interface PresenceOptions {
  now?: () => number;
  ttlMs?: number;
  /** How often expired entries are swept; 0: only when asked (tests). */
  sweepEveryMs?: number;
}

/**
 * Who has which post open in an editor: held in memory only (a host restart forgets it, and the
 * editors' next heartbeat, at most 20 s later, fills it again). Soft: nothing is locked. A
 * newcomer, a departure and an expiry are announced on the bus as kind `presence`; a heartbeat
 * that only renews an entry announces nothing.
 */
export function createPresence(bus: EventBus, options: PresenceOptions = {}): Presence {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? presenceTtlMs;
  /** key: `${postId} ${personId}` */
  const entries = new Map<string, { postId: string; person: PresencePerson; at: number }>();
  const keyOf = (postId: string, personId: string) => `${postId} ${personId}`;
  const entry = (e: { postId: string; person: PresencePerson; at: number }): PresenceEntry => ({
    postId: e.postId,
    person: { id: e.person.id, name: e.person.name },
    since: new Date(e.at).toISOString(),
  });
  const announce = (postIds: string[], by: PresencePerson | null) =>
    bus.publish({
      kind: 'presence',
      ids: [...new Set(postIds)],
      by: by && { id: by.id, name: by.name },
    });

  function sweep() {
    const at = now();
    const freed: string[] = [];
    for (const [key, e] of entries) {
      if (at - e.at >= ttlMs) {
        entries.delete(key);
        freed.push(e.postId);
      }
    }
    if (freed.length > 0) announce(freed, null);
  }

  const every = options.sweepEveryMs ?? 10_000;
  const timer = every > 0 ? setInterval(sweep, every) : null;
  timer?.unref();

  return {
    editing(person, postId) {
      sweep();
      const key = keyOf(postId, person.id);
      const isNew = !entries.has(key);
      entries.set(key, { postId, person, at: now() });
      if (isNew) announce([postId], person);
      return [...entries.values()].filter((e) => e.postId === postId).map(entry);
    },
    left(person, postId) {
      if (entries.delete(keyOf(postId, person.id))) announce([postId], person);
    },
    list() {
      sweep();
      return [...entries.values()].map(entry);
    },
    sweep,
    close() {
      if (timer) clearInterval(timer);
      entries.clear();
    },
  };
}
