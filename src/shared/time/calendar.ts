import { eachDayOfInterval, endOfWeek, startOfWeek } from 'date-fns';
import type { WeekStart } from '../domain/settings';
import {
  addDaysLocal,
  daysInMonth,
  formatLocalDate,
  fromUtcDate,
  type LocalDate,
  toInstant,
  utcDate,
} from './local';

/** A half-open range of UTC instants, `from <= instant < to`, as ISO strings. */
export interface InstantRange {
  from: string;
  to: string;
}

function assertMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9998) {
    throw new RangeError(`Year out of range: ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month must be 1–12: ${month}`);
  }
}

function assertWeekStart(weekStart: number): asserts weekStart is WeekStart {
  if (weekStart !== 0 && weekStart !== 1 && weekStart !== 6) {
    throw new RangeError(`Week start must be 0, 1 or 6: ${weekStart}`);
  }
}

/** The first instant of a local day. With `toInstant`'s gap rule a midnight that does not
 * exist (Santiago, Beirut) becomes the first minute that does. */
export function startOfLocalDay(date: LocalDate, zone: string): string {
  return toInstant(date, '00:00', zone);
}

/** The instants whose local date in `zone` lies within [firstDate, lastDate]. */
export function localDaysRange(
  firstDate: LocalDate,
  lastDate: LocalDate,
  zone: string,
): InstantRange {
  return {
    from: startOfLocalDay(firstDate, zone),
    to: startOfLocalDay(addDaysLocal(lastDate, 1), zone),
  };
}

/**
 * Every instant whose local date in `zone` falls in the month, as a half-open range. The query
 * for a month's posts is `from <= scheduled_at < to`: a post at 23:30 on the last day belongs to
 * this month and one at 00:30 on the first of the next does not, in any zone.
 */
export function monthRange(year: number, month: number, zone: string): InstantRange {
  assertMonth(year, month);
  return localDaysRange(
    formatLocalDate(year, month, 1),
    formatLocalDate(year, month, daysInMonth(year, month)),
    zone,
  );
}

/**
 * The weeks a month grid shows, each seven `YYYY-MM-DD` strings starting on `weekStart`
 * (0 Sunday, 1 Monday, 6 Saturday). Only weeks that hold a day of the month are returned, so a
 * grid has four to six rows; the leading and trailing days belong to the neighbouring months.
 */
export function monthGrid(year: number, month: number, weekStart: WeekStart): LocalDate[][] {
  assertMonth(year, month);
  assertWeekStart(weekStart);
  const first = utcDate(formatLocalDate(year, month, 1));
  const last = utcDate(formatLocalDate(year, month, daysInMonth(year, month)));
  const days = eachDayOfInterval({
    start: startOfWeek(first, { weekStartsOn: weekStart }),
    end: endOfWeek(last, { weekStartsOn: weekStart }),
  }).map(fromUtcDate);
  const weeks: LocalDate[][] = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));
  return weeks;
}

/**
 * The instants a month grid covers, leading and trailing days of the neighbouring months
 * included, so one query fills every visible cell.
 */
export function visibleRange(
  year: number,
  month: number,
  zone: string,
  weekStart: WeekStart,
): InstantRange & { firstDate: LocalDate; lastDate: LocalDate } {
  const weeks = monthGrid(year, month, weekStart);
  const firstDate = weeks[0]![0]!;
  const lastDate = weeks[weeks.length - 1]![6]!;
  return { ...localDaysRange(firstDate, lastDate, zone), firstDate, lastDate };
}

/** The seven dates of the week holding `date`, starting on `weekStart`. */
export function weekDays(date: LocalDate, weekStart: WeekStart): LocalDate[] {
  assertWeekStart(weekStart);
  const start = fromUtcDate(startOfWeek(utcDate(date), { weekStartsOn: weekStart }));
  return Array.from({ length: 7 }, (_, index) => addDaysLocal(start, index));
}
