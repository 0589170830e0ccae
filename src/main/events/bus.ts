import { randomUUID } from 'node:crypto';
import type { ChangeEvent, ChangeInput } from '../../shared/api/events';

export type ChangeListener = (event: ChangeEvent) => void;

export interface EventBus {
  /** Changes the host has made since it started; unique per run of the host. */
  readonly runId: string;
  publish(input: ChangeInput): ChangeEvent;
  /** Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
  /**
   * The events after `seq`, oldest first, or `too_old` when some of them are no longer held
   * (the client must reread everything).
   */
  since(seq: number): ChangeEvent[] | 'too_old';
  /** The newest seq handed out (0 before the first). */
  readonly lastSeq: number;
}

/**
 * One per app: services and dispatch publish after a change is committed, the `/events` route
 * subscribes per session. Keeps the last `capacity` events for `Last-Event-ID` replay. A
 * listener that throws is logged and kept from stopping the others.
 */
export function createEventBus(capacity = 2_000): EventBus {
  const held: ChangeEvent[] = [];
  const listeners = new Set<ChangeListener>();
  let lastSeq = 0;
  return {
    runId: randomUUID(),
    get lastSeq() {
      return lastSeq;
    },
    publish(input) {
      lastSeq += 1;
      const event: ChangeEvent = {
        ...input,
        seq: lastSeq,
        at: input.at ?? new Date().toISOString(),
      };
      held.push(event);
      if (held.length > capacity) held.splice(0, held.length - capacity);
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          console.error('[events] a listener failed', error);
        }
      }
      return event;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    since(seq) {
      if (seq >= lastSeq) return [];
      const oldest = held[0]?.seq ?? lastSeq + 1;
      if (seq + 1 < oldest) return 'too_old';
      return held.filter((event) => event.seq > seq);
    },
  };
}
