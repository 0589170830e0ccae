import type { TFunction } from 'i18next';
import { create } from 'zustand';
// The calendar's store, built from what it needs (`CalendarDeps`): `store.ts` wires the real API,
// settings and language; unit tests inject fakes. No browser globals here.
import type { LinimasaApi, ResponseOf } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import { timeAfterMove } from '../../../shared/domain/post-move';
import type { PostStatus } from '../../../shared/domain/post-status';
import type { UndoApprovalOutcome } from '../../../shared/domain/post-undo';
import type { PostFilter, PostSummary } from '../../../shared/domain/posts';
import { todayIn, toInstant, type LocalDate, type LocalTime } from '../../../shared/time';
import type { WeekStart } from '../../../shared/domain/settings';
import {
  findSummary,
  loadKey,
  localPartsReader,
  placeSummary,
  pushUndo,
  stepAnchor,
  summaryOf,
  visibleRange,
  type CalendarViewKind,
  type UndoEntry,
} from './model';
import { formatLongDate } from './format';

export type { CalendarViewKind, UndoEntry };

/** What the editor panel shows: a new post (on a day, or an idea without one), an existing post, or nothing. */
export type EditorMode = { kind: 'new'; date?: LocalDate } | { kind: 'edit'; id: string } | null;

export type ObservanceDay = ResponseOf<'observances.list'>[number];

/** The one toast of the calendar: what just happened, and the way back or forward. */
export interface CalendarNotice {
  /** New for every notice, so a repeated message is announced and its timer restarts. */
  id: number;
  tone: 'info' | 'warning' | 'error';
  message: string;
  /** Offer "Urungkan" (the top of the undo stack). */
  undo?: boolean;
  /** Offer "Muat ulang" after a conflict. */
  reload?: boolean;
}

export interface MoveTarget {
  /** The new day, or null for the ideas tray. */
  date: LocalDate | null;
  /** Only when the drop chose an hour (week view); otherwise the post keeps its time. */
  time?: LocalTime;
}

interface CalendarState {
  view: CalendarViewKind;
  /** A day inside the period shown; null until the screen first opens and knows "today". */
  anchor: LocalDate | null;
  filter: PostFilter;
  /** Scheduled posts of the visible range, as the server ordered them (by time). */
  posts: PostSummary[];
  /** Unscheduled posts for the tray, newest first. */
  ideas: PostSummary[];
  observances: ObservanceDay[];
  /** Which range and filter `posts` holds (see `loadKey`); null before the first load. */
  loadedKey: string | null;
  /** Counts loads, so a view can tell "fresh data arrived" even for the same range. */
  loadCount: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  editor: EditorMode;
  undoStack: UndoEntry[];
  notice: CalendarNotice | null;

  /** Called by the screen: restores the last view and month, or starts at today. */
  init(): void;
  setView(view: CalendarViewKind): void;
  /** Show the period holding `date`. */
  goTo(date: LocalDate): void;
  step(direction: 1 | -1): void;
  goToday(): void;
  setFilter(filter: PostFilter): void;
  clearFilters(): void;
  /** Reload everything shown: the range, the ideas and the day badges. The editor calls it after a save. */
  refresh(): Promise<void>;
  openPost(id: string): void;
  newPost(date?: LocalDate): void;
  closeEditor(): void;
  move(id: string, target: MoveTarget): Promise<void>;
  /** Other parts (the editor's delete) register what Ctrl+Z should take back. */
  recordUndo(entry: UndoEntry): void;
  undo(): Promise<void>;
  showNotice(notice: Omit<CalendarNotice, 'id'>): void;
  dismissNotice(): void;
  /** Full-text search within the current filter, for the search box. */
  search(query: string, limit: number): Promise<ApiResult<PostSummary[]>>;
  /** Every tag in use, for the tag filter. */
  tags(): Promise<ApiResult<ResponseOf<'posts.tags'>>>;
}

/** The office settings the calendar reads. */
export interface CalendarOffice {
  zone: string;
  weekStart: WeekStart;
  defaultTime: LocalTime;
}

/** What the calendar store needs from outside: injected, so tests drive it with a fake API. */
export interface CalendarDeps {
  api: Pick<LinimasaApi, 'posts' | 'observances'>;
  office(): CalendarOffice;
  /** The person acting now, or null when none is chosen. */
  actorId(): string | null;
  /** Words a notice in the interface's language. */
  t: TFunction;
  language(): string;
  /** The view and day shown last time, and where to keep them. */
  remembered(): { view: CalendarViewKind; anchor: LocalDate } | undefined;
  remember(view: CalendarViewKind, anchor: LocalDate): void;
  /** A navigation starts (for the month-switch performance marks). */
  onNavigate?(key: string): void;
}

