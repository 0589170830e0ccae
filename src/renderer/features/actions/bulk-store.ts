import { create } from 'zustand';
import type { LinimasaApi } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { BulkResult, PostWarningList } from '../../../shared/domain/needs-action';
import type { LocalDate } from '../../../shared/time';
import {
  applicable,
  showsWarnings,
  undoPlan,
  unpublishPlan,
  type BulkAction,
  type BulkOutcomeResult,
  type BulkPost,
  type UndoPlan,
} from './model';
import {
  emptySelection,
  keepListed,
  selectAll,
  selectRange,
  toggleOne,
  type Selection,
} from './selection';

/** What the confirmation asks for before a bulk action runs. */
export interface BulkDialogState {
  action: BulkAction;
  /** The selected posts the action applies to (the others are named as left out). */
  posts: BulkPost[];
  /** Selected posts the action cannot apply to, by status. */
  skipped: BulkPost[];
  /** The platform warnings of the posts that have any; null while they load. */
  warnings: PostWarningList[] | null;
}

export interface BulkInput {
  /** request_changes: the one comment for every post. */
  comment?: string;
  /** The selection's warnings were read and acknowledged once. */
  acknowledgeWarnings?: boolean;
  /** move: shift each post by this many days, keeping its time… */
  shiftDays?: number;
  /** …or move all to this day. */
  date?: LocalDate;
}

/** What the last bulk action did, per post, and how to take it back. */
export interface BulkOutcome {
  action: BulkAction | 'undo';
  results: BulkOutcomeResult[];
  undo: UndoPlan | null;
  /** After undoing a move: posts that stay draft (their approval was not restored). */
  stayedDraft: number;
}

interface BulkState {
  selection: Selection;
  dialog: BulkDialogState | null;
  busy: boolean;
  outcome: BulkOutcome | null;
  /** A whole call that failed (network, no profile), worded already. */
  problem: string | null;

  toggle(id: string, order: readonly string[], extend: boolean): void;
  selectAll(order: readonly string[]): void;
  clear(): void;
  /** The list changed: forget selected posts that left it. */
  prune(order: readonly string[]): void;
  open(action: BulkAction, selected: readonly BulkPost[]): Promise<void>;
  closeDialog(): void;
  run(input: BulkInput): Promise<void>;
  undo(): Promise<void>;
  dismissOutcome(): void;
}

export interface BulkDeps {
  api: Pick<LinimasaApi, 'posts' | 'publications'>;
  /** The person acting now, or null when none is chosen. */
  actorId(): string | null;
  /** Words for the two problems the store itself meets. */
  words: { pickProfile(): string };
  /** A refusal in the interface's language (from its catalog key), else main's Indonesian. */
  wordRefusal(error: {
    message: string;
    key?: string;
    params?: Record<string, string | number>;
  }): string;
  /** After anything changed posts: reload the lists and the counter. */
  onChanged(): void | Promise<void>;
}

/**
 * Select many posts and act on them at once: one API call per action (one transaction in main,
 * all-or-nothing per post), the per-post results kept for the results list, and the way back
 * where there is one (delete → restore from the trash; move → move back). One store per list
 * that offers it: "Perlu tindakan" and the calendar's agenda.
 */
