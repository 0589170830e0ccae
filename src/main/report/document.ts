import type { Schedule } from '../../shared/domain/exports';
import type { IkuWords, ReportData, ReportNames } from '../../shared/report/figures';
import { reportWords, type ReportWord } from '../../shared/report/words';
import { longDate, periodName } from '../../shared/report/format';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { campaignsRepository } from '../db/repositories/campaigns';
import { channelsRepository } from '../db/repositories/channels';
import { performanceRepository } from '../db/repositories/performance';
import { settingsRepository } from '../db/repositories/settings';
import { printOffice } from './print-office';

/**
 * Everything the report's PDF and XLSX print besides the figures: the office, its letterhead
 * and signers (the schedule PDF's Settings › Dokumen cetak), channel and pillar names, the
 * planner's notes, and the words in the office's language.
 */
export interface ReportDocument {
  data: ReportData;
  /** The office and print settings in the shape the schedule PDF's letterhead and signature read. */
  office: Schedule['office'];
  print: Schedule['print'];
  generatedAt: string;
  names: ReportNames;
  notes: string;
  toleranceMinutes: number;
  iku: IkuWords;
  word: ReportWord;
  /** "Laporan Kinerja Pengelolaan Media Sosial — Desember 2026" */
  title: string;
  periodName: string;
  /** "Periode 1 Desember 2026 – 31 Desember 2026" */
  periodLine: string;
  logo: Buffer | null;
}

export async function reportDocument(
  db: Db,
  data: ReportData,
  notes: string,
  dataDir?: string,
): Promise<ReportDocument> {
  const settings = settingsRepository(db).get();
  const locale = settings.locale;
  const word = reportWords(locale);
  const channels = new Map(
    channelsRepository(db)
      .list(true)
      .map((c) => [c.id, c.name]),
  );
  const campaigns = new Map(
    campaignsRepository(db)
      .list(true)
      .map((c) => [c.id, c.name]),
  );
  const period = data.report.period;
  const performance = performanceRepository(db).settings();
  const name = periodName(period, locale, {
    quarter: (numeral, year) => word('quarter', { numeral, year }),
    year: (year) => word('year', { year }),
  });
  const { office, print, logo } = await printOffice(db, dataDir);
  return {
    data,
    office,
    print,
    generatedAt: nowIso(),
    names: {
      channel: (id) => channels.get(id) ?? word('unknownChannel'),
      pillar: (id) => (id === null ? word('noPillar') : (campaigns.get(id) ?? word('noPillar'))),
    },
    notes: notes.trim(),
    toleranceMinutes: performance.onTimeToleranceMinutes,
    iku: performance.ikuWording,
    word,
    title: word('documentTitle', { period: name }),
    periodName: name,
    periodLine: word('periodLine', {
      from: longDate(period.from, locale),
      to: longDate(period.to, locale),
    }),
    logo,
  };
}
