import type { Platform } from '../domain/channels';
import type { MonthFigures, ReportState, Rollup } from '../domain/province-rollup';
import { parsePeriod } from '../domain/report';
import type { Locale } from '../domain/settings';
import type { Catalog } from '../i18n/id';
import type { LeafKey, TextParams } from '../i18n/translate';
import { localParts } from '../time/local';
import { displayTime } from '../time/display';
import { formatCell, type Cell, type ColumnKind } from './figures';
import { longDate, noFigure, periodName } from './format';

/**
 * The Rekap provinsi as tables, for its PDF and XLSX: a summary, the ranking with the previous
 * month beside each figure, the offices that reported late or not at all, and every pack item
 * per regency. Cells hold raw numbers (the workbook keeps them as numbers); `printRanking` is
 * the ranking as the page prints it, each figure with "bulan lalu …" in the same cell.
 */

export type RekapWord = (key: LeafKey<Catalog['province']['rekap']>, params?: TextParams) => string;

export interface RekapTable {
  id: 'summary' | 'ranking' | 'reports' | 'items';
  title: string;
  columns: { label: string; kind: ColumnKind }[];
  rows: { cells: Cell[] }[];
}

export interface RekapWords {
  word: RekapWord;
  /** "Tepat waktu", "Terlambat"… (province.rollup.state.*). */
  state: (state: ReportState) => string;
  platform: (platform: Platform) => string;
}

/** "Desember 2026" for '2026-12'. */
export function rekapMonthName(month: string, locale: Locale): string {
  const period = parsePeriod(month);
  if (!period) return month;
  // A month period never asks for the quarter or year words.
  return periodName(period, locale, { quarter: () => month, year: () => month });
}

/** The ranking's figures, each with the previous month beside it. */
const figures: {
  id: keyof Pick<
    MonthFigures,
    'adoptionShare' | 'medianHoursToPublication' | 'planRate' | 'onTimeRate' | 'reach'
  >;
  label: ColumnWord;
  kind: ColumnKind;
}[] = [
  { id: 'adoptionShare', label: 'adoptionShare', kind: 'rate' },
  { id: 'medianHoursToPublication', label: 'hours', kind: 'hours' },
  { id: 'planRate', label: 'planRate', kind: 'rate' },
  { id: 'onTimeRate', label: 'onTimeRate', kind: 'rate' },
  { id: 'reach', label: 'reach', kind: 'count' },
];

type ColumnWord = LeafKey<Catalog['province']['rekap']['column']>;

const column = (word: RekapWord, label: ColumnWord) => word(`column.${label}`);

/** A table's columns: each heading's word (province.rekap.column.*) and how its cells show. */
const columns = (word: RekapWord, list: [ColumnWord, ColumnKind][]): RekapTable['columns'] =>
  list.map(([label, kind]) => ({ label: column(word, label), kind }));

