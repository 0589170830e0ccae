import { format } from 'date-fns';
import { enUS, id } from 'date-fns/locale';
import { longDate, parseLocalDate, type LocalDate } from '../../../shared/time';

/**
 * Dates in the UI language. A local date is a calendar day, not an instant: it is formatted
 * from a plain `Date` at noon of that day in the machine's own zone, which names the same
 * weekday, day and month whatever that zone is (noon is never skipped by a daylight-saving
 * change). Results are remembered: a month grid asks for the same 42 labels on every render,
 * and a zone-aware date per cell cost more than the rest of the grid.
 */
const locales = { id, en: enUS } as const;

const localeOf = (language: string) => (language.startsWith('en') ? locales.en : locales.id);

const cache = new Map<string, string>();
const cacheLimit = 5000;

function fmt(date: LocalDate, pattern: string, language: string): string {
  const key = `${language}|${pattern}|${date}`;
  let text = cache.get(key);
  if (text === undefined) {
    const { year, month, day } = parseLocalDate(date);
    const noon = new Date(2000, 0, 1, 12);
    noon.setFullYear(year, month - 1, day);
    text = format(noon, pattern, { locale: localeOf(language) });
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, text);
  }
  return text;
}

/** "November 2026" */
export const formatMonthYear = (date: LocalDate, language: string) =>
  fmt(date, 'LLLL yyyy', language);

/** "Kamis, 12 November 2026": the app's one long date (src/shared/time/display.ts). */
export const formatLongDate = (date: LocalDate, language: string) => longDate(date, language);

/** "Kam, 12 Nov" */
export const formatShortDate = (date: LocalDate, language: string) =>
  fmt(date, 'EEE, d MMM', language);

/** "Sen" … "Min": column headers, in the order the grid's first week has them. */
export const formatWeekdayShort = (date: LocalDate, language: string) => fmt(date, 'EEE', language);

/** "Senin" */
export const formatWeekdayLong = (date: LocalDate, language: string) => fmt(date, 'EEEE', language);

/** "12 – 18 November 2026", or across months "30 Nov – 6 Des 2026". */
export function formatWeekRange(from: LocalDate, to: LocalDate, language: string): string {
  if (from.slice(0, 7) === to.slice(0, 7)) {
    return `${fmt(from, 'd', language)} – ${fmt(to, 'd MMMM yyyy', language)}`;
  }
  if (from.slice(0, 4) === to.slice(0, 4)) {
    return `${fmt(from, 'd MMM', language)} – ${fmt(to, 'd MMM yyyy', language)}`;
  }
  return `${fmt(from, 'd MMM yyyy', language)} – ${fmt(to, 'd MMM yyyy', language)}`;
}
