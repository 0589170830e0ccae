import type { ChangeEvent, ChangeKind } from '../../shared/api/events';

/**
 * The renderer's end of the live stream: stores register what they show, and the stream
 * (connected in one place) hands each change to the listeners of its kind. `reload` means
 * changes were missed: every listener rereads what it shows.
 */
export type LiveListener = (event: ChangeEvent | { kind: 'reload' }) => void;

const listeners = new Map<ChangeKind, Set<LiveListener>>();

/** Returns the unsubscribe function; safe to call from a store at import time. */
export function onLiveChange(kinds: readonly ChangeKind[], listener: LiveListener): () => void {
  for (const kind of kinds) {
    let set = listeners.get(kind);
    if (!set) listeners.set(kind, (set = new Set()));
    set.add(listener);
  }
  return () => {
    for (const kind of kinds) listeners.get(kind)?.delete(listener);
  };
}

/** Called by the stream for each change it receives. */
export function deliverLiveChange(event: ChangeEvent): void {
  for (const listener of [...(listeners.get(event.kind) ?? [])]) listener(event);
}

/** Called by the stream when it missed changes: each listener once, however many kinds it holds. */
export function deliverLiveReload(): void {
  const everyone = new Set<LiveListener>();
  for (const set of listeners.values()) for (const listener of set) everyone.add(listener);
  for (const listener of everyone) listener({ kind: 'reload' });
}