/** Summary, ranking (every figure and its previous month in columns of their own), reports, items. */
export function rekapTables(
  rollup: Rollup,
  locale: Locale,
  zone: string,
  words: RekapWords,
): RekapTable[] {
  const { word } = words;
  const count = (state: ReportState) =>
    rollup.regencies.filter((row) => row.report.state === state).length;
  const sum = (pick: (f: MonthFigures) => number) =>
    rollup.regencies.reduce((total, row) => total + pick(row.current), 0);
  const summary: RekapTable = {
    id: 'summary',
    title: word('section.summary'),
    columns: columns(word, [
      ['figure', 'text'],
      ['value', 'count'],
    ]),
    rows: [
      [word('figure.regencies'), rollup.regencies.length],
      [word('figure.onTime'), count('on_time')],
      [word('figure.late'), count('late')],
      [word('figure.missing'), count('missing')],
      [word('figure.awaited'), count('awaited')],
      [word('figure.items'), rollup.items.length],
      [word('figure.adopted'), sum((f) => f.itemsAdopted)],
      [word('figure.published'), sum((f) => f.itemsPublished)],
    ].map((cells) => ({ cells })),
  };

  const ranking: RekapTable = {
    id: 'ranking',
    title: word('section.ranking'),
    columns: [
      ...columns(word, [
        ['rank', 'count'],
        ['regency', 'text'],
        ['code', 'text'],
        ['report', 'text'],
        ['itemsSent', 'count'],
        ['itemsAdopted', 'count'],
        ['plannedChannels', 'count'],
        ['publishedChannels', 'count'],
      ]),
      ...figures.flatMap((figure) => [
        { label: column(word, figure.label), kind: figure.kind },
        {
          label: word('column.previousSuffix', { label: column(word, figure.label) }),
          kind: figure.kind,
        },
      ]),
    ],
    rows: rollup.regencies.map((row) => ({
      cells: [
        row.rank,
        row.name,
        row.code,
        words.state(row.report.state),
        row.current.itemsSent,
        row.current.itemsAdopted,
        row.current.plannedChannels,
        row.current.publishedChannels,
        ...figures.flatMap((figure) => [
          row.current[figure.id],
          row.previous ? row.previous[figure.id] : null,
        ]),
      ],
    })),
  };

  const sentAt = (instant: string | null) => {
    if (!instant) return noFigure;
    const { date, time } = localParts(instant, zone);
    return `${longDate(date, locale)} ${displayTime(time, locale)}`;
  };
  const reports: RekapTable = {
    id: 'reports',
    title: word('section.reports'),
    columns: columns(word, [
      ['regency', 'text'],
      ['code', 'text'],
      ['report', 'text'],
      ['sentAt', 'text'],
    ]),
    rows: rollup.regencies
      .filter((row) => row.report.state !== 'on_time')
      .map((row) => ({
        cells: [row.name, row.code, words.state(row.report.state), sentAt(row.report.sentAt)],
      })),
  };

  const items: RekapTable = {
    id: 'items',
    title: word('section.items'),
    columns: columns(word, [
      ['item', 'text'],
      ['pack', 'text'],
      ['suggestedDate', 'text'],
      ['regency', 'text'],
      ['adopted', 'text'],
      ['platforms', 'text'],
      ['hoursToPublication', 'hours'],
    ]),
    rows: rollup.items.flatMap((item) =>
      item.carriers.map((carrier) => ({
        cells: [
          item.title,
          item.packTitle,
          longDate(item.suggestedDate, locale),
          carrier.name,
          carrier.adopted ? word('yes') : word('no'),
          carrier.publications.length > 0
            ? [...new Set(carrier.publications.map((p) => words.platform(p.platform)))].join(', ')
            : noFigure,
          carrier.hoursToPublication,
        ],
      })),
    ),
  };
  return [summary, ranking, reports, items];
}

/**
 * The ranking as the page prints it (A4 portrait has no room for fourteen columns): each figure
 * with "bulan lalu …" in its cell, the adoption as "2 dari 3 (66,7%)", plan as "9 dari 10".
 */
export function printRanking(rollup: Rollup, locale: Locale, words: RekapWords): RekapTable {
  const { word } = words;
  const withPrevious = (
    current: number | null,
    previous: number | null | undefined,
    kind: ColumnKind,
  ) => {
    const now = formatCell(current, kind, locale);
    return previous === undefined
      ? now
      : `${now} ${word('previous', { value: formatCell(previous, kind, locale) })}`;
  };
  return {
    id: 'ranking',
    title: word('section.ranking'),
    columns: columns(word, [
      ['rank', 'count'],
      ['regency', 'text'],
      ['report', 'text'],
      ['adoption', 'rate'],
      ['hours', 'hours'],
      ['planRate', 'rate'],
      ['onTimeRate', 'rate'],
      ['reach', 'count'],
    ]),
    rows: rollup.regencies.map((row) => {
      const previous = row.previous ?? undefined;
      const of = (part: number, whole: number) =>
        word('outOf', {
          part: formatCell(part, 'count', locale),
          whole: formatCell(whole, 'count', locale),
        });
      return {
        cells: [
          row.rank,
          `${row.name} (${row.code})`,
          words.state(row.report.state),
          `${of(row.current.itemsAdopted, row.current.itemsSent)} · ${withPrevious(
            row.current.adoptionShare,
            previous?.adoptionShare,
            'rate',
          )}`,
          withPrevious(
            row.current.medianHoursToPublication,
            previous?.medianHoursToPublication,
            'hours',
          ),
          `${of(row.current.publishedChannels, row.current.plannedChannels)} · ${withPrevious(
            row.current.planRate,
            previous?.planRate,
            'rate',
          )}`,
          withPrevious(row.current.onTimeRate, previous?.onTimeRate, 'rate'),
          withPrevious(row.current.reach, previous?.reach, 'count'),
        ],
      };
    }),
  };
}
