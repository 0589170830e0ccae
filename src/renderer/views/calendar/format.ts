import { format } from 'date-fns';
import { enUS, id } from 'date-fns/locale';
import { utcDate, type LocalDate } from '../../../shared/time';

/**
 * Dates in the UI language. Local dates are formatted as UTC calendar days (see `utcDate`), so
 * the machine's own zone can never shift "27 November" to the 26th.
 */
const locales = { id, en: enUS } as const;

const localeOf = (language: string) => (language.startsWith('en') ? locales.en : locales.id);

const fmt = (date: LocalDate, pattern: string, language: string) =>
  format(utcDate(date), pattern, { locale: localeOf(language) });

/** "November 2026" */
export const formatMonthYear = (date: LocalDate, language: string) =>
  fmt(date, 'LLLL yyyy', language);

/** "Kamis, 12 November 2026" */
export const formatLongDate = (date: LocalDate, language: string) =>
  fmt(date, 'EEEE, d MMMM yyyy', language);

/** "Kam, 12 Nov" */
export const formatShortDate = (date: LocalDate, language: string) =>
  fmt(date, 'EEE, d MMM', language);

/** "12 Nov" */
export const formatDayMonth = (date: LocalDate, language: string) => fmt(date, 'd MMM', language);

/** "Sen" … "Min": column headers, in the order the grid's first week has them. */
export const formatWeekdayShort = (date: LocalDate, language: string) =>
  fmt(date, 'EEE', language);

/** "Senin" */
export const formatWeekdayLong = (date: LocalDate, language: string) =>
  fmt(date, 'EEEE', language);

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
