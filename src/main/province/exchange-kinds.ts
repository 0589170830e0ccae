import { AppError } from '../../shared/api/errors';
import { contentPackSchema, type ContentPack } from '../../shared/domain/province-pack';
import { regencyReportSchema, type RegencyReport } from '../../shared/domain/province-report';
import { everyOffice, type Recipients } from '../../shared/exchange/envelope';
import { provinceOf } from '../../shared/exchange/region';
import type { AssetLibrary } from '../assets/library';
import { nowIso } from '../db/clock';
import type { Db } from '../db/connection';
import { exchangeRepository, type KnownOffice } from '../db/repositories/exchange';
import { provinceRepository } from '../db/repositories/province';
import type { ExchangeKindHandler } from '../exchange/handlers';
import type { ExchangeContext } from '../exchange/identity';
import { writeOutboxFile, type WrittenFile } from '../exchange/outbox';
import { importPackMedia, packMediaFiles } from './pack-media';
import { receivePack } from './packs';

/**
 * Packs and reports as kinds of exchange file. A pack comes only from this office's own
 * province; a report only from a regency or city of this province. Both are stored once, so a
 * replayed, re-synced or late file ends in the same state.
 */

const refuse = (
  key: 'province.packNotFromProvince' | 'province.reportNotFromRegency',
  code: string,
) => new AppError('invalid_request', { key, params: { code } });

/** A pack is accepted only from this office's own province. */
function refuseUnlessFromProvince(db: Db, from: KnownOffice): void {
  const own = exchangeRepository(db).own();
  if (from.level !== 'provinsi' || !own || provinceOf(own.code) !== from.code) {
    throw refuse('province.packNotFromProvince', from.code);
  }
}

/**
 * Packs, received into `library`: the media first (checked whole, added to the library before
 * the transaction: see importPackMedia), then the pack itself. The sender is checked before
 * any media is read, so an office that may not send packs puts nothing into the library.
 */
export function packKind(library: AssetLibrary): ExchangeKindHandler<ContentPack> {
  return {
    kind: 'pack',
    payload: contentPackSchema,
    async prepare(pack, opened, { db, from }) {
      refuseUnlessFromProvince(db, from);
      await importPackMedia(library, db, pack, opened);
    },
    apply(pack, { db, from, envelope }) {
      refuseUnlessFromProvince(db, from);
      receivePack(db, from.code, [...envelope.recipients], pack, nowIso());
    },
  };
}

export const reportKind: ExchangeKindHandler<RegencyReport> = {
  kind: 'report',
  payload: regencyReportSchema,
  apply(report, { db, from }) {
    const own = exchangeRepository(db).own();
    if (
      from.level !== 'kabupaten_kota' ||
      !own ||
      own.level !== 'provinsi' ||
      provinceOf(from.code) !== own.code
    ) {
      throw refuse('province.reportNotFromRegency', from.code);
    }
    provinceRepository(db).recordReport(from.code, nowIso(), report);
  },
};

/**
 * The province sends a pack version to every regency (`semua`) or to chosen ones, with the
 * media its items name from this office's asset library.
 */
export async function sendPack(
  context: ExchangeContext,
  pack: ContentPack,
  recipients: Recipients = [everyOffice],
): Promise<WrittenFile> {
  const checked = contentPackSchema.parse(pack);
  // Every photo and video the items name goes in with it, each content once.
  const media = packMediaFiles(context.db, context.dataDir, checked);
  const written = await writeOutboxFile(context, 'pack', recipients, checked, media);
  const own = exchangeRepository(context.db).own()!;
  provinceRepository(context.db).recordPack({
    pack: checked,
    senderCode: own.code,
    recipients: [...recipients],
    receivedAt: null,
  });
  return written;
}

/** A regency sends its report for a month to its province. */
export function sendReport(context: ExchangeContext, report: RegencyReport): Promise<WrittenFile> {
  const own = exchangeRepository(context.db).own();
  const province = own ? provinceOf(own.code) : '';
  return writeOutboxFile(context, 'report', [province], regencyReportSchema.parse(report));
}
