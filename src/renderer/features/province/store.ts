import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/api/contract';
import { api } from '../../api';
import { onLiveChange } from '../../api/live';

export type ReceivedPack = ResponseOf<'province.received'>[number];

/** A finished adoption, for the screen's one-line notice. */
export interface Adopted {
  title: string;
  postId: string;
  scheduledAt: string | null;
  missingPlatforms: string[];
}

interface ProvinceState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  packs: ReceivedPack[];
  error: string | null;
  /** The item being adopted or acknowledged (its buttons wait). */
  busy: string | null;
  adopted: Adopted | null;
  load(): Promise<void>;
  adopt(packId: string, itemId: string): Promise<void>;
  acknowledge(packId: string, itemId: string): Promise<void>;
  dismissAdopted(): void;
}

/**
 * "Paket dari Provinsi": the packs this regency received, newest version of each, and what it
 * did with each item. Reread when a pack arrives or changes (`province` live changes) and after
 * each adoption; an adoption's draft opens in the calendar's editor from the notice.
 */
export const useProvincePacks = create<ProvinceState>()((set, get) => ({
  status: 'idle',
  packs: [],
  error: null,
  busy: null,
  adopted: null,

  async load() {
    if (get().status === 'idle') set({ status: 'loading' });
    const result = await api.province.received({});
    set(
      result.ok
        ? { status: 'ready', packs: result.value, error: null }
        : { status: 'error', error: result.error.message },
    );
  },

  async adopt(packId, itemId) {
    set({ busy: itemId, error: null });
    const result = await api.province.adopt({ packId, itemId });
    if (result.ok) {
      const { post, missingPlatforms } = result.value;
      set({
        adopted: {
          title: post.title,
          postId: post.id,
          scheduledAt: post.scheduledAt,
          missingPlatforms,
        },
      });
    } else {
      set({ error: result.error.message });
    }
    set({ busy: null });
    await get().load();
  },

  async acknowledge(packId, itemId) {
    set({ busy: itemId, error: null });
    const result = await api.province.acknowledgeChange({ packId, itemId });
    if (!result.ok) set({ error: result.error.message });
    set({ busy: null });
    await get().load();
  },

  dismissAdopted() {
    set({ adopted: null });
  },
}));

onLiveChange(['province', 'post'], () => {
  if (useProvincePacks.getState().status !== 'idle') void useProvincePacks.getState().load();
});
