import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/api/contract';
import { monthBefore } from '../../../shared/domain/report';
import { api } from '../../api';
import { deliverExport } from '../../api/deliver-export';
import { onLiveChange } from '../../api/live';

export type Rollup = ResponseOf<'province.rollup'>;

interface RollupState {
  month: string;
  status: 'idle' | 'loading' | 'ready' | 'error';
  rollup: Rollup | null;
  error: string | null;
  /** "Unduh PDF" / "Unduh XLSX": the file is made, kept in the export history, then delivered. */
  exporting: {
    format: 'pdf' | 'xlsx';
    state: 'working' | 'done' | 'error';
    fileName: string | null;
    error: string | null;
  } | null;
  show(month: string): Promise<void>;
  step(delta: -1 | 1): void;
  exportAs(format: 'pdf' | 'xlsx'): Promise<void>;
}

const monthAfter = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

/** "Rekap provinsi": one month over the province's regencies and cities (last month first). */
export const useRollup = create<RollupState>()((set, get) => ({
  month: monthBefore(new Date().toISOString().slice(0, 7)),
  status: 'idle',
  rollup: null,
  error: null,
  exporting: null,

  async show(month) {
    set({ month, status: 'loading', error: null, exporting: null });
    const result = await api.province.rollup({ month });
    if (get().month !== month) return;
    set(
      result.ok
        ? { status: 'ready', rollup: result.value }
        : { status: 'error', error: result.error.message },
    );
  },

  async exportAs(format) {
    const { month } = get();
    set({ exporting: { format, state: 'working', fileName: null, error: null } });
    const result = await api.province.exportRollup({ month, format });
    if (!result.ok) {
      set({ exporting: { format, state: 'error', fileName: null, error: result.error.message } });
      return;
    }
    const delivery = await deliverExport(result.value.id, result.value.fileName);
    set({
      exporting: {
        format,
        state: delivery.outcome === 'failed' ? 'error' : 'done',
        fileName: result.value.fileName,
        error: delivery.outcome === 'failed' ? delivery.message : null,
      },
    });
  },

  step(delta) {
    const { month } = get();
    void get().show(delta < 0 ? monthBefore(month) : monthAfter(month));
  },
}));

onLiveChange(['province', 'settings'], () => {
  const { status, month } = useRollup.getState();
  if (status !== 'idle') void useRollup.getState().show(month);
});
