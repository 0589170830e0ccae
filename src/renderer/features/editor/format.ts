import { zoneLabel } from '../../../shared/time';

/**
 * Dates and times as an Indonesian office reads them: "Jum, 27 Nov 2026 09.00 WIB", always in
 * the office zone (never the machine's), with the WIB/WITA/WIT label.
 */
export function formatInstant(instant: string, zone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
  return `${text} ${zoneLabel(zone, instant)}`;
}

/** A local date ("2026-11-27") as "Jum, 27 Nov 2026", computed without any zone shift. */
export function formatLocalDay(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** Weekday names in the app's language, index 0 = Sunday as in the recurrence rule. */
export function weekdayNames(locale: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: width });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, index) =>
    format.format(new Date(Date.UTC(2023, 0, 1 + index))),
  );
}