let noticeCounter = 0;

export function createCalendarStore(deps: CalendarDeps) {
  const { api, office, actorId: currentActor } = deps;
  const i18n = {
    t: deps.t,
    get language() {
      return deps.language();
    },
  };
  /** Only the newest request of each kind may write its answer; a slow older one is dropped. */
  let rangeRequest = 0;
  let ideasRequest = 0;

  return create<CalendarState>()((set, get) => {
    const rangeOf = (view: CalendarViewKind, anchor: LocalDate) =>
      visibleRange(view, anchor, office().weekStart);

    const keyOf = (view: CalendarViewKind, anchor: LocalDate, filter: PostFilter) => {
      const range = rangeOf(view, anchor);
      return loadKey(range.from, range.to, filter);
    };

    async function loadRange(): Promise<void> {
      const { view, anchor, filter } = get();
      if (!anchor) return;
      const range = rangeOf(view, anchor);
      const key = loadKey(range.from, range.to, filter);
      const request = ++rangeRequest;
      if (get().status !== 'ready') set({ status: 'loading' });
      const [posts, observances] = await Promise.all([
        api.posts.range({ from: range.from, to: range.to, filter }),
        api.observances.list({ from: range.from, to: range.to }),
      ]);
      if (request !== rangeRequest) return;
      if (!posts.ok) {
        set({ status: 'error', loadError: posts.error });
        return;
      }
      set((state) => ({
        posts: posts.value,
        // Day badges are a nicety: if they fail, the posts still show.
        observances: observances.ok ? observances.value : [],
        loadedKey: key,
        loadCount: state.loadCount + 1,
        status: 'ready',
        loadError: null,
      }));
    }

    async function loadIdeas(): Promise<void> {
      const request = ++ideasRequest;
      const ideas = await api.posts.ideas({ filter: get().filter });
      if (request !== ideasRequest) return;
      if (ideas.ok) set({ ideas: ideas.value });
    }

    const navigate = (view: CalendarViewKind, anchor: LocalDate) => {
      const state = get();
      if (state.view === view && state.anchor === anchor) return;
      deps.onNavigate?.(keyOf(view, anchor, state.filter));
      deps.remember(view, anchor);
      set({ view, anchor });
      void loadRange();
    };

    const notify = (notice: Omit<CalendarNotice, 'id'>) =>
      set({ notice: { ...notice, id: ++noticeCounter } });

    const failed = (error: ApiError) =>
      error.code === 'conflict'
        ? notify({ tone: 'warning', message: i18n.t('calendar.notices.conflict'), reload: true })
        : notify({
            tone: 'error',
            message: i18n.t('calendar.notices.failed', { message: error.message }),
          });

    /** What an undone move says: an approval that came back, one that did not, or neither. */
    const undoNotice = (
      title: string,
      approval: UndoApprovalOutcome,
      status: PostStatus,
      returnedToDraft: boolean,
    ): Omit<CalendarNotice, 'id'> => {
      if (approval === 'restored') {
        return {
          tone: 'info',
          message: i18n.t(
            status === 'in_review'
              ? 'calendar.notices.undoneSubmissionKept'
              : 'calendar.notices.undoneApprovalKept',
            { title },
          ),
        };
      }
      if (approval === 'not_restored') {
        return {
          tone: 'warning',
          message: i18n.t('calendar.notices.undoneApprovalLost', { title }),
        };
      }
      const undone = i18n.t('calendar.notices.undone', { title });
      return returnedToDraft
        ? { tone: 'warning', message: `${undone} ${i18n.t('calendar.notices.returnedToDraft')}` }
        : { tone: 'info', message: undone };
    };

    const needActor = (): string | null => {
      const actorId = currentActor();
      if (!actorId) notify({ tone: 'warning', message: i18n.t('calendar.notices.signInFirst') });
      return actorId;
    };

    return {
      view: 'month',
      anchor: null,
      filter: {},
      posts: [],
      ideas: [],
      observances: [],
      loadedKey: null,
      loadCount: 0,
      status: 'idle',
      loadError: null,
      editor: null,
      undoStack: [],
      notice: null,

      init() {
        if (get().anchor === null) {
          const stored = deps.remembered();
          set({
            view: stored?.view ?? 'month',
            anchor: stored?.anchor ?? todayIn(office().zone),
          });
        }
        void get().refresh();
      },

      setView(view) {
        const anchor = get().anchor ?? todayIn(office().zone);
        navigate(view, anchor);
      },

      goTo(date) {
        navigate(get().view, date);
      },

      step(direction) {
        const { view, anchor } = get();
        navigate(view, stepAnchor(view, anchor ?? todayIn(office().zone), direction));
      },

      goToday() {
        navigate(get().view, todayIn(office().zone));
      },

      setFilter(filter) {
        set({ filter });
        void get().refresh();
      },

      clearFilters() {
        get().setFilter({});
      },

      async refresh() {
        await Promise.all([loadRange(), loadIdeas()]);
      },

      openPost: (id) => set({ editor: { kind: 'edit', id } }),
      newPost: (date) => set({ editor: date ? { kind: 'new', date } : { kind: 'new' } }),
      closeEditor: () => set({ editor: null }),

      async move(id, target) {
        const summary = findSummary(get(), id);
        if (!summary) return;
        const { zone, defaultTime } = office();
        const before = summary.scheduledAt ? localPartsReader(zone)(summary.scheduledAt) : null;
        const unchanged = before
          ? target.date === before.date && (target.time ?? before.time) === before.time
          : target.date === null;
        if (unchanged) return;
        const actorId = needActor();
        if (!actorId) return;

        // Show the move at once; the server's answer replaces this guess.
        const time = timeAfterMove(before, target.time, defaultTime);
        set(
          placeSummary(get(), {
            ...summary,
            scheduledAt: target.date ? toInstant(target.date, time, zone) : null,
            timeZone: target.date ? zone : null,
          }),
        );

        const result = await api.posts.move({
          id,
          version: summary.version,
          date: target.date,
          ...(target.time ? { time: target.time } : {}),
        });
        if (!result.ok) {
          failed(result.error);
          await get().refresh();
          return;
        }
        const moved = summaryOf(result.value.post, summary);
        set((state) => ({
          ...placeSummary(state, moved),
          undoStack: pushUndo(state.undoStack, {
            kind: 'move',
            postId: id,
            title: moved.title,
            previous: before,
          }),
        }));
        const where = target.date
          ? i18n.t('calendar.notices.moved', {
              title: moved.title,
              date: formatLongDate(target.date, i18n.language),
            })
          : i18n.t('calendar.notices.movedToIdeas', { title: moved.title });
        notify({
          tone: result.value.returnedToDraft ? 'warning' : 'info',
          message: result.value.returnedToDraft
            ? `${where} ${i18n.t('calendar.notices.returnedToDraft')}`
            : where,
          undo: true,
        });
      },

      recordUndo(entry) {
        set((state) => ({ undoStack: pushUndo(state.undoStack, entry) }));
      },

      async undo() {
        const entry = get().undoStack.at(-1);
        if (!entry) {
          notify({ tone: 'info', message: i18n.t('calendar.notices.nothingToUndo') });
          return;
        }
        const actorId = needActor();
        if (!actorId) return;
        set((state) => ({ undoStack: state.undoStack.slice(0, -1) }));

        if (entry.kind === 'delete') {
          const result = await api.posts.restore({ id: entry.postId });
          if (!result.ok) return failed(result.error);
          await get().refresh();
          notify({
            tone: 'info',
            message: i18n.t('calendar.notices.restored', { title: entry.title }),
          });
          return;
        }

        // The server checks the move is still in effect and whether the approval it took
        // away may come back; the notice words what it decided.
        const result = await api.posts.undoMove({
          id: entry.postId,
          previous: entry.previous,
        });
        if (!result.ok) {
          if (result.error.key === 'post.undoMoveOutdated') {
            notify({ tone: 'warning', message: result.error.message, reload: true });
          } else failed(result.error);
          await get().refresh();
          return;
        }
        const { post, approval, returnedToDraft } = result.value;
        set((state) => placeSummary(state, summaryOf(post, findSummary(state, entry.postId))));
        notify(undoNotice(entry.title, approval, post.status, returnedToDraft));
      },

      showNotice: notify,
      dismissNotice: () => set({ notice: null }),

      search: (query, limit) => api.posts.search({ query, filter: get().filter, limit }),
      tags: () => api.posts.tags({}),
    };
  });
}
