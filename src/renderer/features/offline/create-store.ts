import { create } from 'zustand';
import type { Post } from '../../../shared/domain/posts';
import type { PostDraft } from '../editor/draft';
import type { KeptStorage, Owner } from './drafts';
import {
  enqueue,
  flushOutbox,
  readOutbox,
  sendOne,
  writeOutbox,
  type QueuedSave,
  type SendApi,
} from './outbox';

/**
 * The outbox as the app holds it: the queued saves of the signed-in person on this host, always
 * mirrored to localStorage (so a crash or a closed tab loses nothing), sent in order when the
 * host answers again. A conflict stays in the list until the person picks a version.
 */
export interface OutboxState {
  items: QueuedSave[];
  flushing: boolean;
  /** Reads the queue of whoever is signed in now. */
  load(): void;
  queue(save: Omit<QueuedSave, 'id' | 'queuedAt'>): void;
  /** Sends what waits; resolves to how many saves went through. */
  flush(): Promise<number>;
  /** "Pakai versi saya": my changed fields on top of the host's version. */
  /** With `merged`: the merge view's result is sent instead of what was typed. */
  keepMine(id: string, merged?: PostDraft): Promise<void>;
  /** "Pakai versi kantor": my queued save is dropped. */
  takeTheirs(id: string): void;
}

export interface OutboxDeps {
  api: SendApi;
  storage: KeptStorage;
  owner(): Owner | null;
  unreachable(): boolean;
  now(): number;
  newId(): string;
  /** A queued save reached the host (the editor and the calendar show it, the kept draft goes). */
  sent(item: QueuedSave, post: Post): void;
}

export function createOutboxStore(deps: OutboxDeps) {
  return create<OutboxState>()((set, get) => {
    const save = (items: QueuedSave[]) => {
      const owner = deps.owner();
      if (owner) writeOutbox(deps.storage, owner, items);
      set({ items });
    };
    let running: Promise<number> | null = null;

    return {
      items: [],
      flushing: false,
      load() {
        const owner = deps.owner();
        set({ items: owner ? readOutbox(deps.storage, owner) : [] });
      },
      queue(item) {
        save(enqueue(get().items, { ...item, id: deps.newId(), queuedAt: deps.now() }));
      },
      flush() {
        // One run at a time: a second return while sending waits for the first run's figure.
        running ??= (async () => {
          set({ flushing: true });
          try {
            const { remaining, sent } = await flushOutbox(deps.api, get().items, deps.unreachable);
            // Saves queued while this run was sending stay, after the ones that were sent.
            const sentIds = new Set(sent.map(({ item }) => item.id));
            const byId = new Map(remaining.map((item) => [item.id, item]));
            save(
              get()
                .items.filter((item) => !sentIds.has(item.id))
                .map((item) => byId.get(item.id) ?? item),
            );
            for (const { item, post } of sent) deps.sent(item, post);
            return sent.length;
          } finally {
            set({ flushing: false });
            running = null;
          }
        })();
        return running;
      },
      async keepMine(id, merged) {
        const found = get().items.find((candidate) => candidate.id === id);
        if (found?.problem?.kind !== 'conflict') return;
        const item = merged ? { ...found, draft: merged } : found;
        if (item.problem?.kind !== 'conflict') return;
        const result = await sendOne(deps.api, item, deps.unreachable, item.problem.theirs.version);
        if (result.kind === 'unreachable') return;
        const rest = get().items.filter((candidate) => candidate.id !== id);
        if (result.kind === 'sent') {
          save(rest);
          deps.sent(item, result.post);
        } else {
          const problem =
            result.kind === 'conflict'
              ? { kind: 'conflict' as const, theirs: result.theirs }
              : { kind: 'refused' as const, message: result.message };
          save(
            get().items.map((candidate) =>
              candidate.id === id ? { ...item, problem } : candidate,
            ),
          );
        }
      },
      takeTheirs(id) {
        save(get().items.filter((candidate) => candidate.id !== id));
      },
    };
  });
}
