import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/domain/campaigns';
import type { Channel } from '../../../shared/domain/channels';
import type { Person } from '../../../shared/domain/people';
import { postStatuses, type PostStatus } from '../../../shared/domain/post-status';
import { useCampaigns, useChannels, usePeople } from '../../stores/collections';

/**
 * Channels, campaigns, people and the translated labels every chip needs, built once per change
 * and handed down as one object, so hundreds of chips do not each subscribe to stores and i18n.
 */
export interface CalendarLookups {
  channels: ReadonlyMap<string, Channel>;
  campaigns: ReadonlyMap<string, Campaign>;
  people: ReadonlyMap<string, Person>;
  language: string;
  labels: {
    status: Record<PostStatus, string>;
    /** "Diperiksa, menunggu persetujuan": a checked post in a two-step office. */
    checked: string;
    noChannel: string;
    roleDescription: string;
    /** "2 aset", for the chip's screen-reader text beside its thumbnail. */
    assets(count: number): string;
    /** "Alasan revisi: …", for the tooltip and the agenda row of a "Perlu revisi" post. */
    changeRequest(reason: string): string;
    /** "dipilih": a chip selected for the bulk actions, in its accessible name. */
    selected: string;
    /** "Sebagian terbit": an approved post some of whose channels are marked published. */
    partlyPublished: string;
  };
}

const byId = <Row extends { id: string }>(rows: readonly Row[]) =>
  new Map(rows.map((row) => [row.id, row] as const));

export function useCalendarLookups(): CalendarLookups {
  const { t, i18n } = useTranslation();
  const channels = useChannels((state) => state.rows);
  const campaigns = useCampaigns((state) => state.rows);
  const people = usePeople((state) => state.rows);
  const language = i18n.language;
  return useMemo(
    () => ({
      channels: byId(channels),
      campaigns: byId(campaigns),
      people: byId(people),
      language,
      labels: {
        status: Object.fromEntries(
          postStatuses.map((status) => [status, t(`calendar.status.${status}`)]),
        ) as Record<PostStatus, string>,
        checked: t('calendar.chip.checked'),
        noChannel: t('calendar.chip.noChannel'),
        roleDescription: t('calendar.dnd.roleDescription'),
        assets: (count: number) =>
          count === 1 ? t('attachments.chip.one') : t('attachments.chip.several', { count }),
        changeRequest: (reason: string) => t('calendar.chip.changeRequest', { reason }),
        selected: t('calendarSelect.selected'),
        partlyPublished: t('kinerja.partlyPublished'),
      },
    }),
    [channels, campaigns, people, language, t],
  );
}
