import type { AssetSort } from '../../../../shared/domain/assets';
import { emptyFilters, listRequest, noSelection, pagesFor } from '../model';
import type { AssetsState, LibraryView, StoreContext } from './types';

/**
 * The paged list: what the filter bar asks, and the rows loaded so far, in pages as the grid
 * scrolls. Answers to an older filter (an older "generation") are dropped.
 */

/**
 * Rows per `assets.list` call: two or three screens of tiles. Small pages keep each answer's
 * parse-check-render step short while the grid scrolls.
 */
export const pageSize = 100;
/** During an import the grid refreshes at most this often, so new photos appear without jank. */
const refreshEveryMs = 1_500;
const storageKey = 'linimasa.assets';

function readStored(): { view?: LibraryView; sort?: AssetSort } {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>;
    const sorts: readonly string[] = ['newest', 'oldest', 'recentlyImported', 'name', 'largest'];
    return {
      view: value.view === 'list' || value.view === 'grid' ? value.view : undefined,
      sort:
        typeof value.sort === 'string' && sorts.includes(value.sort)
          ? (value.sort as AssetSort)
          : undefined,
    };
  } catch {
    return {};
  }
}

function remember(view: LibraryView, sort: AssetSort): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ view, sort }));
  } catch {
    // Storage switched off: the library opens in the default view next time.
  }
}

type ListKeys =
  | 'filters'
  | 'sort'
  | 'view'
  | 'resultVersion'
  | 'total'
  | 'pages'
  | 'stalePages'
  | 'status'
  | 'loadError'
  | 'setFilters'
  | 'clearFilters'
  | 'setSort'
  | 'setView'
  | 'ensureRange'
  | 'refresh'
  | 'assetAt';

export function createList({ set, get, deps }: StoreContext) {
  const stored = readStored();
  /** The rows' generation: answers to an older one are dropped. */
  let generation = 0;
  /** The generation whose total was asked for already. */
  let totalAskedFor = -1;
  const inflight = new Map<number, { generation: number; promise: Promise<void> }>();
  /** Page number → the cursor that fetches it (the previous page's nextCursor), this generation. */
  const cursors = new Map<number, string>();
  let visible = { first: 0, last: 0 };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let lastRefresh = 0;

  /** One page of the current generation; a page already on its way returns that request. */
  function loadPage(page: number): Promise<void> {
    const mine = generation;
    const pending = inflight.get(page);
    if (pending && pending.generation === mine) return pending.promise;
    const promise = fetchPage(page, mine).finally(() => {
      if (inflight.get(page)?.promise === promise) inflight.delete(page);
    });
    inflight.set(page, { generation: mine, promise });
    return promise;
  }

  async function fetchPage(page: number, mine: number): Promise<void> {
    const withTotal = totalAskedFor !== mine;
    totalAskedFor = mine;
    const { filters, sort } = get();
    const result = await deps.api.assets.list(
      listRequest(filters, sort, {
        pageIndex: page,
        pageSize,
        cursor: cursors.get(page),
        withTotal,
      }),
    );
    if (mine !== generation) return;
    if (!result.ok) {
      if (withTotal) totalAskedFor = -1;
      // A cursor from before a change (an asset deleted meanwhile) is refused: page by offset.
      if (result.error.field === 'cursor' && cursors.has(page)) {
        cursors.delete(page);
        return fetchPage(page, mine);
      }
      set({ status: 'error', loadError: result.error });
      return;
    }
    const { items, nextCursor, total } = result.value;
    if (nextCursor) cursors.set(page + 1, nextCursor);
    set((state) => {
      const pages = new Map(state.pages);
      pages.set(page, items);
      return { pages, total: total ?? state.total, status: 'ready', loadError: null };
    });
  }

  /** Loads every page of positions first…last, resolving when they are in. */
  async function loadPositions(first: number, last: number): Promise<void> {
    const total = get().total ?? 0;
    // One after another, so each page can use the cursor the previous one left.
    for (const page of pagesFor(first, last, pageSize, total)) {
      if (!get().pages.has(page)) await loadPage(page);
    }
  }

  /** A new filter or sort: forget the rows, the cursors and the selection. */
  function restart(patch: Partial<AssetsState>): void {
    generation += 1;
    inflight.clear();
    cursors.clear();
    set((state) => ({
      ...patch,
      resultVersion: state.resultVersion + 1,
      total: null,
      pages: new Map(),
      stalePages: new Map(),
      status: 'loading',
      loadError: null,
      selection: noSelection,
      activeIndex: 0,
    }));
    visible = { first: 0, last: 0 };
    void loadPage(0);
  }

  /** New files arrived during an import: refresh soon, but not more often than refreshEveryMs. */
  function refreshSoon(): void {
    if (refreshTimer) return;
    const wait = Math.max(0, lastRefresh + refreshEveryMs - Date.now());
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      void get().refresh();
    }, wait);
  }

  /** An import ended: one refresh now instead of the pending one. */
  function refreshNow(): Promise<void> {
    clearTimeout(refreshTimer);
    refreshTimer = undefined;
    return get().refresh();
  }

  const slice: Pick<AssetsState, ListKeys> = {
    filters: emptyFilters,
    sort: stored.sort ?? 'recentlyImported',
    view: stored.view ?? 'grid',
    resultVersion: 0,
    total: null,
    pages: new Map(),
    stalePages: new Map(),
    status: 'idle',
    loadError: null,

    setFilters(patch) {
      restart({ filters: { ...get().filters, ...patch } });
    },

    clearFilters() {
      restart({ filters: { ...emptyFilters, query: get().filters.query } });
    },

    setSort(sort) {
      remember(get().view, sort);
      restart({ sort });
    },

    setView(view) {
      remember(view, get().sort);
      set({ view });
    },

    ensureRange(first, last) {
      visible = { first, last };
      const { total, pages } = get();
      if (total === null) return;
      for (const page of pagesFor(first, last, pageSize, total)) {
        if (!pages.has(page)) void loadPage(page);
      }
    },

    async refresh() {
      lastRefresh = Date.now();
      generation += 1;
      inflight.clear();
      cursors.clear();
      set((state) => ({
        stalePages: new Map([...state.stalePages, ...state.pages]),
        pages: new Map(),
      }));
      const total = get().total ?? 0;
      const wanted = pagesFor(visible.first, visible.last, pageSize, Math.max(total, 1));
      await Promise.all((wanted.length ? wanted : [0]).map((page) => loadPage(page)));
      set({ stalePages: new Map() });
    },

    assetAt(index) {
      const page = Math.floor(index / pageSize);
      const { pages, stalePages } = get();
      return (pages.get(page) ?? stalePages.get(page))?.[index % pageSize];
    },
  };

  return { slice, restart, loadPositions, refreshSoon, refreshNow };
}

export type ListPart = ReturnType<typeof createList>;
