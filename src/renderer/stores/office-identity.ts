import { create } from 'zustand';
import type { OfficeLevel } from '../../shared/exchange/region';
import { api } from '../api';
import { onLiveChange } from '../api/live';

interface OfficeIdentityState {
  /** 'loading' until the first answer; null while this office has no exchange identity. */
  level: OfficeLevel | null | 'loading';
  load(): Promise<void>;
}

/**
 * This office's level for the exchange between offices (Settings › Pertukaran antar-kantor):
 * the navigation shows "Provinsi" once it is set, and the province screen picks the Rekap or
 * the regency's packs by it. Reread when settings change (saving the identity publishes one).
 */
export const useOfficeIdentity = create<OfficeIdentityState>()((set) => ({
  level: 'loading',
  async load() {
    const result = await api.exchange.status({});
    // A failed read keeps what was known: the screen must not vanish on a dropped connection.
    if (result.ok) set({ level: result.value.identity?.level ?? null });
    else set((state) => (state.level === 'loading' ? { level: null } : {}));
  },
}));

onLiveChange(['settings'], () => {
  void useOfficeIdentity.getState().load();
});
