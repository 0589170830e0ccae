import { create } from 'zustand';
import type { RequestOf } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/errors';
import type { Campaign } from '../../shared/domain/campaigns';
import type { Channel } from '../../shared/domain/channels';
import type { Person } from '../../shared/domain/people';
import { api } from '../api';
import { refreshOnLiveChange } from '../api/live-refresh';

export interface CollectionState<Row, Create, Update> {
  /** Every row, archived ones included: the "show inactive" toggles filter on screen without a round trip. */
  rows: Row[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  load(): Promise<void>;
  create(input: Create): Promise<ApiResult<Row>>;
  update(input: Update): Promise<ApiResult<Row>>;
  archive(id: string): Promise<ApiResult<Row>>;
}

export interface CollectionApi<Row, Create, Update> {
  list(): Promise<ApiResult<Row[]>>;
  create(input: Create): Promise<ApiResult<Row>>;
  update(input: Update): Promise<ApiResult<Row>>;
  archive(id: string): Promise<ApiResult<Row>>;
}

/**
 * People, channels and campaigns behave alike: list, add, edit, archive. After a change the list
 * is read again, so the order on screen is always the server's (by name, or as added).
 * Exported for its unit test, which drives it with a scripted `remote`.
 */
export function collectionStore<Row, Create, Update>(remote: CollectionApi<Row, Create, Update>) {
  return create<CollectionState<Row, Create, Update>>()((set, get) => {
    const thenReload = async (result: ApiResult<Row>) => {
      if (result.ok) await get().load();
      return result;
    };
    /** The latest load started: two may run at once (a live refresh, the reload after a change). */
    let latest = 0;
    return {
      rows: [],
      status: 'idle',
      loadError: null,
      async load() {
        const mine = ++latest;
        if (get().status !== 'ready') set({ status: 'loading' });
        const result = await remote.list();
        // An older, slower reply must not overwrite a newer one: only the latest load sets rows.
        if (mine !== latest) return;
        if (result.ok) set({ rows: result.value, status: 'ready', loadError: null });
        else set({ status: 'error', loadError: result.error });
      },
      create: async (input) => thenReload(await remote.create(input)),
      update: async (input) => thenReload(await remote.update(input)),
      archive: async (id) => thenReload(await remote.archive(id)),
    };
  });
}

export const usePeople = collectionStore<
  Person,
  RequestOf<'people.create'>,
  RequestOf<'people.update'>
>({
  list: () => api.people.list({ includeInactive: true }),
  create: (input) => api.people.create(input),
  update: (input) => api.people.update(input),
  archive: (id) => api.people.archive({ id }),
});

export const useChannels = collectionStore<
  Channel,
  RequestOf<'channels.create'>,
  RequestOf<'channels.update'>
>({
  list: () => api.channels.list({ includeInactive: true }),
  create: (input) => api.channels.create(input),
  update: (input) => api.channels.update(input),
  archive: (id) => api.channels.archive({ id }),
});

export const useCampaigns = collectionStore<
  Campaign,
  RequestOf<'campaigns.create'>,
  RequestOf<'campaigns.update'>
>({
  list: () => api.campaigns.list({ includeArchived: true }),
  create: (input) => api.campaigns.create(input),
  update: (input) => api.campaigns.update(input),
  archive: (id) => api.campaigns.archive({ id }),
});

/** People, channels and pillars changed on another computer: the lists already read reread. */
const rereadLoaded = (store: { getState(): { status: string; load(): Promise<void> } }) => () => {
  if (store.getState().status !== 'idle') void store.getState().load();
};
refreshOnLiveChange({ kinds: ['people'], refresh: rereadLoaded(usePeople) });
refreshOnLiveChange({ kinds: ['settings'], refresh: rereadLoaded(useChannels) });
refreshOnLiveChange({ kinds: ['settings'], refresh: rereadLoaded(useCampaigns) });
