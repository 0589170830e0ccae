import { formatLocalDate, localParts, toInstant } from '../../shared/time';

/**
 * A count as the platforms write it: `12400`, `12,400` (Meta, English locale) or `12.400`
 * (Indonesian locale) are the same number; blank or `-` is "not given". Counts are whole, so a
 * separator followed by exactly three digits is a thousands separator in either convention;
 * anything else (`12,4`, `1.2K`, `abc`) is refused so the office is told, never guessed.
 */
export function parseCount(raw: string): number | null | undefined {
  // Most cells are bare digits: read at once, without copying the text.
  if (digitsOnly.test(raw)) return Number(raw);
  const value = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (value === '' || value === '-' || value === '–') return null;
  if (digitsOnly.test(value)) return Number(value);
  if (/^\d{1,3}(,\d{3})+$/.test(value)) return Number(value.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+$/.test(value)) return Number(value.replace(/\./g, ''));
  // A whole number written with decimals (XLSX cells or "12,400.00" / "12.400,00").
  const decimal = /^(\d{1,3}(?:([.,])\d{3})*|\d+)([.,])(0+)$/.exec(value);
  if (decimal && decimal[2] !== decimal[3]) {
    return Number(decimal[1]!.replace(/[.,]/g, ''));
  }
  return undefined;
}

const digitsOnly = /^\d+$/;

const monthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const indonesianMonths = [
  'jan',
  'feb',
  'mar',
  'apr',
  'mei',
  'jun',
  'jul',
  'agu',
  'sep',
  'okt',
  'nov',
  'des',
];

const tokenPatterns: Record<string, string> = {
  YYYY: '(\\d{4})',
  MMM: '([A-Za-z]{3})[a-z]*\\.?',
  MM: '(\\d{2})',
  M: '(\\d{1,2})',
  DD: '(\\d{2})',
  D: '(\\d{1,2})',
  HH: '(\\d{2})',
  H: '(\\d{1,2})',
  mm: '(\\d{2})',
  ss: '(\\d{2})',
  ddd: '[A-Za-z]{2,9}\\.?',
  Z: '([+-]\\d{2}:?\\d{2}|Z)',
};

type Group = 'year' | 'monthName' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offset';

/** The group each token captures; `ddd` (a weekday name) captures nothing. */
const tokenGroups: Record<string, Group | undefined> = {
  YYYY: 'year',
  MMM: 'monthName',
  MM: 'month',
  M: 'month',
  DD: 'day',
  D: 'day',
  HH: 'hour',
  H: 'hour',
  mm: 'minute',
  ss: 'second',
  Z: 'offset',
};

/** A compiled format: its expression and the match index of each group (-1: not in it). */
interface CompiledFormat {
  pattern: RegExp;
  at: Record<Group, number>;
}

/**
 * A date format of resources/analytics-columns.json compiled to one regular expression. Written
 * here rather than with date-fns' `parse`, which reads its format string again on every call:
 * an export of 100,000 rows reads 100,000 dates, and the formats are a handful of fixed ones.
 * Groups are read by their index in the match (a named group's `groups` object per match cost
 * about a third of reading a date).
 */
function compile(format: string): CompiledFormat {
  const at: CompiledFormat['at'] = {
    year: -1,
    monthName: -1,
    month: -1,
    day: -1,
    hour: -1,
    minute: -1,
    second: -1,
    offset: -1,
  };
  let groups = 0;
  const source = format
    .split(/(YYYY|MMM|MM|M|DD|D|HH|H|mm|ss|ddd|Z)/)
    .map((part) => {
      const pattern = tokenPatterns[part];
      if (pattern === undefined) return part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      const group = tokenGroups[part];
      if (group !== undefined) at[group] = ++groups;
      return pattern;
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), at };
}

export interface ParsedWhen {
  /** The office-local day it went out. */
  day: string;
  /** The instant, when the file gives a time; null for a date only. */
  instant: string | null;
}

/** A reader of one platform's dates in the office zone; undefined when no format fits. */
export function dateReader(formats: readonly string[], zone: string) {
  const patterns = formats.map(compile);
  const offsets = new Map<string, number | null>();
  /** The zone's offset for a local day, once per day (null on a day with a clock change). */
  function dayOffset(day: string): number | null {
    let offset = offsets.get(day);
    if (offset === undefined) {
      const start = Date.parse(toInstant(day, '00:00', zone));
      const end = Date.parse(toInstant(day, '23:59', zone));
      const wallStart = Date.parse(`${day}T00:00:00Z`);
      offset = end - start === 23 * 3_600_000 + 59 * 60_000 ? wallStart - start : null;
      offsets.set(day, offset);
    }
    return offset;
  }
  return (raw: string): ParsedWhen | undefined => {
    const trimmed = raw.trim();
    // Runs of white space become one space; most cells have none to fold.
    const value = irregularSpace.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
    for (const { pattern, at } of patterns) {
      const match = pattern.exec(value);
      if (!match) continue;
      // A group the format lacks has index -1: undefined.
      const monthName = match[at.monthName];
      const hourText = match[at.hour];
      const minuteText = match[at.minute];
      const offsetText = match[at.offset];
      const month = monthName ? monthIndex(monthName) + 1 : Number(match[at.month]);
      const year = Number(match[at.year]);
      const dayOfMonth = Number(match[at.day]);
      if (!(month >= 1 && month <= 12) || dayOfMonth < 1 || dayOfMonth > monthLength(year, month))
        continue;
      const day = formatLocalDate(year, month, dayOfMonth);
      if (hourText === undefined) return { day, instant: null };
      const hour = Number(hourText);
      const minute = Number(minuteText);
      if (hour > 23 || minute > 59) continue;
      const time = `${hourText.padStart(2, '0')}:${minuteText}`;
      const seconds = Number(match[at.second] ?? 0) * 1000;
      if (offsetText !== undefined) {
        const offset =
          offsetText === 'Z' ? '+00:00' : offsetText.replace(/(\d{2})(\d{2})$/, '$1:$2');
        const epoch = Date.parse(`${day}T${time}:00${offset}`) + seconds;
        const instant = new Date(epoch).toISOString();
        return { day: localParts(instant, zone).date, instant };
      }
      const offset = dayOffset(day);
      // The wall-clock time as if it were UTC, in numbers (Date.UTC reads years below 100 as
      // 19xx, so those few go through the text form).
      const wall =
        year >= 100
          ? Date.UTC(year, month - 1, dayOfMonth, hour, minute)
          : Date.parse(`${day}T${time}:00Z`);
      const instant =
        offset === null
          ? toInstant(day, time, zone)
          : new Date(wall - offset + seconds).toISOString();
      return { day, instant };
    }
    return undefined;
  };
}

/** White space other than single spaces. */
const irregularSpace = /[^\S ]|\s\s/;

/** Days in a month of the proleptic Gregorian calendar (as Date reads YYYY-MM-DD). */
function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function monthIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  const english = monthNames.indexOf(key);
  return english >= 0 ? english : indonesianMonths.indexOf(key);
}
