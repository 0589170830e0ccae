import type { PostStatus } from '../../../shared/domain/post-status';
import type { Post, PostFilter, PostSummary } from '../../../shared/domain/posts';
import type { WeekStart } from '../../../shared/domain/settings';
import {
  addDaysLocal,
  daysInMonth,
  formatLocalDate,
  isLocalDate,
  monthGrid,
  parseLocalDate,
  weekDays,
  type LocalDate,
  type LocalTime,
} from '../../../shared/time';

/**
 * The calendar's pure arithmetic: which days a view shows, which day a post lands on, how a
 * move changes the lists on screen. No React and no browser globals, so it is unit-tested in Node.
 */

export const calendarViews = ['month', 'week', 'agenda'] as const;
export type CalendarViewKind = (typeof calendarViews)[number];

/** The default for `visibleChips`. Month cells measure what fits instead (chip-fit.ts). */
export const chipsPerDay = 3;

/** A scheduled post on screen: the summary plus its local date and time in the office zone. */
export interface DayPost {
  post: PostSummary;
  date: LocalDate;
  time: LocalTime;
}

// ---------- Local date and time of an instant ----------

type PartsReader = (instant: string) => { date: LocalDate; time: LocalTime };
const readers = new Map<string, PartsReader>();

/**
 * The office-zone date and time of an instant, like `localParts` in src/shared/time, but with
 * one cached `Intl.DateTimeFormat` per zone: about five times faster, which matters when a month
 * of 1,500 posts is grouped on every navigation. The unit tests hold it equal to `localParts`.
 */
export function localPartsReader(zone: string): PartsReader {
  let reader = readers.get(zone);
  if (reader) return reader;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  reader = (instant) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(Date.parse(instant))) parts[part.type] = part.value;
    const year = (parts.year ?? '').padStart(4, '0');
    return {
      date: `${year}-${parts.month}-${parts.day}`,
      time: `${parts.hour}:${parts.minute}`,
    };
  };
  readers.set(zone, reader);
  return reader;
}

// ---------- Which days a view shows ----------

export const monthKey = (date: LocalDate): string => date.slice(0, 7);
export const firstOfMonth = (date: LocalDate): LocalDate => `${date.slice(0, 7)}-01`;

export interface VisibleRange {
  /** First and last local date to load (inclusive). */
  from: LocalDate;
  to: LocalDate;
  /** Month view: the grid's weeks (days of the neighbouring months included). */
  weeks: LocalDate[][];
  /** Every date shown, in order. */
  days: LocalDate[];
}

/**
 * Month: the whole grid, leading and trailing days of the neighbouring months included, so those
 * cells are not misleadingly empty. Week: seven days from `weekStart`. Agenda: the month itself.
 */
export function visibleRange(
  view: CalendarViewKind,
  anchor: LocalDate,
  weekStart: WeekStart,
): VisibleRange {
  const { year, month } = parseLocalDate(anchor);
  if (view === 'month') {
    const weeks = monthGrid(year, month, weekStart);
    const days = weeks.flat();
    return { from: days[0]!, to: days[days.length - 1]!, weeks, days };
  }
  if (view === 'week') {
    const days = weekDays(anchor, weekStart);
    return { from: days[0]!, to: days[6]!, weeks: [days], days };
  }
  const from = firstOfMonth(anchor);
  const count = daysInMonth(year, month);
  const days = Array.from({ length: count }, (_, index) => addDaysLocal(from, index));
  return { from, to: days[count - 1]!, weeks: [], days };
}

