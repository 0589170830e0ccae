import { useMemo } from 'react';
import { useCampaigns, useChannels } from '../../stores/collections';
import { filterFor, type ExportForm, type FormProblem } from './model';
import type { ExportFilterInput } from '../../../shared/domain/exports';

/** The filter the form describes, against the channels and pillars the office has now. */
export function useExportFilter(form: ExportForm | null): {
  filter: ExportFilterInput | null;
  problem: FormProblem | null;
} {
  const channels = useChannels((state) => state.rows);
  const campaigns = useCampaigns((state) => state.rows);
  return useMemo(() => {
    if (!form) return { filter: null, problem: null };
    return filterFor(form, {
      channelIds: channels.map((channel) => channel.id),
      campaignIds: campaigns.map((campaign) => campaign.id),
    });
  }, [form, channels, campaigns]);
}
