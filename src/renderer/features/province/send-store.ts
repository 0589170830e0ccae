import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/api/contract';
import { api } from '../../api';
import { onLiveChange } from '../../api/live';

export type SentReports = ResponseOf<'province.sentReports'>;

interface SendState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  province: SentReports['province'];
  reports: SentReports['reports'];
  /** The month being sent (its button waits). */
  sending: string | null;
  /** The last send's outcome, for the section's one line. */
  sent: { month: string; sentAt: string } | null;
  error: string | null;
  load(): Promise<void>;
  send(month: string): Promise<void>;
}

/**
 * "Laporan ke provinsi" (a regency or city): which months were sent and when, and sending one.
 * Reread after each send and when the province list or settings change.
 */
export const useReportSending = create<SendState>()((set, get) => ({
  status: 'idle',
  province: null,
  reports: [],
  sending: null,
  sent: null,
  error: null,

  async load() {
    if (get().status === 'idle') set({ status: 'loading' });
    const result = await api.province.sentReports({});
    set(
      result.ok
        ? { status: 'ready', ...result.value }
        : { status: 'error', error: result.error.message },
    );
  },

  async send(month) {
    set({ sending: month, error: null, sent: null });
    const result = await api.province.sendReport({ month });
    set(
      result.ok
        ? { sending: null, sent: { month, sentAt: result.value.sentAt } }
        : { sending: null, error: result.error.message },
    );
    await get().load();
  },
}));

onLiveChange(['province', 'settings'], () => {
  if (useReportSending.getState().status !== 'idle') void useReportSending.getState().load();
});
