import type { ContentPack } from '../../../shared/domain/province-pack';
import type { PackItemStatus, RegencyReport } from '../../../shared/domain/province-report';
import type { Db } from '../connection';

/** A pack version as stored: who sent it to whom, and whether this office sent or received it. */
export interface StoredPack {
  pack: ContentPack;
  senderCode: string;
  recipients: string[];
  /** null: this office sent it. */
  receivedAt: string | null;
}

export interface Adoption {
  packId: string;
  itemId: string;
  postId: string;
  adoptedVersion: number;
  adoptedAt: string;
}

export interface StoredReport {
  from: string;
  receivedAt: string;
  report: RegencyReport;
}

interface PackRow {
  payload: string;
  sender_code: string;
  recipients: string;
  received_at: string | null;
}

const toStoredPack = (row: PackRow): StoredPack => ({
  pack: JSON.parse(row.payload) as ContentPack,
  senderCode: row.sender_code,
  recipients: JSON.parse(row.recipients) as string[],
  receivedAt: row.received_at,
});

/** Packs, adoptions and regency reports (migration province). Payloads are stored as they travelled. */
export function provinceRepository(db: Db) {
  const insertPack = db.prepare(
    `INSERT OR IGNORE INTO province_packs
       (pack_id, version, sender_code, recipients, title, deadline, sent_at, payload, received_at)
     VALUES (@packId, @version, @senderCode, @recipients, @title, @deadline, @sentAt, @payload,
             @receivedAt)`,
  );
  const latestPacks = db.prepare<[number], PackRow>(
    `SELECT p.payload, p.sender_code, p.recipients, p.received_at
       FROM province_packs p
      WHERE (p.received_at IS NULL) = (? = 1)
        AND p.version = (SELECT max(version) FROM province_packs q WHERE q.pack_id = p.pack_id)
      ORDER BY p.sent_at DESC`,
  );
  const packVersion = db.prepare<[string, number], PackRow>(
    `SELECT payload, sender_code, recipients, received_at FROM province_packs
      WHERE pack_id = ? AND version = ?`,
  );
  const firstSent = db.prepare<[string], { sent_at: string }>(
    `SELECT min(sent_at) AS sent_at FROM province_packs WHERE pack_id = ?`,
  );
  const insertAdoption = db.prepare(
    `INSERT INTO pack_adoptions (pack_id, item_id, post_id, adopted_version, adopted_at, adopted_by)
     VALUES (@packId, @itemId, @postId, @adoptedVersion, @adoptedAt, @adoptedBy)`,
  );
  const setAdoptedVersion = db.prepare(
    `UPDATE pack_adoptions SET adopted_version = ? WHERE pack_id = ? AND item_id = ?`,
  );
  const adoptionsOf = db.prepare<[string], Adoption>(
    `SELECT pack_id AS packId, item_id AS itemId, post_id AS postId,
            adopted_version AS adoptedVersion, adopted_at AS adoptedAt
       FROM pack_adoptions WHERE pack_id = ? ORDER BY adopted_at`,
  );
  const allAdoptions = db.prepare<[], Adoption>(
    `SELECT pack_id AS packId, item_id AS itemId, post_id AS postId,
            adopted_version AS adoptedVersion, adopted_at AS adoptedAt
       FROM pack_adoptions ORDER BY adopted_at`,
  );
  const adoptedPostState = db.prepare<
    [],
    {
      pack_id: string;
      item_id: string;
      adopted_version: number;
      adopted_at: string;
      scheduled_at: string | null;
      approved_at: string | null;
      publications: string;
    }
  >(
    `SELECT a.pack_id, a.item_id, a.adopted_version, a.adopted_at, p.scheduled_at, p.approved_at,
            (SELECT json_group_array(json_object('platform', c.platform,
                                                 'publishedAt', cp.published_at,
                                                 'permalink', nullif(cp.permalink, '')))
               FROM channel_publications cp JOIN channels c ON c.id = cp.channel_id
              WHERE cp.post_id = p.id) AS publications
       FROM pack_adoptions a JOIN posts p ON p.id = a.post_id
      WHERE p.deleted_at IS NULL`,
  );
  const insertReport = db.prepare(
    `INSERT OR IGNORE INTO regency_reports (sender_code, month, sent_at, received_at, payload)
     VALUES (@from, @month, @sentAt, @receivedAt, @payload)`,
  );
  const reportsOfMonths = db.prepare<
    [string],
    { sender_code: string; received_at: string; payload: string }
  >(
    `SELECT sender_code, received_at, payload FROM regency_reports
      WHERE month IN (SELECT value FROM json_each(?))`,
  );
  const sentByMonth = db.prepare<[string], { month: string; sent_at: string; times: number }>(
    `SELECT month, max(sent_at) AS sent_at, count(*) AS times FROM regency_reports
      WHERE sender_code = ? GROUP BY month ORDER BY month DESC`,
  );

  return {
    /** Stores a pack version once; false when this version was already there. */
    recordPack(stored: StoredPack): boolean {
      const { pack } = stored;
      return (
        insertPack.run({
          packId: pack.packId,
          version: pack.version,
          senderCode: stored.senderCode,
          recipients: JSON.stringify(stored.recipients),
          title: pack.title,
          deadline: pack.deadline,
          sentAt: pack.sentAt,
          payload: JSON.stringify(pack),
          receivedAt: stored.receivedAt,
        }).changes > 0
      );
    },
    /** The newest version of every pack this office sent (`sent`) or received. */
    latestPacks(direction: 'sent' | 'received'): StoredPack[] {
      return latestPacks.all(direction === 'sent' ? 1 : 0).map(toStoredPack);
    },
    packVersion(packId: string, version: number): StoredPack | null {
      const row = packVersion.get(packId, version);
      return row ? toStoredPack(row) : null;
    },
    /** When the pack's first version went out (hours to publication count from here). */
    firstSentAt(packId: string): string | null {
      return firstSent.get(packId)?.sent_at ?? null;
    },
    adopt(adoption: Adoption & { adoptedBy: string | null }): void {
      insertAdoption.run(adoption);
    },
    setAdoptedVersion(packId: string, itemId: string, version: number): void {
      setAdoptedVersion.run(version, packId, itemId);
    },
    adoptions(packId?: string): Adoption[] {
      return packId === undefined ? allAdoptions.all() : adoptionsOf.all(packId);
    },
    /** Every adopted item's state in this office's calendar, for the report to the province. */
    adoptedItemStates(versionOf: (packId: string) => number): PackItemStatus[] {
      return adoptedPostState.all().map((row) => ({
        packId: row.pack_id,
        packVersion: versionOf(row.pack_id) || row.adopted_version,
        itemId: row.item_id,
        adoptedAt: row.adopted_at,
        scheduledAt: row.scheduled_at,
        approvedAt: row.approved_at,
        publications: (JSON.parse(row.publications) as PackItemStatus['publications']).sort(
          (a, b) => a.publishedAt.localeCompare(b.publishedAt),
        ),
      }));
    },
    /** Stores a report once; false when this exact report (sender, month, sent at) was there. */
    recordReport(from: string, receivedAt: string, report: RegencyReport): boolean {
      return (
        insertReport.run({
          from,
          month: report.month,
          sentAt: report.sentAt,
          receivedAt,
          payload: JSON.stringify(report),
        }).changes > 0
      );
    },
    /**
     * The months a regency sent (its own reports, kept under its own code as a province keeps
     * the packs it sent): when each was last sent and how many times.
     */
    sentReports(ownCode: string): { month: string; sentAt: string; times: number }[] {
      return sentByMonth
        .all(ownCode)
        .map((row) => ({ month: row.month, sentAt: row.sent_at, times: row.times }));
    },
    reports(months: readonly string[]): StoredReport[] {
      return reportsOfMonths.all(JSON.stringify(months)).map((row) => ({
        from: row.sender_code,
        receivedAt: row.received_at,
        report: JSON.parse(row.payload) as RegencyReport,
      }));
    },
  };
}
