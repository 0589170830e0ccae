import { create } from 'zustand';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { SecurityLogEntry } from '../../../../shared/domain/accounts';
import { api } from '../../../api';

/** How many of the newest entries the table shows; the CSV holds them all. */
export const securityLogShown = 500;

interface SecurityState {
  /** Minutes without use before a window locks, as the host holds it now. */
  idleLockMinutes: number | null;
  /** Newest first, as the host answers. */
  entries: SecurityLogEntry[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  load(): Promise<void>;
  saveIdleLock(minutes: number): Promise<ApiResult<{ minutes: number }>>;
  /** The whole log as CSV text (auth.securityLogCsv); the view hands it to a download. */
  exportCsv(): Promise<ApiResult<{ csv: string }>>;
}

export const useSecurity = create<SecurityState>()((set, get) => ({
  idleLockMinutes: null,
  entries: [],
  status: 'idle',
  loadError: null,
  async load() {
    if (get().status !== 'ready') set({ status: 'loading' });
    const [me, log] = await Promise.all([
      api.auth.me({}),
      api.auth.securityLog({ limit: securityLogShown }),
    ]);
    if (!me.ok) return set({ status: 'error', loadError: me.error });
    if (!log.ok) return set({ status: 'error', loadError: log.error });
    set({
      idleLockMinutes: me.value.idleLockMinutes,
      entries: log.value,
      status: 'ready',
      loadError: null,
    });
  },
  async saveIdleLock(minutes) {
    const reply = await api.auth.setIdleLock({ minutes });
    if (reply.ok) set({ idleLockMinutes: reply.value.minutes });
    return reply;
  },
  exportCsv: () => api.auth.securityLogCsv({}),
}));
