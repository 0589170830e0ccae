import { startOfLocalDay } from '../time/calendar';
import { formatLocalDate } from '../time/local';
import { monthBefore, nearestRank } from './report';
import type { PackItemStatus, RegencyReport } from './province-report';

/**
 * "Rekap provinsi": the province's month across its regencies and cities, from the packs it sent
 * and the reports that came back. Pure: the exchange stores what arrived, this computes the view.
 *
 * Per regency: pack adoption (share of the month's pack items adopted, median hours from the
 * pack's first sending to the item's first publication), plan against published channels, the
 * on-time rate and reach, each with the previous month beside it; whether the month's report
 * came, came late, or is still awaited. Per pack item: which regency carried it, where, how fast.
 */

export interface RollupRegency {
  code: string;
  name: string;
}

export interface RollupPack {
  packId: string;
  title: string;
  /** When the first version went out: hours to publication count from here. */
  firstSentAt: string;
  /** Regency codes the pack went to. */
  recipients: readonly string[];
  items: readonly { itemId: string; title: string; suggestedDate: string }[];
}

export interface RollupInput {
  month: string;
  regencies: readonly RollupRegency[];
  packs: readonly RollupPack[];
  /** Every report received, any month, possibly repeated or out of order. */
  reports: readonly { from: string; receivedAt: string; report: RegencyReport }[];
  /** When the month's reports were due, and the time now. */
  reportDueAt: string;
  now: string;
}

export interface MonthFigures {
  itemsSent: number;
  itemsAdopted: number;
  itemsPublished: number;
  adoptionShare: number | null;
  medianHoursToPublication: number | null;
  plannedChannels: number;
  publishedChannels: number;
  planRate: number | null;
  onTimeRate: number | null;
  reach: number;
}

export type ReportState = 'on_time' | 'late' | 'missing' | 'awaited';

export interface RegencyRow {
  code: string;
  name: string;
  rank: number;
  report: { state: ReportState; sentAt: string | null; receivedAt: string | null };
  current: MonthFigures;
  previous: MonthFigures | null;
}

export interface ItemCarrier {
  code: string;
  name: string;
  adopted: boolean;
  publications: PackItemStatus['publications'];
  hoursToPublication: number | null;
}

export interface ItemRow {
  packId: string;
  packTitle: string;
  itemId: string;
  title: string;
  suggestedDate: string;
  carriers: ItemCarrier[];
}

export interface Rollup {
  month: string;
  regencies: RegencyRow[];
  items: ItemRow[];
}

/** The report that counts for a regency and month: the one sent last. */
export function latestReports(
  reports: RollupInput['reports'],
): Map<string, RollupInput['reports'][number]> {
  const latest = new Map<string, RollupInput['reports'][number]>();
  for (const entry of reports) {
    const key = `${entry.from}|${entry.report.month}`;
    const held = latest.get(key);
    if (!held || entry.report.sentAt > held.report.sentAt) latest.set(key, entry);
  }
  return latest;
}

export function computeRollup(input: RollupInput): Rollup {
  const latest = latestReports(input.reports);
  const previousMonth = monthBefore(input.month);
  const items = monthItems(input.packs, input.month);
  const rows = input.regencies.map((regency): Omit<RegencyRow, 'rank'> => {
    const current = latest.get(`${regency.code}|${input.month}`);
    const previous = latest.get(`${regency.code}|${previousMonth}`);
    return {
      code: regency.code,
      name: regency.name,
      report: reportState(current, input.reportDueAt, input.now),
      current: monthFigures(regency.code, current?.report, items, input.packs),
      previous: previous
        ? monthFigures(
            regency.code,
            previous.report,
            monthItems(input.packs, previousMonth),
            input.packs,
          )
        : null,
    };
  });
  const ranked = [...rows].sort(byStanding).map((row, index) => ({ ...row, rank: index + 1 }));
  return {
    month: input.month,
    regencies: ranked,
    items: items.map(({ pack, item }) => ({
      packId: pack.packId,
      packTitle: pack.title,
      itemId: item.itemId,
      title: item.title,
      suggestedDate: item.suggestedDate,
      carriers: input.regencies
        .filter((regency) => pack.recipients.includes(regency.code))
        .map((regency) => {
          const status = statusOf(
            latest.get(`${regency.code}|${input.month}`)?.report,
            item.itemId,
          );
          return {
            code: regency.code,
            name: regency.name,
            adopted: Boolean(status?.adoptedAt),
            publications: status?.publications ?? [],
            hoursToPublication: hoursTo(pack.firstSentAt, status),
          };
        }),
    })),
  };
}

