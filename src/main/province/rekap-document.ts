import type { Platform } from '../../shared/domain/channels';
import { reportDueDay, type ReportState, type Rollup } from '../../shared/domain/province-rollup';
import { parsePeriod } from '../../shared/domain/report';
import { translate } from '../../shared/i18n/translate';
import { longDate } from '../../shared/report/format';
import {
  printRanking,
  rekapMonthName,
  rekapTables,
  type RekapTable,
  type RekapWord,
  type RekapWords,
} from '../../shared/report/rekap';
import { reportWords } from '../../shared/report/words';
import { shiftPeriod } from '../../shared/report/format';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { printOffice, type PrintOffice } from '../report/print-office';

/**
 * Everything the Rekap provinsi's PDF and XLSX print: the office's kop and signers (as the
 * Laporan kinerja prints them), the title and period, the tables, in the office's language.
 */
export interface RekapDocument extends PrintOffice {
  month: string;
  /** The first and last office-local day of the month. */
  from: string;
  to: string;
  generatedAt: string;
  /** "Rekap Kinerja Kabupaten/Kota — Desember 2026" */
  title: string;
  monthName: string;
  /** "Periode 1 Desember 2026 – 31 Desember 2026" */
  periodLine: string;
  /** "Laporan bulan ini jatuh tempo 5 Januari 2027." */
  dueLine: string;
  /** Summary, ranking (a column per figure and per previous month), reports, items. */
  tables: RekapTable[];
  /** The ranking as the page prints it, the previous month in each figure's cell. */
  printedRanking: RekapTable;
  word: RekapWord;
}

export async function rekapDocument(
  db: Db,
  rollup: Rollup,
  dataDir?: string,
): Promise<RekapDocument> {
  const printed = await printOffice(db, dataDir);
  const { locale, timeZone } = printed.office;
  const word: RekapWord = (key, params) => translate(locale, `province.rekap.${key}`, params);
  const words: RekapWords = {
    word,
    state: (state: ReportState) => translate(locale, `province.rollup.state.${state}`),
    platform: (platform: Platform) => translate(locale, `channels.platforms.${platform}`),
  };
  const period = parsePeriod(rollup.month)!;
  const monthName = rekapMonthName(rollup.month, locale);
  const due = `${shiftPeriod(rollup.month, 1)}-${String(reportDueDay).padStart(2, '0')}`;
  return {
    ...printed,
    month: rollup.month,
    from: period.from,
    to: period.to,
    generatedAt: nowIso(),
    title: word('documentTitle', { month: monthName }),
    monthName,
    periodLine: reportWords(locale)('periodLine', {
      from: longDate(period.from, locale),
      to: longDate(period.to, locale),
    }),
    dueLine: word('dueLine', { date: longDate(due, locale) }),
    tables: rekapTables(rollup, locale, timeZone, words),
    printedRanking: printRanking(rollup, locale, words),
    word,
  };
}
