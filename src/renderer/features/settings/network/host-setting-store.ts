import { create } from 'zustand';
import type { ApiError } from '../../../../shared/api/errors';
import type { HostSetting } from '../../../../shared/domain/office-network';
import { api } from '../../../api';
import { useNetwork } from '../../../stores/network';

interface HostSettingState {
  /** The desktop app's switch as stored; null until read. */
  setting: HostSetting | null;
  busy: boolean;
  /** The host's refusal of the last save (a malformed address names the field). */
  error: ApiError | null;
  /** True after a save, until the next edit: "berlaku setelah … dijalankan ulang". */
  saved: boolean;
  load(): Promise<void>;
  save(setting: HostSetting): Promise<void>;
  edited(): void;
}

/**
 * "Buka untuk jaringan kantor": stored, and applied at once by a running desktop app (its
 * listener's state comes back through network.info, reread here and on the live change).
 */
export const useHostSetting = create<HostSettingState>()((set) => ({
  setting: null,
  busy: false,
  error: null,
  saved: false,
  async load() {
    const reply = await api.network.hostSetting({});
    if (reply.ok) set({ setting: reply.value });
  },
  async save(setting) {
    set({ busy: true, error: null, saved: false });
    const reply = await api.network.setHostSetting(setting);
    set(
      reply.ok
        ? { busy: false, setting: reply.value, saved: true }
        : { busy: false, error: reply.error },
    );
    if (reply.ok) void useNetwork.getState().load();
  },
  edited: () => set({ saved: false, error: null }),
}));
