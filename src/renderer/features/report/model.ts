import type { Channel } from '../../../shared/domain/channels';
import type { Campaign } from '../../../shared/domain/campaigns';
import type { ReportNames } from '../../../shared/report/figures';
import type { ReportWord } from '../../../shared/report/words';
import { periodHolding } from '../../../shared/report/format';
import { todayIn } from '../../../shared/time';

/** Names of channels and pillars as the report prints them (archived ones keep a placeholder). */
export function reportNames(
  channels: readonly Pick<Channel, 'id' | 'name'>[],
  campaigns: readonly Pick<Campaign, 'id' | 'name'>[],
  word: ReportWord,
): ReportNames {
  const channelNames = new Map(channels.map((c) => [c.id, c.name]));
  const pillarNames = new Map(campaigns.map((c) => [c.id, c.name]));
  return {
    channel: (id) => channelNames.get(id) ?? word('unknownChannel'),
    pillar: (id) => (id === null ? word('noPillar') : (pillarNames.get(id) ?? word('noPillar'))),
  };
}

/** The month the office is in now: the report's first period. */
export const currentMonth = (zone: string, now = new Date()): string =>
  periodHolding('month', todayIn(zone, now));