type MonthItem = { pack: RollupPack; item: RollupPack['items'][number] };

/** The pack items meant for the month (by their suggested date). */
function monthItems(packs: readonly RollupPack[], month: string): MonthItem[] {
  return packs.flatMap((pack) =>
    pack.items
      .filter((item) => item.suggestedDate.startsWith(`${month}-`))
      .map((item) => ({ pack, item })),
  );
}

function reportState(
  entry: RollupInput['reports'][number] | undefined,
  dueAt: string,
  now: string,
): RegencyRow['report'] {
  if (!entry) return { state: now > dueAt ? 'missing' : 'awaited', sentAt: null, receivedAt: null };
  return {
    state: entry.report.sentAt > dueAt ? 'late' : 'on_time',
    sentAt: entry.report.sentAt,
    receivedAt: entry.receivedAt,
  };
}

function monthFigures(
  code: string,
  report: RegencyReport | undefined,
  items: readonly MonthItem[],
  packs: readonly RollupPack[],
): MonthFigures {
  const sent = items.filter(({ pack }) => pack.recipients.includes(code));
  const firstSent = new Map(packs.map((pack) => [pack.packId, pack.firstSentAt]));
  let adopted = 0;
  let published = 0;
  const hours: number[] = [];
  for (const { pack, item } of sent) {
    const status = statusOf(report, item.itemId);
    if (status?.adoptedAt) adopted += 1;
    const took = hoursTo(firstSent.get(pack.packId) ?? pack.firstSentAt, status);
    if (took !== null) {
      published += 1;
      hours.push(took);
    }
  }
  hours.sort((a, b) => a - b);
  const totals = report?.totals;
  return {
    itemsSent: sent.length,
    itemsAdopted: adopted,
    itemsPublished: published,
    adoptionShare: sent.length > 0 ? adopted / sent.length : null,
    medianHoursToPublication: nearestRank(hours, 50),
    plannedChannels: totals?.plannedChannels ?? 0,
    publishedChannels: totals?.publishedChannels ?? 0,
    planRate:
      totals && totals.plannedChannels > 0
        ? totals.publishedChannels / totals.plannedChannels
        : null,
    onTimeRate:
      totals && totals.publishedChannels > 0
        ? totals.onTimeChannels / totals.publishedChannels
        : null,
    reach: totals?.reach ?? 0,
  };
}

function statusOf(report: RegencyReport | undefined, itemId: string): PackItemStatus | undefined {
  return report?.packItems.find((status) => status.itemId === itemId);
}

/** Hours from the pack's first sending to the item's first publication anywhere, or null. */
function hoursTo(firstSentAt: string, status: PackItemStatus | undefined): number | null {
  if (!status || status.publications.length === 0) return null;
  const first = status.publications.map((p) => Date.parse(p.publishedAt)).sort((a, b) => a - b)[0]!;
  return Math.max(0, (first - Date.parse(firstSentAt)) / 3_600_000);
}

/** Adoption first, then speed, then on time, then the name (so equal regencies keep an order). */
function byStanding(a: Omit<RegencyRow, 'rank'>, b: Omit<RegencyRow, 'rank'>): number {
  return (
    descending(a.current.adoptionShare, b.current.adoptionShare) ||
    ascending(a.current.medianHoursToPublication, b.current.medianHoursToPublication) ||
    descending(a.current.onTimeRate, b.current.onTimeRate) ||
    a.name.localeCompare(b.name, 'id')
  );
}

/** Higher first; unknown (null) last. */
function descending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** Lower first; unknown (null) last. */
function ascending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Monthly reports are due by the end of this day of the following month, office time. */
export const reportDueDay = 5;

/** When the month's reports are due: the start of the day after `reportDueDay`, in `zone`. */
export function reportDueAt(month: string, zone: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? { year: year + 1, month: 1 } : { year, month: m + 1 };
  return startOfLocalDay(formatLocalDate(next.year, next.month, reportDueDay + 1), zone);
}
