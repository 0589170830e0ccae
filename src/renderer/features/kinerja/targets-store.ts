import { api } from '../../api';
import { useCampaigns, useChannels } from '../../stores/collections';
import { createTargetsStore } from './create-targets-store';

export * from './create-targets-store';
export * from './targets-model';

/** Settings › Target kinerja's store as the app uses it: the real API and the office's lists. */
export const useTargets = createTargetsStore({
  api,
  channelIds: () =>
    useChannels
      .getState()
      .rows.filter((channel) => channel.active)
      .map((channel) => channel.id),
  pillarIds: () =>
    useCampaigns
      .getState()
      .rows.filter((campaign) => !campaign.archived)
      .map((campaign) => campaign.id),
});
