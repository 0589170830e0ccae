import type { Post } from '../../shared/domain/posts';
import type { Report } from '../../shared/domain/report';
import type { Db } from '../db/connection';
import { nowIso } from '../db/clock';
import { sendReport } from './exchange-kinds';
import { provincePacks, type DraftRequest } from './packs';
import { provinceReports } from './reports';

/**
 * Province and regencies (issue 16), as the contract sees it: a regency's packs and its report
 * to the province; a province's Rekap over its regencies.
 */
export function provinceService(
  db: Db,
  dataDir: string,
  drafts: { create(request: DraftRequest): Post },
  figures: { compute(period: string): { report: Report } },
) {
  const packs = provincePacks(db, drafts);
  const reports = provinceReports(db, figures);
  return {
    ...packs,
    /** Builds this regency's report of `month` now and writes it into the outbox. */
    async sendReport(month: string) {
      const report = reports.build(month, nowIso());
      const written = await sendReport({ db, dataDir }, report);
      return { file: written.file, sentAt: report.sentAt };
    },
    rollup(month: string) {
      return reports.rollup(month, reports.regencies(), nowIso());
    },
  };
}