export function createBulkStore(deps: BulkDeps) {
  const { api } = deps;
  let warningsRequest = 0;

  return create<BulkState>()((set, get) => {
    const finish = async (
      action: BulkOutcome['action'],
      reply: ApiResult<{ results: BulkOutcomeResult[] }>,
      plan: (results: BulkOutcomeResult[]) => UndoPlan | null,
      stayedDraft = 0,
    ) => {
      if (!reply.ok) {
        set({ busy: false, problem: reply.error.message });
        return;
      }
      const results = reply.value.results.map((result): BulkOutcomeResult =>
        result.ok
          ? result
          : { ...result, error: { ...result.error, message: deps.wordRefusal(result.error) } },
      );
      const done = new Set(results.filter((r) => r.ok).map((r) => r.id));
      set((state) => ({
        busy: false,
        dialog: null,
        problem: null,
        outcome: { action, results, undo: plan(results), stayedDraft },
        // Refused posts stay selected, so they can be looked at or tried again.
        selection: {
          ids: new Set([...state.selection.ids].filter((id) => !done.has(id))),
          anchor: null,
        },
      }));
      await deps.onChanged();
    };

    const actor = (): string | null => {
      const id = deps.actorId();
      if (!id) set({ problem: deps.words.pickProfile() });
      return id;
    };

    return {
      selection: emptySelection,
      dialog: null,
      busy: false,
      outcome: null,
      problem: null,

      toggle(id, order, extend) {
        set((state) => ({
          selection: extend
            ? selectRange(state.selection, order, id)
            : toggleOne(state.selection, id),
        }));
      },
      selectAll: (order) => set({ selection: selectAll(order) }),
      clear: () => set({ selection: emptySelection }),
      prune(order) {
        const selection = keepListed(get().selection, order);
        if (selection !== get().selection) set({ selection });
      },

      async open(action, selected) {
        const posts = applicable(action, selected);
        const skipped = selected.filter((post) => !posts.includes(post));
        const needsWarnings = showsWarnings(action) && posts.length > 0;
        set({
          dialog: { action, posts, skipped, warnings: needsWarnings ? null : [] },
          problem: null,
        });
        if (!needsWarnings) return;
        const request = ++warningsRequest;
        const reply = await api.posts.bulkWarnings({ ids: posts.map((p) => p.id) });
        if (request !== warningsRequest || get().dialog?.action !== action) return;
        if (!reply.ok) {
          set({ dialog: null, problem: reply.error.message });
          return;
        }
        set((state) =>
          state.dialog ? { dialog: { ...state.dialog, warnings: reply.value } } : {},
        );
      },
      closeDialog: () => set({ dialog: null }),

      async run(input) {
        const dialog = get().dialog;
        if (!dialog || get().busy || dialog.posts.length === 0) return;
        const actorId = actor();
        if (!actorId) return;
        set({ busy: true, problem: null });
        const items = dialog.posts.map(({ id, version }) => ({ id, version }));
        const { action } = dialog;
        if (action === 'delete') {
          const reply = await api.posts.bulkDelete({ items });
          return finish(action, reply, (results) => undoPlan(action, results as BulkResult[]));
        }
        if (action === 'publish') {
          const reply = await api.publications.mark({
            items: dialog.posts.map(({ id }) => ({ postId: id })),
          });
          return finish(action, publishedResults(reply, dialog.posts), () =>
            reply.ok ? unpublishPlan(reply.value.results) : null,
          );
        }
        if (action === 'move') {
          const reply = await api.posts.bulkMove(
            input.date
              ? { items: items.map((item) => ({ ...item, date: input.date! })) }
              : { items, shiftDays: input.shiftDays ?? 0 },
          );
          return finish(action, reply, (results) => undoPlan(action, results as BulkResult[]));
        }
        const reply = await api.posts.bulkTransition({
          action,
          items,
          comment: input.comment ?? '',
          acknowledgeWarnings: input.acknowledgeWarnings ?? false,
        });
        return finish(action, reply, () => null);
      },

      async undo() {
        const plan = get().outcome?.undo;
        if (!plan || get().busy) return;
        const actorId = actor();
        if (!actorId) return;
        set({ busy: true, problem: null });
        if (plan.kind === 'unpublish') {
          const reply = await api.publications.unmark({ items: plan.items });
          const titles = new Map(
            (get().outcome?.results ?? []).map((r) => [r.id, r.ok ? r.post.title : r.title]),
          );
          return finish('undo', unpublishedResults(reply, plan.items, titles), () => null);
        }
        const reply =
          plan.kind === 'restore'
            ? await api.posts.bulkRestore({ ids: plan.ids })
            : await api.posts.bulkMove({ items: plan.items });
        return finish(
          'undo',
          reply,
          () => null,
          plan.kind === 'moveBack' ? plan.returnedToDraft : 0,
        );
      },

      dismissOutcome: () => set({ outcome: null }),
    };
  });
}
export type BulkStore = ReturnType<typeof createBulkStore>;

type PublicationReply = Awaited<ReturnType<LinimasaApi['publications']['mark']>>;

/** publications.mark's per-post results as the results list shows them. */
function publishedResults(
  reply: PublicationReply,
  posts: readonly BulkPost[],
): ApiResult<{ results: BulkOutcomeResult[] }> {
  if (!reply.ok) return reply;
  const titles = new Map(posts.map((post) => [post.id, post.title]));
  return {
    ok: true,
    value: {
      results: reply.value.results.map((result): BulkOutcomeResult =>
        result.ok
          ? {
              id: result.postId,
              ok: true,
              post: { title: titles.get(result.postId) ?? '' },
              returnedToDraft: false,
            }
          : {
              id: result.postId,
              ok: false,
              title: result.title ?? titles.get(result.postId) ?? null,
              error: result.error,
            },
      ),
    },
  };
}

/** publications.unmark's results (one per channel) as one line per post. */
function unpublishedResults(
  reply: PublicationReply,
  items: readonly { postId: string }[],
  titles: ReadonlyMap<string, string | null>,
): ApiResult<{ results: BulkOutcomeResult[] }> {
  if (!reply.ok) return reply;
  const postIds = [...new Set(items.map((item) => item.postId))];
  return {
    ok: true,
    value: {
      results: postIds.map((postId): BulkOutcomeResult => {
        const refused = reply.value.results.find((r) => r.postId === postId && !r.ok);
        return refused && !refused.ok
          ? { id: postId, ok: false, title: refused.title, error: refused.error }
          : {
              id: postId,
              ok: true,
              post: { title: titles.get(postId) ?? '' },
              returnedToDraft: false,
            };
      }),
    },
  };
}
