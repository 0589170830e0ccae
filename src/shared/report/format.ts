import { format } from 'date-fns';
import { enUS, id as indonesian } from 'date-fns/locale';
import type { Locale } from '../domain/settings';
import { parsePeriod, previousPeriod, type Period } from '../domain/report';

/**
 * How the Laporan kinerja writes its figures, the same on screen, on paper and in the workbook:
 * counts with a thousands point (1.234), rates with a decimal comma (12,5%), hours with one
 * decimal, in the office's language (Intl does the grouping; no hand-made separators).
 */

const numberLocale = (locale: Locale) => (locale === 'en' ? 'en-US' : 'id-ID');
const counts = new Map<Locale, Intl.NumberFormat>();
const rates = new Map<Locale, Intl.NumberFormat>();
const decimals = new Map<Locale, Intl.NumberFormat>();

function cached(
  map: Map<Locale, Intl.NumberFormat>,
  locale: Locale,
  options: Intl.NumberFormatOptions,
) {
  let formatter = map.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(numberLocale(locale), options);
    map.set(locale, formatter);
  }
  return formatter;
}

/** What an unknown figure prints as (no reach reported, nothing to divide by). */
export const noFigure = '–';

export const formatCount = (value: number | null, locale: Locale): string =>
  value === null ? noFigure : cached(counts, locale, { maximumFractionDigits: 0 }).format(value);

export const formatRate = (value: number | null, locale: Locale): string =>
  value === null
    ? noFigure
    : cached(rates, locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);

/** 12,5 (one decimal at most), for hours and percentage points. */
export const formatDecimal = (value: number | null, locale: Locale): string =>
  value === null ? noFigure : cached(decimals, locale, { maximumFractionDigits: 1 }).format(value);

const dateLocale = (locale: Locale) => (locale === 'en' ? enUS : indonesian);
const roman = ['I', 'II', 'III', 'IV'];

/** "Desember 2026", "Triwulan IV 2026", "Tahun 2026". */
export function periodName(period: Period, locale: Locale, words: PeriodWords): string {
  if (period.kind === 'month') {
    const [year, month] = period.firstMonth.split('-').map(Number) as [number, number];
    return format(new Date(year, month - 1, 15, 12), 'LLLL yyyy', { locale: dateLocale(locale) });
  }
  if (period.kind === 'quarter') {
    const quarter = Number(period.id.slice(-1));
    return words.quarter(roman[quarter - 1]!, period.year);
  }
  return words.year(period.year);
}

export interface PeriodWords {
  quarter: (numeral: string, year: number) => string;
  year: (year: number) => string;
}

/** "1 Desember 2026" */
export function longDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return format(new Date(year, month - 1, day, 12), 'd MMMM yyyy', { locale: dateLocale(locale) });
}

/** The period of the same kind `steps` away: 2026-11 → 2026-12, 2026-Q1 → 2025-Q4, 2026 → 2027. */
export function shiftPeriod(id: string, steps: number): string {
  let period = parsePeriod(id);
  if (!period) return id;
  if (steps < 0) {
    for (let i = 0; i < -steps; i++) period = previousPeriod(period);
    return period.id;
  }
  for (let i = 0; i < steps; i++) period = nextPeriod(period);
  return period.id;
}

function nextPeriod(period: Period): Period {
  const pad = (n: number) => String(n).padStart(2, '0');
  const [year, month] = period.lastMonth.split('-').map(Number) as [number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  if (period.kind === 'month') return parsePeriod(`${nextYear}-${pad(nextMonth)}`)!;
  if (period.kind === 'quarter') return parsePeriod(`${nextYear}-Q${Math.ceil(nextMonth / 3)}`)!;
  return parsePeriod(String(period.year + 1))!;
}

/** The period of `kind` that holds the local date `today` (the office zone's today). */
export function periodHolding(kind: Period['kind'], today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  if (kind === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return String(year);
}
