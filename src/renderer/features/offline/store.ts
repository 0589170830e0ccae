import type { Post } from '../../../shared/domain/posts';
import { api } from '../../api';
import { useConnection } from '../../stores/connection';
import { useSession } from '../../stores/session';
import { forgetDraft, type Owner } from './drafts';
import { createOutboxStore } from './create-store';
import type { QueuedSave } from './outbox';

/**
 * The app's outbox: localStorage, the real API, the connection store and the signed-in person.
 * It sends at every return of the host and when someone signs in with saves still waiting (the
 * tab was closed while the host was away), and tells the connection store how many went out.
 */
export const currentOwner = (): Owner | null => {
  const personId = useSession.getState().currentPersonId;
  return personId ? { origin: window.location.origin, personId } : null;
};

type SentListener = (item: QueuedSave, post: Post) => void;
const sentListeners = new Set<SentListener>();

/** The editor and the calendar register here to show a save the outbox sent. */
export function onOutboxSent(listener: SentListener): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

export const useOutbox = createOutboxStore({
  api,
  storage: window.localStorage,
  owner: currentOwner,
  unreachable: () => !useConnection.getState().reachable,
  now: () => Date.now(),
  newId: () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
  sent(item, post) {
    const owner = currentOwner();
    if (owner) forgetDraft(window.localStorage, owner, item.draftKey);
    for (const listener of [...sentListeners]) listener(item, post);
  },
});

const sendWaiting = async () => {
  const sent = await useOutbox.getState().flush();
  useConnection.getState().sentAfterReturn(sent);
};

useConnection.subscribe((state, previous) => {
  if (state.reachable && !previous.reachable) void sendWaiting();
});

useSession.subscribe((state, previous) => {
  if (state.currentPersonId === previous.currentPersonId) return;
  useOutbox.getState().load();
  if (useOutbox.getState().items.length > 0 && useConnection.getState().reachable)
    void useOutbox.getState().flush();
});