/** PageUp/PageDown and the arrows: a month at a time (the 1st), or a week in the week view. */
export function stepAnchor(
  view: CalendarViewKind,
  anchor: LocalDate,
  direction: 1 | -1,
): LocalDate {
  if (view === 'week') return addDaysLocal(anchor, 7 * direction);
  const { year, month } = parseLocalDate(anchor);
  const index = year * 12 + (month - 1) + direction;
  return formatLocalDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

// ---------- Grouping posts by day ----------

/**
 * Posts by local date, each day in time order. Days whose posts did not change keep the array
 * from `previous`, so memoised day cells skip re-rendering after a single move.
 */
export function groupByDay(
  posts: readonly PostSummary[],
  zone: string,
  previous?: ReadonlyMap<LocalDate, DayPost[]>,
): Map<LocalDate, DayPost[]> {
  const read = localPartsReader(zone);
  const days = new Map<LocalDate, DayPost[]>();
  for (const post of posts) {
    if (!post.scheduledAt) continue;
    const { date, time } = read(post.scheduledAt);
    let list = days.get(date);
    if (!list) days.set(date, (list = []));
    list.push({ post, date, time });
  }
  for (const [date, list] of days) {
    list.sort(byTime);
    const before = previous?.get(date);
    if (before && sameDayPosts(before, list)) days.set(date, before);
  }
  return days;
}

const byTime = (a: DayPost, b: DayPost) =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : a.post.title.localeCompare(b.post.title);

function sameDayPosts(a: readonly DayPost[], b: readonly DayPost[]): boolean {
  return a.length === b.length && a.every((item, index) => item.post === b[index]!.post);
}

/** What a month cell renders: the first few chips and how many are left for "+N lainnya". */
export function visibleChips<T>(items: readonly T[] | undefined, max = chipsPerDay) {
  const all = items ?? [];
  const shown = all.length <= max ? all : all.slice(0, max);
  return { shown, hidden: all.length - shown.length };
}

// ---------- Week view rows ----------

export const weekFirstHour = 6;
export const weekLastHour = 22;

/**
 * The hour rows of the week view: 06:00–22:00 always, plus any earlier or later hour that holds
 * a post, so a 23:30 post is never hidden and quiet night hours take no space.
 */
export function weekHours(posts: Iterable<DayPost>): number[] {
  const hours = new Set<number>();
  for (let hour = weekFirstHour; hour <= weekLastHour; hour++) hours.add(hour);
  for (const item of posts) hours.add(Number(item.time.slice(0, 2)));
  return [...hours].sort((a, b) => a - b);
}

export const hourOf = (time: LocalTime): number => Number(time.slice(0, 2));

/** A drop on the week view's hour row keeps the minutes: 09:45 dropped on the 14:00 row becomes 14:45. */
export function timeInHour(time: LocalTime, hour: number): LocalTime {
  return `${String(hour).padStart(2, '0')}:${time.slice(3, 5)}`;
}

// ---------- Filters ----------

export type FilterKey = keyof PostFilter;

/** Ticks or unticks one value; an empty list is dropped so the request stays minimal. */
export function toggleFilterValue(filter: PostFilter, key: FilterKey, value: string): PostFilter {
  const current = (filter[key] ?? []) as readonly string[];
  const next = current.includes(value)
    ? current.filter((item) => item !== value)
    : [...current, value];
  const result = { ...filter, [key]: next } as PostFilter;
  if (next.length === 0) delete result[key];
  return result;
}

export function activeFilterCount(filter: PostFilter): number {
  return Object.values(filter).reduce((sum, list) => sum + (list?.length ?? 0), 0);
}

/** A stable text for "which data is this": range plus filter, keys and values sorted. */
export function loadKey(from: LocalDate, to: LocalDate, filter: PostFilter): string {
  const parts = Object.entries(filter)
    .filter(([, list]) => list && list.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => `${key}=${[...(list as string[])].sort().join(',')}`);
  return `${from}..${to}|${parts.join('&')}`;
}

// ---------- Moves: optimistic update and undo ----------

/**
 * The summary of a post as the API returns it after a move or an edit. A post carries no
 * thumbnail path nor change-request reason, so the chip keeps those it had (`previous`): a move
 * never changes media.
 */
export function summaryOf(
  post: Post,
  previous?: Pick<PostSummary, 'firstThumb' | 'changeRequest' | 'partlyPublished'>,
): PostSummary {
  return {
    id: post.id,
    title: post.title,
    status: post.status,
    scheduledAt: post.scheduledAt,
    timeZone: post.timeZone,
    campaignId: post.campaignId,
    assigneeId: post.assigneeId,
    seriesId: post.seriesId,
    version: post.version,
    channels: post.channels.map(({ channelId, format }) => ({ channelId, format })),
    assetCount: post.assetIds.length,
    firstThumb: post.assetIds.length > 0 ? (previous?.firstThumb ?? null) : null,
    // A move keeps the request for changes (and its reason) as it was.
    ...(post.status === 'changes_requested' && previous?.changeRequest
      ? { changeRequest: previous.changeRequest }
      : {}),
    ...(post.status === 'approved' && previous?.partlyPublished ? { partlyPublished: true } : {}),
  };
}

export interface PostLists {
  posts: PostSummary[];
  ideas: PostSummary[];
}

/**
 * Puts `summary` where it belongs: in the scheduled list when it has a time, at the top of the
 * ideas when it has none; removed from wherever it was.
 */
export function placeSummary(lists: PostLists, summary: PostSummary): PostLists {
  const posts = lists.posts.filter((post) => post.id !== summary.id);
  const ideas = lists.ideas.filter((post) => post.id !== summary.id);
  if (summary.scheduledAt) posts.push(summary);
  else ideas.unshift(summary);
  return { posts, ideas };
}

export function findSummary(lists: PostLists, id: string): PostSummary | undefined {
  return lists.posts.find((post) => post.id === id) ?? lists.ideas.find((post) => post.id === id);
}

/** What Ctrl+Z can take back. The editor registers deletes through `recordUndo`. */
export type UndoEntry =
  | {
      kind: 'move';
      postId: string;
      title: string;
      /** Where the post was before: a date and time, or null for the ideas tray. */
      previous: { date: LocalDate; time: LocalTime } | null;
    }
  | { kind: 'delete'; postId: string; title: string };

export const undoLimit = 20;

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry): UndoEntry[] {
  return [...stack.slice(-(undoLimit - 1)), entry];
}

