import { format } from 'date-fns';
import { enUS, id as indonesian } from 'date-fns/locale';
import type { Schedule } from '../../../../shared/domain/exports';
import { localParts, parseLocalDate, zoneLabel, type LocalDate } from '../../../../shared/time';

/**
 * Dates as printed on the PDF, in the office's language. A local date is a calendar day, not an
 * instant: it is formatted from a plain Date at noon of that day, which names the same day
 * whatever the machine's zone is (as the renderer's calendar does).
 */
export function dateWords(office: Schedule['office']) {
  const locale = office.locale === 'en' ? enUS : indonesian;
  // Indonesian writes times with a period (08.00), as official letters do.
  const clock = (time: string) => (office.locale === 'en' ? time : time.replace(':', '.'));
  const cache = new Map<string, string>();
  const words = (date: LocalDate, pattern: string) => {
    const key = `${pattern}|${date}`;
    let text = cache.get(key);
    if (text === undefined) {
      const { year, month, day } = parseLocalDate(date);
      text = format(new Date(year, month - 1, day, 12), pattern, { locale });
      cache.set(key, text);
    }
    return text;
  };
  return {
    /** "Desember 2026" */
    month: (date: LocalDate) => words(date, 'LLLL yyyy'),
    /** "27 November 2026" */
    long: (date: LocalDate) => words(date, 'd MMMM yyyy'),
    /** "Kam, 31 Des 2026" */
    short: (date: LocalDate) => words(date, 'EEE, d MMM yyyy'),
    /** "Senin" … "Minggu", for the grid's column heads. */
    weekday: (date: LocalDate) => words(date, 'EEEE'),
    /** An instant in the office zone: "14 Des 2026 10.05" (with " WIB" when `withZone`). */
    instant: (instant: string, withZone = false) => {
      const { date, time } = localParts(instant, office.timeZone);
      const text = `${words(date, 'd MMM yyyy')} ${clock(time)}`;
      return withZone ? `${text} ${zoneLabel(office.timeZone, instant)}` : text;
    },
    /** "08.00" in Indonesian, "08:00" in English. */
    clock,
    /** The office-local date of an instant. */
    dateOf: (instant: string) => localParts(instant, office.timeZone).date,
  };
}
export type DateWords = ReturnType<typeof dateWords>;
