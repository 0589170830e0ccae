/**
 * How times, dates and day fields read, in one place: "08.00" and "Selasa, 1 Desember 2026" in
 * Indonesian (a period between hours and minutes, month names in full, as official documents
 * write them), "08:00" and "Tuesday, 1 December 2026" in English. Pure: the language is passed
 * in. Dates are calendar days ('YYYY-MM-DD'), formatted at noon UTC so no zone can shift them.
 */

const isEnglish = (language: string) => language.startsWith('en');

/** 'HH:mm' → "08.00" (Indonesian) or "08:00" (English). Anything else is returned as given. */
export function displayTime(time: string, language: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!match) return time;
  const hours = match[1]!.padStart(2, '0');
  return `${hours}${isEnglish(language) ? ':' : '.'}${match[2]}`;
}

const longDates = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD' → "Selasa, 1 Desember 2026" / "Tuesday, 1 December 2026". */
export function longDate(date: string, language: string): string {
  const day = dayOf(date);
  if (!day) return date;
  const locale = isEnglish(language) ? 'en-GB' : 'id-ID';
  let formatter = longDates.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    longDates.set(locale, formatter);
  }
  return formatter.format(day);
}

function dayOf(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(Date.UTC(year, month - 1, day, 12));
  return value.getUTCFullYear() === year &&
    value.getUTCMonth() === month - 1 &&
    value.getUTCDate() === day
    ? value
    : null;
}

/** 'YYYY-MM-DD' → "01/12/2026", as the date fields show a day whatever the browser's locale. */
export function toDayMonthYear(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

export type DayParse =
  | { ok: true; date: string }
  /** `empty`: nothing typed; `format`: not dd/mm/yyyy; `invalid`: no such day (31/02/2026). */
  | { ok: false; reason: 'empty' | 'format' | 'invalid' };

/**
 * What a person typed in a date field, read as day/month/year: "1/12/2026", "01-12-2026",
 * "01.12.2026" and "01/12/26" (this century) all give '2026-12-01'. Never month first: an
 * Indonesian office writes the day first whatever the computer's locale says.
 */
export function parseDayMonthYear(text: string): DayParse {
  const typed = text.trim();
  if (typed === '') return { ok: false, reason: 'empty' };
  const match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(typed);
  if (!match) return { ok: false, reason: 'format' };
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const date = `${String(year).padStart(4, '0')}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return dayOf(date) && year >= 1900 ? { ok: true, date } : { ok: false, reason: 'invalid' };
}