// ---------- Status ----------

/**
 * A chip shows status by colour and by a glyph of its own shape, so the status reads without
 * colour (WCAG 1.4.1); the full word is in the chip's accessible name and tooltip.
 */
export const statusGlyphs: Record<PostStatus, string> = {
  draft: '○',
  in_review: '◔',
  changes_requested: '!',
  approved: '✓',
  published: '●',
  cancelled: '✕',
};
/** "Diperiksa": waiting for approval, the first of two steps done (a fuller circle than ◔). */
export const checkedGlyph = '◑';

// ---------- Remembered view ----------

export const calendarStorageKey = 'linimasa.calendar';

export interface StoredCalendar {
  view: CalendarViewKind;
  anchor: LocalDate;
}

/** The last view and month, if what was stored still makes sense; anything else is ignored. */
export function parseStoredCalendar(raw: string | null): StoredCalendar | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<Record<keyof StoredCalendar, unknown>>;
    if (
      typeof value.view === 'string' &&
      (calendarViews as readonly string[]).includes(value.view) &&
      typeof value.anchor === 'string' &&
      isLocalDate(value.anchor)
    ) {
      return { view: value.view as CalendarViewKind, anchor: value.anchor };
    }
  } catch {
    // A hand-edited or older value: start from today instead.
  }
  return undefined;
}

// ---------- Keyboard ----------

/**
 * True when a key press belongs to a text field: "T" typed into a title must not jump to today,
 * and Ctrl+Z there undoes typing, not the last move.
 */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const element = target as { tagName?: string; isContentEditable?: boolean; type?: string };
  if (element.isContentEditable) return true;
  const tag = element.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag !== 'input') return false;
  const nonText = ['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range', 'file'];
  return !nonText.includes((element.type ?? 'text').toLowerCase());
}
