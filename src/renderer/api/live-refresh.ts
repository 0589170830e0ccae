import type { ChangeEvent, ChangeKind } from '../../shared/api/events';
import { onLiveChange } from './live';

export interface LiveRefreshOptions {
  kinds: readonly ChangeKind[];
  /** Rereads what the store shows. */
  refresh: () => void;
  /**
   * True when the store already holds this change (its own save, answered before the event
   * came): no second read for it.
   */
  held?: (event: ChangeEvent) => boolean;
  /** Changes that come close together cause one reread. */
  delayMs?: number;
}

/**
 * A store's subscription to the live stream: one debounced reread per burst of changes of its
 * kinds, none for a change it already holds. A `reload` (missed changes) always rereads.
 * Returns the unsubscribe function.
 */
export function refreshOnLiveChange(options: LiveRefreshOptions): () => void {
  const delayMs = options.delayMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return onLiveChange(options.kinds, (event) => {
    if (event.kind !== 'reload' && options.held?.(event as ChangeEvent)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      options.refresh();
    }, delayMs);
  });
}

/**
 * My own change whose result the store holds already: `by` is me and every named post is held
 * at that version or newer.
 */
export function heldByMe(
  event: ChangeEvent,
  me: string | null,
  versionOf: (id: string) => number | undefined,
): boolean {
  if (!me || event.by?.id !== me || event.ids.length === 0 || event.version === undefined) {
    return false;
  }
  return event.ids.every((id) => (versionOf(id) ?? 0) >= event.version!);
}
