import ICAL from 'ical.js';
import { AppError, type ErrorKey, type TextParams } from '../../shared/api/errors';
import { addDaysLocal, formatLocalDate, type LocalDate } from '../../shared/time/local';

/**
 * Moving holidays (Idul Fitri, Nyepi, Waisak…) change every year by joint ministerial decree,
 * so offices bring them in as an .ics file (exported from Google Calendar, Outlook or a
 * ministry's calendar). Parsing is ical.js's; this module only decides which events are
 * "days": all-day events, one entry per day they cover, simple yearly repeats expanded.
 */

export interface IcsObservance {
  date: LocalDate;
  name: string;
}

export type IcsSkipReason =
  'timed' | 'no_name' | 'cancelled' | 'unsupported_repeat' | 'too_long' | 'unreadable';

export interface IcsSkipped {
  name: string;
  reason: IcsSkipReason;
}

export interface IcsImportResult {
  observances: IcsObservance[];
  skipped: IcsSkipped[];
}

export interface IcsImportOptions {
  /** Last year a yearly repeating event is expanded into; default: five years after `now`. */
  untilYear?: number;
  now?: Date;
}

/** Big enough for a decade of national holidays from any calendar export, small enough to parse. */
export const maxIcsChars = 2_000_000;
export const maxIcsEvents = 5_000;
export const maxIcsDays = 20_000;
/** Longer "all-day" events are periods (a semester, a school holiday), not observances. */
export const maxEventDays = 31;
const maxNameLength = 200;

const invalid = (key: Extract<ErrorKey, `ics.${string}`>, params?: TextParams) =>
  new AppError('invalid_request', { key, ...(params && { params }) });

function parseCalendar(text: string): ICAL.Component {
  if (typeof text !== 'string' || text.trim() === '') throw invalid('ics.empty');
  if (text.length > maxIcsChars) {
    throw invalid('ics.tooBig', { megabytes: maxIcsChars / 1_000_000 });
  }
  // Windows editors save UTF-8 with a byte-order mark, which ical.js does not expect.
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) {
    throw invalid('ics.notCalendarStart');
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(body);
  } catch (error) {
    // ical.js's own parse errors name the faulty line; anything else is noise to the user.
    if (error instanceof Error && error.name === 'ParserError')
      throw invalid('ics.brokenAt', { detail: error.message });
    throw invalid('ics.broken');
  }
  // Several concatenated calendars parse as an array; take them all.
  const roots = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed;
  if (!Array.isArray(roots) || roots.length === 0) throw invalid('ics.noCalendar');
  const calendars = roots.map((root) => new ICAL.Component(root as unknown[]));
  if (calendars.some((calendar) => calendar.name !== 'vcalendar')) {
    throw invalid('ics.notCalendar');
  }
  if (calendars.length === 1) return calendars[0]!;
  const merged = new ICAL.Component('vcalendar');
  for (const calendar of calendars) {
    for (const child of calendar.getAllSubcomponents()) merged.addSubcomponent(child);
  }
  return merged;
}

function localDateOf(time: ICAL.Time): LocalDate {
  return formatLocalDate(time.year, time.month, time.day);
}

function cleanName(summary: unknown): string {
  const name = typeof summary === 'string' ? summary.replace(/\s+/g, ' ').trim() : '';
  return name.length > maxNameLength ? `${name.slice(0, maxNameLength - 1)}…` : name;
}

/** The dates an all-day occurrence covers: DTEND is exclusive (RFC 5545 §3.6.1). */
function daysOf(start: ICAL.Time, end: ICAL.Time | null): LocalDate[] | 'too_long' {
  const first = localDateOf(start);
  const endDate = end ? localDateOf(end) : first;
  const days: LocalDate[] = [first];
  for (let date = addDaysLocal(first, 1); date < endDate; date = addDaysLocal(date, 1)) {
    if (days.length >= maxEventDays) return 'too_long';
    days.push(date);
  }
  return days;
}

/**
 * A yearly rule we can follow without surprises: FREQ=YEARLY, optionally with an interval,
 * COUNT or UNTIL, and at most BYMONTH/BYMONTHDAY repeating the start's own month and day.
 * Anything else (monthly, "last Sunday of March") is skipped rather than guessed.
 */
