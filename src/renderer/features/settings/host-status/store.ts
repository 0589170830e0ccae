import { create } from 'zustand';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { ConnectedSession, HostStatus } from '../../../../shared/domain/host-status';
import { api } from '../../../api';

interface HostStatusState {
  status: HostStatus | null;
  phase: 'idle' | 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  /** Reads the host's status; a refresh keeps the last figures on screen while it asks. */
  load(): Promise<void>;
  /** "Keluarkan": ends the session, then reads the list again. */
  endSession(session: ConnectedSession): Promise<ApiResult<{ ended: true }>>;
}

export const useHostStatus = create<HostStatusState>()((set, get) => ({
  status: null,
  phase: 'idle',
  loadError: null,
  async load() {
    if (get().phase !== 'ready') set({ phase: 'loading' });
    const reply = await api.operations.status({});
    if (!reply.ok) return set({ phase: 'error', loadError: reply.error });
    set({ status: reply.value, phase: 'ready', loadError: null });
  },
  async endSession(session) {
    const reply = await api.operations.endSession({ ref: session.ref });
    // Gone already (ended elsewhere, expired): the fresh list shows it either way.
    await get().load();
    return reply;
  },
}));
