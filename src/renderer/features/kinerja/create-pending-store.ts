import { create } from 'zustand';
import type { LinimasaApi, ResponseOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';

export type PendingRow = ResponseOf<'analytics.pending'>[number];
/** What becomes of a waiting row: this planned post, published outside the plan, or left out. */
export type PendingTarget = { postId: string } | 'unplanned' | 'skip';

export interface PendingDeps {
  api: Pick<LinimasaApi, 'analytics'>;
  /** An API error in the interface's language. */
  word(error: ApiError): string;
  /** After a row was settled: what shows figures or statuses (report, calendar) rereads. */
  onSettled(): void | Promise<void>;
}

/** Words the store itself needs: what just happened, for the screen's live region. */
export interface PendingWords {
  matched(title: string): string;
  unplanned(count: number): string;
  skipped(count: number): string;
}

interface PendingState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  rows: PendingRow[];
  error: string | null;
  /** Ids of the rows ticked for a bulk choice. */
  selected: readonly string[];
  busy: boolean;
  notice: string | null;
  /** A refusal of the last choice, in words. */
  problem: string | null;
  load(): Promise<void>;
  toggle(id: string, on: boolean): void;
  selectAll(on: boolean): void;
  settle(id: string, target: PendingTarget): Promise<boolean>;
  settleSelected(target: 'unplanned' | 'skip'): Promise<boolean>;
}

/**
 * Laporan › Perlu dicocokkan: the uncertain rows earlier imports left waiting, settled one by
 * one (a candidate post, "terbit di luar rencana", or not counted) or a selection at once. Built
 * from its dependencies so unit tests drive it with a scripted API.
 *
 * No undo here: a match records the channel as published (and may move the post to "Terbit"),
 * which the post's own "Terbit" section takes back ("Batalkan tanda terbit"); the notice says so.
 */
export function createPendingStore(deps: PendingDeps, words: PendingWords) {
  let request = 0;
  return create<PendingState>()((set, get) => {
    const after = async (
      reply: Awaited<ReturnType<LinimasaApi['analytics']['resolveMany']>>,
      notice: (resolved: number) => string,
    ) => {
      if (!reply.ok) {
        set({ busy: false, problem: deps.word(reply.error) });
        return false;
      }
      set({ busy: false, notice: notice(reply.value.resolved) });
      await get().load();
      await deps.onSettled();
      return true;
    };

    return {
      status: 'idle',
      rows: [],
      error: null,
      selected: [],
      busy: false,
      notice: null,
      problem: null,

      async load() {
        const mine = ++request;
        if (get().status !== 'ready') set({ status: 'loading' });
        const reply = await deps.api.analytics.pending({});
        if (mine !== request) return;
        if (!reply.ok) return set({ status: 'error', error: deps.word(reply.error) });
        const ids = new Set(reply.value.map((row) => row.id));
        set((state) => ({
          status: 'ready',
          rows: reply.value,
          error: null,
          // A row a colleague settled meanwhile leaves the selection too.
          selected: state.selected.filter((id) => ids.has(id)),
        }));
      },

      toggle(id, on) {
        set((state) => ({
          selected: on
            ? [...new Set([...state.selected, id])]
            : state.selected.filter((other) => other !== id),
        }));
      },

      selectAll(on) {
        set((state) => ({ selected: on ? state.rows.map((row) => row.id) : [] }));
      },

      async settle(id, target) {
        if (get().busy) return false;
        const row = get().rows.find((r) => r.id === id);
        set({ busy: true, notice: null, problem: null });
        const reply = await deps.api.analytics.resolve({ id, target });
        if (!reply.ok) {
          set({ busy: false, problem: deps.word(reply.error) });
          // Settled by someone else already: the list shows it gone.
          if (reply.error.code === 'conflict') await get().load();
          return false;
        }
        const title =
          typeof target === 'object'
            ? (row?.candidates.find((c) => c.postId === target.postId)?.title ?? '')
            : '';
        set((state) => ({ selected: state.selected.filter((other) => other !== id) }));
        return after({ ok: true, value: { resolved: 1 } }, () =>
          typeof target === 'object'
            ? words.matched(title)
            : target === 'unplanned'
              ? words.unplanned(1)
              : words.skipped(1),
        );
      },

      async settleSelected(target) {
        const ids = get().selected;
        if (get().busy || ids.length === 0) return false;
        set({ busy: true, notice: null, problem: null });
        const reply = await deps.api.analytics.resolveMany({ ids: [...ids], target });
        if (reply.ok) set({ selected: [] });
        return after(reply, (resolved) =>
          target === 'unplanned' ? words.unplanned(resolved) : words.skipped(resolved),
        );
      },
    };
  });
}
export type PendingStore = ReturnType<typeof createPendingStore>;