function isSimpleYearly(event: ICAL.Event): boolean {
  const rules = event.component.getAllProperties('rrule');
  if (rules.length !== 1) return false;
  const rule = rules[0]!.getFirstValue() as ICAL.Recur;
  if (rule.freq !== 'YEARLY') return false;
  const start = event.startDate;
  for (const [part, values] of Object.entries(rule.parts ?? {})) {
    const list = (Array.isArray(values) ? values : [values]).map(Number);
    if (part === 'BYMONTH' && list.length === 1 && list[0] === start.month) continue;
    if (part === 'BYMONTHDAY' && list.length === 1 && list[0] === start.day) continue;
    return false;
  }
  return true;
}

/**
 * Reads the all-day events of an .ics text as dated days. Timed events (a meeting at 09:00),
 * cancelled ones, unnamed ones, repeats other than simple yearly ones and events longer than
 * `maxEventDays` are left out and listed in `skipped`. Bad input (empty, not a calendar,
 * broken, too big) raises an `AppError('invalid_request')` with an `ics.*` error key; nothing
 * else is thrown.
 */
export function readIcsObservances(text: string, options: IcsImportOptions = {}): IcsImportResult {
  const calendar = parseCalendar(text);
  const untilYear = options.untilYear ?? (options.now ?? new Date()).getUTCFullYear() + 5;
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length > maxIcsEvents) {
    throw invalid('ics.tooManyEvents', { max: maxIcsEvents });
  }

  // Events carrying RECURRENCE-ID move or rename one occurrence of a repeating master.
  const exceptions = vevents.filter((component) => component.hasProperty('recurrence-id'));
  const masters = vevents.filter((component) => !component.hasProperty('recurrence-id'));

  const observances: IcsObservance[] = [];
  const skipped: IcsSkipped[] = [];
  const seen = new Set<string>();
  const add = (date: LocalDate, name: string) => {
    const key = `${date}|${name.toLowerCase()}`;
    if (seen.has(key)) return;
    if (observances.length >= maxIcsDays) {
      throw invalid('ics.tooManyDays', { max: maxIcsDays });
    }
    seen.add(key);
    observances.push({ date, name });
  };

  for (const component of masters) {
    let event: ICAL.Event;
    let name = '';
    try {
      event = new ICAL.Event(component);
      name = cleanName(event.summary);
      const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
      if (status === 'CANCELLED') {
        skipped.push({ name, reason: 'cancelled' });
        continue;
      }
      if (!name) {
        skipped.push({ name: '', reason: 'no_name' });
        continue;
      }
      const start = event.startDate;
      if (!start) {
        skipped.push({ name, reason: 'unreadable' });
        continue;
      }
      if (!start.isDate) {
        skipped.push({ name, reason: 'timed' });
        continue;
      }
      if (!event.isRecurring()) {
        const days = daysOf(start, event.endDate);
        if (days === 'too_long') skipped.push({ name, reason: 'too_long' });
        else for (const day of days) add(day, name);
        continue;
      }
      if (!isSimpleYearly(event)) {
        skipped.push({ name, reason: 'unsupported_repeat' });
        continue;
      }
      for (const exception of exceptions) {
        if (exception.getFirstPropertyValue('uid') === component.getFirstPropertyValue('uid')) {
          event.relateException(exception);
        }
      }
      const iterator = event.iterator();
      // The guard bounds a malformed rule that would never pass untilYear.
      for (let guard = 0, next = iterator.next(); next && guard < 1000; guard += 1) {
        if (next.year > untilYear) break;
        const details = event.getOccurrenceDetails(next);
        const occurrenceName = cleanName(details.item.summary) || name;
        if (details.startDate.isDate) {
          const days = daysOf(details.startDate, details.endDate);
          if (days !== 'too_long') for (const day of days) add(day, occurrenceName);
        }
        next = iterator.next();
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      // One malformed event (a DTSTART ical.js cannot read) must not sink the whole import.
      skipped.push({ name, reason: 'unreadable' });
    }
  }

  observances.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'id'));
  return { observances, skipped };
}

/** Just the days, for callers that do not report what was left out. */
export function parseIcsObservances(text: string, options: IcsImportOptions = {}): IcsObservance[] {
  return readIcsObservances(text, options).observances;
}
