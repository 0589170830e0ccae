import type { LocalDate } from '../../../shared/time';
import { formatLongDate, formatMonthYear, formatWeekRange } from '../calendar/format';
import { isWholeMonth } from './model';

/**
 * A range as people say it: "Desember 2026" for a whole month, one day as "Kamis, 3 Desember
 * 2026", otherwise "1 – 15 Desember 2026" or "20 Des 2026 – 5 Jan 2027".
 */
export function formatPeriod(from: LocalDate, to: LocalDate, language: string): string {
  if (isWholeMonth(from, to)) return formatMonthYear(from, language);
  if (from === to) return formatLongDate(from, language);
  return formatWeekRange(from, to, language);
}
