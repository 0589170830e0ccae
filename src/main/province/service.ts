import type { Post } from '../../shared/domain/posts';
import type { Report } from '../../shared/domain/report';
import type { Db } from '../db/connection';
import { AppError } from '../../shared/api/errors';
import { provinceOf } from '../../shared/exchange/region';
import { nowIso } from '../db/clock';
import { exchangeRepository } from '../db/repositories/exchange';
import { provinceRepository } from '../db/repositories/province';
import { exchangeErrors } from '../exchange/errors';
import { packComposer, type PackDraft } from './compose';
import { sendPack, sendReport } from './exchange-kinds';
import { provincePacks, type DraftRequest } from './packs';
import { provinceReports } from './reports';

/**
 * Province and regencies (issue 16), as the contract sees it: a regency's packs and its report
 * to the province; a province's packs to its regencies and its Rekap over them.
 */
export function provinceService(
  db: Db,
  dataDir: string,
  drafts: { create(request: DraftRequest): Post },
  figures: { compute(period: string): { report: Report } },
) {
  const packs = provincePacks(db, drafts);
  const reports = provinceReports(db, figures);
  const composer = packComposer(db);
  // One send at a time: two versions of one pack written at once would share a number.
  let sending: Promise<unknown> = Promise.resolve();
  return {
    ...packs,
    sent: () => composer.sent(),
    itemsFromPosts: (postIds: readonly string[]) => composer.itemsFromPosts(postIds),
    /** Checks and writes a pack version into the outbox (a new pack, or the next version). */
    sendPack(draft: PackDraft) {
      const run = sending.then(async () => {
        const { pack, recipients } = composer.plan(draft, nowIso(), reports.regencies());
        const written = await sendPack({ db, dataDir }, pack, recipients);
        return { packId: pack.packId, version: pack.version, file: written.file };
      });
      sending = run.catch(() => undefined);
      return run;
    },
    /**
     * Builds this regency's report of `month` now, writes it into the outbox, and keeps it under
     * the office's own code so the screen can say when each month was last sent.
     */
    async sendReport(month: string) {
      const own = exchangeRepository(db).own();
      if (!own) throw exchangeErrors.notSetUp();
      if (own.level !== 'kabupaten_kota') {
        throw new AppError('conflict', { key: 'province.sendNotRegency' });
      }
      const report = reports.build(month, nowIso());
      const written = await sendReport({ db, dataDir }, report);
      provinceRepository(db).recordReport(own.code, report.sentAt, report);
      return { file: written.file, sentAt: report.sentAt };
    },
    /** The months this regency sent and the province they went to. */
    sentReports() {
      const exchange = exchangeRepository(db);
      const own = exchange.own();
      if (!own || own.level !== 'kabupaten_kota') return { province: null, reports: [] };
      const code = provinceOf(own.code);
      const known = exchange.offices().find((office) => office.code === code);
      return {
        province: { code, name: known?.name ?? null },
        reports: provinceRepository(db).sentReports(own.code),
      };
    },
    rollup(month: string) {
      return reports.rollup(month, reports.regencies(), nowIso());
    },
  };
}
