import type { RequestOf } from '../../../shared/api/contract';
import type {
  AssetFilter,
  AssetKind,
  AssetSort,
  ImportResult,
  Orientation,
} from '../../../shared/domain/assets';

/**
 * The asset library's pure rules: what the filter bar asks the API for, how a click changes the
 * selection, how many tiles fit a row, which pages a scroll position needs. Nothing here touches
 * the DOM or the API, so unit tests run them in Node.
 */

// ---------- Filters ----------

/** The filter bar as the person set it; "any" and empty strings mean "not filtered". */
export interface LibraryFilters {
  query: string;
  kind: AssetKind | 'any';
  /** Assets carrying every one of these tags. */
  tags: string[];
  collectionId: string | null;
  orientation: Orientation | 'any';
  /** 'YYYY-MM-DD' or '' */
  from: string;
  to: string;
  usage: 'any' | 'used' | 'unused';
  /** Only assets whose file vanished from the data folder. */
  missingOnly: boolean;
  /** Only assets whose rights end within the next 30 days (or already ended). */
  rightsExpiring: boolean;
}

export const rightsWarningDays = 30;

export const emptyFilters: LibraryFilters = {
  query: '',
  kind: 'any',
  tags: [],
  collectionId: null,
  orientation: 'any',
  from: '',
  to: '',
  usage: 'any',
  missingOnly: false,
  rightsExpiring: false,
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `filter` of `assets.list` for what the bar shows. Only filters in use are sent, so each
 * combination stays one prepared statement in main. A date range typed backwards is swapped
 * rather than answered with nothing.
 */
export function toAssetFilter(filters: LibraryFilters): AssetFilter {
  const filter: AssetFilter = {};
  const query = filters.query.trim().replace(/\s+/g, ' ');
  if (query) filter.query = query.slice(0, 200);
  if (filters.kind !== 'any') filter.kinds = [filters.kind];
  if (filters.tags.length > 0) filter.tags = filters.tags.slice(0, 10);
  if (filters.collectionId) filter.collectionId = filters.collectionId;
  if (filters.orientation !== 'any') filter.orientation = filters.orientation;
  let from = isoDate.test(filters.from) ? filters.from : '';
  let to = isoDate.test(filters.to) ? filters.to : '';
  if (from && to && from > to) [from, to] = [to, from];
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (filters.usage !== 'any') filter.usage = filters.usage;
  if (filters.missingOnly) filter.status = 'missing';
  if (filters.rightsExpiring) filter.rightsExpiringWithinDays = rightsWarningDays;
  return filter;
}

export interface PageRequest {
  pageIndex: number;
  pageSize: number;
  /** The previous page's nextCursor, when known: steady scrolling pages by cursor. */
  cursor?: string;
  withTotal: boolean;
}

/** One `assets.list` request: by cursor after a loaded page, by offset after a jump. */
export function listRequest(
  filters: LibraryFilters,
  sort: AssetSort,
  page: PageRequest,
): RequestOf<'assets.list'> {
  const request: RequestOf<'assets.list'> = {
    filter: toAssetFilter(filters),
    sort,
    limit: page.pageSize,
    withTotal: page.withTotal,
  };
  if (page.pageIndex > 0) {
    if (page.cursor) request.cursor = page.cursor;
    else request.offset = page.pageIndex * page.pageSize;
  }
  return request;
}

/** How many filters (search excluded, it has its own box) narrow the list: "Hapus filter (3)". */
export function activeFilterCount(filters: LibraryFilters): number {
  return (
    Number(filters.kind !== 'any') +
    filters.tags.length +
    Number(filters.collectionId !== null) +
    Number(filters.orientation !== 'any') +
    Number(filters.from !== '' || filters.to !== '') +
    Number(filters.usage !== 'any') +
    Number(filters.missingOnly) +
    Number(filters.rightsExpiring)
  );
}

/** A stable key of what the list shows: a new key means the old rows and selection are void. */
export const resultKey = (filters: LibraryFilters, sort: AssetSort): string =>
  JSON.stringify([toAssetFilter(filters), sort]);

// ---------- Selection ----------

export interface Selection {
  /** Asset ids. */
  ids: ReadonlySet<string>;
  /** Where the last plain or Ctrl click was: the fixed end of a Shift range. */
  anchor: number | null;
  /**
   * Made for a bulk action (Ctrl, Shift, Ctrl+A) rather than by a plain click, which only opens
   * an asset's details: opening details is not selecting, so it shows no bulk bar with "Hapus".
   */
  bulk: boolean;
}

export const noSelection: Selection = { ids: new Set(), anchor: null, bulk: false };

/** The bulk bar (tag, collection, delete) shows for a bulk selection or more than one asset. */
export function showsBulkBar(selection: Selection): boolean {
  return selection.ids.size > 1 || (selection.ids.size === 1 && selection.bulk);
}

export interface ClickInput {
  index: number;
  id: string;
  /** Ctrl (Cmd on a Mac): toggle one without losing the others. */
  toggle: boolean;
  /** Shift: everything from the anchor to here. */
  range: boolean;
}

/** Inclusive, whichever end comes first. */
export function rangeIndices(a: number, b: number): number[] {
  const [low, high] = a <= b ? [a, b] : [b, a];
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/**
 * The selection after a click, as file managers do it:
 * - a plain click selects only that asset;
 * - Ctrl/Cmd toggles it and moves the anchor there;
 * - Shift selects the range from the anchor (replacing the rest), Ctrl+Shift adds the range;
 *   the anchor stays, so a second Shift click reshapes the same range.
 * `idAt` names the asset at a position; positions not loaded yet are skipped (the store loads
 * them first, see `useAssets.click`).
 */
export function selectAfterClick(
  selection: Selection,
  click: ClickInput,
  idAt: (index: number) => string | undefined,
): Selection {
  if (click.range && selection.anchor !== null) {
    const ids = new Set(click.toggle ? selection.ids : []);
    for (const index of rangeIndices(selection.anchor, click.index)) {
      const id = idAt(index);
      if (id) ids.add(id);
    }
    return { ids, anchor: selection.anchor, bulk: true };
  }
  if (click.toggle) {
    const ids = new Set(selection.ids);
    if (ids.has(click.id)) ids.delete(click.id);
    else ids.add(click.id);
    return { ids, anchor: click.index, bulk: true };
  }
  return { ids: new Set([click.id]), anchor: click.index, bulk: false };
}

/** Keyboard movement in the grid: where an arrow, Home/End or Page key lands. */
export function moveIndex(
  index: number,
  key: string,
  columns: number,
  total: number,
  pageRows: number,
): number | null {
  if (total === 0) return null;
  const last = total - 1;
  const clamp = (value: number) => Math.max(0, Math.min(last, value));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return clamp(index + columns);
    case 'ArrowUp':
      return clamp(index - columns);
    case 'PageDown':
      return clamp(index + columns * pageRows);
    case 'PageUp':
      return clamp(index - columns * pageRows);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

// ---------- Grid geometry and paging ----------

/** Tiles per row for a width: as many as fit at `minTile` pixels, at least one. */
export function columnsFor(width: number, minTile: number, gap: number): number {
  if (!(width > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (minTile + gap)));
}

/** The pages (0-based) holding positions `first`…`last`. */
export function pagesFor(first: number, last: number, pageSize: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const start = Math.max(0, Math.floor(first / pageSize));
  const end = Math.floor(Math.min(last, total - 1) / pageSize);
  return rangeIndices(start, end).filter((page) => page <= end);
}

// ---------- Import ----------

/**
 * Files a file manager leaves in folders that are nobody's photos: macOS `.DS_Store` and `._x`
 * resource forks, Windows `Thumbs.db` and `desktop.ini`, and any hidden dot-file. Folder
 * imports on the main side skip the same ones.
 */
export function isSystemFile(name: string): boolean {
  const base = name.split(/[\\/]/).at(-1) ?? name;
  const lower = base.toLowerCase();
  return base.startsWith('.') || lower === 'thumbs.db' || lower === 'desktop.ini';
}

export interface ImportCounts {
  imported: number;
  duplicate: number;
  failed: number;
}

export function countResults(results: readonly ImportResult[]): ImportCounts {
  const counts: ImportCounts = { imported: 0, duplicate: 0, failed: 0 };
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/**
 * The results worth reading first: failures, then duplicates, then imports, each in the order
 * they happened; at most `limit` (a batch of thousands would otherwise flood the page).
 */
export function resultsToShow(results: readonly ImportResult[], limit: number): ImportResult[] {
  const order = { failed: 0, duplicate: 1, imported: 2 } as const;
  return results
    .map((result, position) => ({ result, position }))
    .sort((a, b) => order[a.result.status] - order[b.result.status] || a.position - b.position)
    .slice(0, limit)
    .map(({ result }) => result);
}

// ---------- Media ----------

export { mediaUrl } from '../../media/media-url';
