import type { Report } from '../../shared/domain/report';
import type { RegencyReport } from '../../shared/domain/province-report';
import {
  computeRollup,
  reportDueAt,
  type Rollup,
  type RollupRegency,
} from '../../shared/domain/province-rollup';
import { monthBefore } from '../../shared/domain/report';
import type { Db } from '../db/connection';
import { channelsRepository } from '../db/repositories/channels';
import { exchangeRepository } from '../db/repositories/exchange';
import { provinceRepository } from '../db/repositories/province';
import { provinceOf } from '../../shared/exchange/region';
import { settingsRepository } from '../db/repositories/settings';

/** Everything the province's everyOffice recipient list expands to. */
const everyOffice = 'semua';

/**
 * Reports up: a regency's monthly report built from its own Laporan figures and its adopted
 * pack items; the province stores each report once and computes the Rekap provinsi from them.
 */
export function provinceReports(db: Db, figures: { compute(period: string): { report: Report } }) {
  const store = provinceRepository(db);
  const channels = channelsRepository(db);
  const settings = settingsRepository(db);

  return {
    /** This regency's report for `month`, as it will travel. */
    build(month: string, sentAt: string): RegencyReport {
      const { report } = figures.compute(month);
      const names = new Map(channels.list(true).map((c) => [c.id, c]));
      const versions = new Map(
        store.latestPacks('received').map((entry) => [entry.pack.packId, entry.pack.version]),
      );
      const onTimeChannels = report.channels.reduce((sum, c) => sum + c.onTime, 0);
      return {
        month,
        sentAt,
        totals: {
          plannedPosts: report.totals.plannedPosts,
          publishedPosts: report.totals.publishedPosts,
          plannedChannels: report.totals.plannedChannels,
          publishedChannels: report.totals.publishedChannels,
          onTimeChannels,
          outsidePlan: report.totals.outsidePlan,
          views: report.totals.views,
          reach: report.totals.reach,
          engagement: report.totals.engagement,
        },
        channels: report.channels.flatMap((c) => {
          const channel = names.get(c.channelId);
          if (!channel) return [];
          return [
            {
              platform: channel.platform,
              name: channel.name,
              planned: c.planned,
              published: c.published,
              onTime: c.onTime,
              views: c.views,
              reach: c.reach,
              engagement: c.engagement,
              followersEnd: c.followersEnd,
            },
          ];
        }),
        packItems: store.adoptedItemStates((packId) => versions.get(packId) ?? 0),
      };
    },

    /** A report from a regency; stored once (false for a replay). */
    receive(from: string, receivedAt: string, report: RegencyReport): boolean {
      return store.recordReport(from, receivedAt, report);
    },

    /** The regencies and cities of this province that the exchange knows, by code. */
    regencies(): RollupRegency[] {
      const exchange = exchangeRepository(db);
      const own = exchange.own();
      if (!own || own.level !== 'provinsi') return [];
      return exchange
        .offices()
        .filter(
          (office) => office.level === 'kabupaten_kota' && provinceOf(office.code) === own.code,
        )
        .map((office) => ({ code: office.code, name: office.name }))
        .sort((a, b) => a.code.localeCompare(b.code));
    },

    /** The province's roll-up of `month` over its regencies, at `now`. */
    rollup(month: string, regencies: readonly RollupRegency[], now: string): Rollup {
      const all = regencies.map((r) => r.code);
      const packs = store.latestPacks('sent').map(({ pack, recipients }) => ({
        packId: pack.packId,
        title: pack.title,
        firstSentAt: store.firstSentAt(pack.packId) ?? pack.sentAt,
        recipients: recipients.includes(everyOffice) ? all : recipients,
        items: pack.items.map(({ itemId, title, suggestedDate }) => ({
          itemId,
          title,
          suggestedDate,
        })),
      }));
      return computeRollup({
        month,
        regencies,
        packs,
        reports: store.reports([month, monthBefore(month)]),
        reportDueAt: reportDueAt(month, settings.get().timeZone),
        now,
      });
    },
  };
}
