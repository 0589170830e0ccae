import { create } from 'zustand';
import type { NetworkInfo } from '../../shared/api/methods/network';
import { api } from '../api';
import { refreshOnLiveChange } from '../api/live-refresh';

interface NetworkState {
  /** How this window reaches the host (TLS, fingerprint, addresses); null until asked. */
  info: NetworkInfo | null;
  /** Asks `network.info` (public: the sign-in page needs it before anyone signs in). */
  load(): Promise<void>;
}

/** The office network as this window sees it: the sign-in page and Settings › Jaringan kantor. */
export const useNetwork = create<NetworkState>()((set) => ({
  info: null,
  async load() {
    const reply = await api.network.info({});
    if (reply.ok) set({ info: reply.value });
  },
}));

// The office network's own changes (the switch saved, the desktop's listener opened or failed):
// a shown Settings › Jaringan kantor rereads; other settings changes leave it alone.
refreshOnLiveChange({
  kinds: ['settings'],
  held: (event) => !event.method?.startsWith('network.'),
  refresh: () => {
    if (useNetwork.getState().info) void useNetwork.getState().load();
  },
});
