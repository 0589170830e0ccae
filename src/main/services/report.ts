import { AppError } from '../../shared/api/errors';
import {
  computeReport,
  monthBefore,
  parsePeriod,
  previousPeriod,
  type Period,
  type Report,
  type ReportInput,
} from '../../shared/domain/report';
import { localDaysRange } from '../../shared/time';
import type { Db } from '../db/connection';
import { campaignsRepository } from '../db/repositories/campaigns';
import { channelsRepository } from '../db/repositories/channels';
import { performanceRepository } from '../db/repositories/performance';
import { reportRepository } from '../db/repositories/report';
import { settingsRepository } from '../db/repositories/settings';

/** The Laporan kinerja of a month, quarter or year, with the period before it beside it. */
export function reportService(db: Db) {
  const facts = reportRepository(db);
  const performance = performanceRepository(db);
  const channels = channelsRepository(db);
  const campaigns = campaignsRepository(db);
  const settings = settingsRepository(db);

  function period(id: string): Period {
    const parsed = parsePeriod(id);
    if (!parsed) {
      throw new AppError('invalid_request', {
        key: 'report.badPeriod',
        params: { period: id },
        field: 'period',
      });
    }
    return parsed;
  }

  function input(of: Period): ReportInput {
    const zone = settings.get().timeZone;
    const range = localDaysRange(of.from, of.to, zone);
    const { onTimeToleranceMinutes } = performance.settings();
    // Assigned onto the facts, whose large kinds are read when the computation asks for them (a
    // spread would read them all here).
    return Object.assign(
      facts.load(range, { start: monthBefore(of.firstMonth), end: of.lastMonth }),
      {
        period: of,
        toleranceMinutes: onTimeToleranceMinutes,
        channels: channels
          .list(true)
          .map((c) => ({ id: c.id, name: c.name, platform: c.platform })),
        campaigns: campaigns.list(true).map((c) => ({ id: c.id, name: c.name })),
        targets: {
          channels: performance.channelTargets(of.year),
          pillars: performance.pillarTargets(of.year),
        },
      },
    );
  }

  return {
    compute(id: string): { report: Report; previous: Report } {
      const current = period(id);
      return db.transaction(() => ({
        report: computeReport(input(current)),
        previous: computeReport(input(previousPeriod(current))),
      }))();
    },
    /** The SQL-only per-channel figures (the benchmark's baseline). */
    aggregate(id: string) {
      const of = period(id);
      const range = localDaysRange(of.from, of.to, settings.get().timeZone);
      return facts.aggregate(range, performance.settings().onTimeToleranceMinutes);
    },
  };
}
