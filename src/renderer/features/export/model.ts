import {
  maxExportDays,
  type CsvPresetId,
  type ExportFilterInput,
  type ExportFormat,
} from '../../../shared/domain/exports';
import { postStatuses, type PostStatus } from '../../../shared/domain/post-status';
import {
  daysBetween,
  daysInMonth,
  formatLocalDate,
  isLocalDate,
  parseLocalDate,
  type LocalDate,
} from '../../../shared/time';

/**
 * The export screen's pure rules: which month it opens on, which range and filter a form
 * describes, and why a range is refused. No React and no browser globals, so it is unit-tested
 * in Node.
 */

/** `YYYY-MM` */
export type MonthKey = string;

export type RangeMode = 'month' | 'custom';

export interface ExportForm {
  mode: RangeMode;
  month: MonthKey;
  /** The "Rentang lain" inputs, as typed (may be empty or invalid). */
  from: string;
  to: string;
  statuses: PostStatus[];
  /**
   * Channels and pillars left out. Kept as exclusions, not inclusions, so a channel added later
   * is in the next export without anyone ticking it, and "all" travels as an empty list.
   */
  excludedChannelIds: string[];
  excludedCampaignIds: string[];
  format: ExportFormat;
  preset: CsvPresetId;
  /** Bundles: carry the posts' photos and videos (default), or the posts only. */
  includeAssets: boolean;
}

/**
 * From the 21st on, offices prepare the coming month: it is drafted, reviewed and signed before
 * the month starts, so the export screen opens on next month then and on this month before.
 */
export const nextMonthFromDay = 21;

export function monthOf(date: LocalDate): MonthKey {
  return date.slice(0, 7);
}

export function addMonths(month: MonthKey, n: number): MonthKey {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month the screen opens on, given today in the office zone. */
export function defaultMonth(today: LocalDate): MonthKey {
  const { day } = parseLocalDate(today);
  return addMonths(monthOf(today), day >= nextMonthFromDay ? 1 : 0);
}

/** First and last day of a month (inclusive). */
export function monthBounds(month: MonthKey): { from: LocalDate; to: LocalDate } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return {
    from: formatLocalDate(year, mon, 1),
    to: formatLocalDate(year, mon, daysInMonth(year, mon)),
  };
}

/** The months the picker lists, oldest first: two years back (for re-prints) and one ahead. */
export function monthChoices(around: MonthKey, before = 24, after = 12): MonthKey[] {
  return Array.from({ length: before + after + 1 }, (_, i) => addMonths(around, i - before));
}

export function initialForm(today: LocalDate): ExportForm {
  const month = defaultMonth(today);
  const { from, to } = monthBounds(month);
  return {
    mode: 'month',
    month,
    from,
    to,
    statuses: ['approved'],
    excludedChannelIds: [],
    excludedCampaignIds: [],
    format: 'pdf',
    preset: 'standard',
    includeAssets: true,
  };
}

/** Days a range covers, both ends included (1 December–31 December: 31). */
export function rangeDays(from: LocalDate, to: LocalDate): number {
  return daysBetween(from, to) + 1;
}

/**
 * Why a typed range cannot be exported, said before a round trip. People count both ends, so
 * "at most 400 days" means 400 days including both: one day stricter than the API, which
 * measures the distance between the dates.
 */
export type RangeProblem = 'fromInvalid' | 'toInvalid' | 'order' | 'tooLong';

export function rangeProblem(from: string, to: string): RangeProblem | null {
  if (!isLocalDate(from)) return 'fromInvalid';
  if (!isLocalDate(to)) return 'toInvalid';
  const days = rangeDays(from, to);
  if (days < 1) return 'order';
  if (days > maxExportDays) return 'tooLong';
  return null;
}

export type FormProblem = RangeProblem | 'noStatus' | 'noChannel' | 'noCampaign';

export interface Choices {
  channelIds: readonly string[];
  campaignIds: readonly string[];
}

/**
 * The filter the form asks for, or the first reason it cannot be sent. A list with nothing
 * excluded is sent empty (every channel, and for pillars also posts without one); everything
 * excluded is refused, since the API would read an empty list as "all".
 */
export function filterFor(
  form: ExportForm,
  choices: Choices,
): { filter: ExportFilterInput; problem: null } | { filter: null; problem: FormProblem } {
  const { from, to } = form.mode === 'month' ? monthBounds(form.month) : form;
  const range = rangeProblem(from, to);
  if (range) return { filter: null, problem: range };
  if (form.statuses.length === 0) return { filter: null, problem: 'noStatus' };
  const channelIds = kept(choices.channelIds, form.excludedChannelIds);
  if (channelIds?.length === 0) return { filter: null, problem: 'noChannel' };
  const campaignIds = kept(choices.campaignIds, form.excludedCampaignIds);
  if (campaignIds?.length === 0) return { filter: null, problem: 'noCampaign' };
  return {
    filter: {
      from,
      to,
      statuses: [...form.statuses],
      channelIds: channelIds ?? [],
      campaignIds: campaignIds ?? [],
    },
    problem: null,
  };
}

/** The ids still chosen, or undefined when nothing listed is excluded (= all). */
function kept(all: readonly string[], excluded: readonly string[]): string[] | undefined {
  const out = new Set(excluded);
  if (!all.some((id) => out.has(id))) return undefined;
  return all.filter((id) => !out.has(id));
}

/** Adds the value when absent, removes it when present; order of the rest kept. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** A stable key for a filter, so an answer for an older filter is recognised and dropped. */
export function filterKey(filter: ExportFilterInput): string {
  return JSON.stringify([
    filter.from,
    filter.to,
    filter.statuses,
    filter.channelIds,
    filter.campaignIds,
  ]);
}

export function isWholeMonth(from: LocalDate, to: LocalDate): boolean {
  if (!isLocalDate(from) || !isLocalDate(to)) return false;
  const { day } = parseLocalDate(from);
  return day === 1 && monthBounds(monthOf(from)).to === to;
}

/** The first characters of a SHA-256, enough to tell files apart at a glance. */
export function shortHash(sha256: string, length = 12): string {
  return sha256.length > length ? `${sha256.slice(0, length)}…` : sha256;
}

/** Ctrl+E (⌘E on a Mac), without Alt or Shift: "export now" while the screen is open. */
export function isExportShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'e'
  );
}

export const isPostStatus = (value: string): value is PostStatus =>
  (postStatuses as readonly string[]).includes(value);

const rangeProblems: readonly FormProblem[] = ['fromInvalid', 'toInvalid', 'order', 'tooLong'];
export const isRangeProblem = (problem: FormProblem | null): problem is RangeProblem =>
  problem !== null && rangeProblems.includes(problem);
