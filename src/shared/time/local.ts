import { TZDate, tzName, tzOffset } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import { z } from 'zod';
import { indonesianZoneLabel, isValidTimeZone } from '../domain/time-zones';

/**
 * A post is stored as a UTC instant plus the office's IANA zone, and shown as a local date and
 * wall-clock time in that zone. Local dates and times travel as plain strings (`2026-11-27`,
 * `09:00`) so that nothing ever passes them through the machine's own zone by accident: a
 * `Date` for "27 November" means a different day in Jakarta and in Jayapura.
 */
export type LocalDate = string;
export type LocalTime = string;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const localTimePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `YYYY-MM-DD` naming a day that exists (no 30 February). */
export function isLocalDate(value: string): boolean {
  const match = localDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `HH:mm`, 24-hour, 00:00–23:59. */
export function isLocalTime(value: string): boolean {
  return localTimePattern.test(value);
}

export const localDateSchema = z
  .string()
  .refine(isLocalDate, 'Tanggal harus berformat TTTT-BB-HH dan ada di kalender');
export const localTimeSchema = z
  .string()
  .refine(isLocalTime, 'Jam harus berformat JJ:mm (00:00–23:59)');

/** 28–31; month is 1–12. Pure arithmetic, so no zone can shift it. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a local date as numbers; month is 1–12. Throws on a malformed date. */
export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Calendar-date arithmetic happens in UTC, a zone without daylight saving, so that "plus one
 * day" is always exactly the next date whatever the machine's zone is.
 */
export function utcDate(date: LocalDate): TZDate {
  const { year, month, day } = parseLocalDate(date);
  const value = new TZDate(0, 'UTC');
  value.setFullYear(year, month - 1, day);
  value.setHours(0, 0, 0, 0);
  return value;
}

export function fromUtcDate(value: Date): LocalDate {
  return format(value, 'yyyy-MM-dd');
}

/** The date `n` days after (or before, when negative) `date`. */
export function addDaysLocal(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Days must be an integer: ${n}`);
  return fromUtcDate(addDays(utcDate(date), n));
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function dayOfWeek(date: LocalDate): number {
  return utcDate(date).getDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000);
}

const knownZones = new Set<string>();

function assertZone(zone: string): void {
  if (knownZones.has(zone)) return;
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
  knownZones.add(zone);
}

const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(instant: string): number {
  const epoch = isoInstantPattern.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(epoch)) throw new RangeError(`Not an ISO instant: ${instant}`);
  return epoch;
}

/**
 * For many instants in one zone (an export of 10,000 posts): instant → the epoch whose UTC
 * fields are the wall clock in `zone`. A zoned date per instant (what `localParts` builds) was
 * most of an export's time; a zone's offset holds for a whole UTC day unless the day has a
 * transition (its two ends differ), so it is looked up once per day, and only such a day asks
 * per instant.
 */
export function wallClockIn(zone: string): (instant: string) => number {
  assertZone(zone);
  const dayLength = 86_400_000;
  const dayOffsets = new Map<number, number | null>();
  return (instant) => {
    const epoch = parseInstant(instant);
    const day = Math.floor(epoch / dayLength);
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      const first = offsetAt(zone, day * dayLength);
      offset = first === offsetAt(zone, (day + 1) * dayLength - 1) ? first : null;
      dayOffsets.set(day, offset);
    }
    return epoch + (offset ?? offsetAt(zone, epoch));
  };
}

/** The local date and wall-clock time of a stored instant in the office zone. */
export function localParts(instant: string, zone: string): { date: LocalDate; time: LocalTime } {
  assertZone(zone);
  const local = new TZDate(parseInstant(instant), zone);
  return { date: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') };
}

/** UTC offset of `zone` at `epoch`, in milliseconds (whole seconds: old LMT offsets have them). */
function offsetAt(zone: string, epoch: number): number {
  return Math.round(tzOffset(zone, new Date(epoch)) * 60) * 1000;
}

/**
 * The instant at which the clocks in `zone` show `date` `time`.
 *
 * Daylight saving makes some wall times ambiguous, and we resolve them as RFC 5545 and
 * Temporal's `compatible` option do, so a recurring 09:00 never drifts:
 * - in a gap (Berlin, last Sunday of March, 02:00–02:59 does not exist) the time moves forward
 *   by the length of the gap: 02:30 becomes 03:30 summer time, the moment a clock that was not
 *   set forward would have shown 02:30;
 * - in an overlap (Berlin, last Sunday of October, 02:00–02:59 happens twice) the earlier of
 *   the two instants wins, i.e. still summer time.
 * @date-fns/tz's own constructor picks the later instant in some overlaps and the earlier in
 * others, hence the explicit resolution here. Indonesian zones have neither case.
 */
export function toInstant(date: LocalDate, time: LocalTime, zone: string): string {
  assertZone(zone);
  const { year, month, day } = parseLocalDate(date);
  if (!isLocalTime(time)) throw new RangeError(`Not a local time (HH:mm): ${time}`);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  // A day either side is beyond any single transition, so the two offsets are the ones in force
  // before and after whatever change happens around this wall time.
  const before = offsetAt(zone, wall - 86_400_000);
  const after = offsetAt(zone, wall + 86_400_000);
  const candidates = [...new Set([wall - before, wall - after])]
    .filter((epoch) => epoch + offsetAt(zone, epoch) === wall)
    .sort((a, b) => a - b);
  const epoch = candidates[0] ?? wall - before;
  return new Date(epoch).toISOString();
}

/** Today's date in the office zone (not the machine's). */
export function todayIn(zone: string, now: Date = new Date()): LocalDate {
  return localParts(now.toISOString(), zone).date;
}

/**
 * WIB/WITA/WIT for Indonesian zones; elsewhere the runtime's short name at that instant, which
 * follows daylight saving (`GMT+1` in a Berlin winter, `GMT+2` in summer, `EDT` in New York).
 */
export function zoneLabel(zone: string, instant: string = new Date().toISOString()): string {
  const indonesian = indonesianZoneLabel(zone);
  if (indonesian) return indonesian;
  assertZone(zone);
  return tzName(zone, new Date(parseInstant(instant)), 'short');
}
