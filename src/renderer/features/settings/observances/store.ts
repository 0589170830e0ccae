import { create } from 'zustand';
import type { RequestOf, ResponseOf } from '../../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import { api } from '../../../api';

export type CustomDay = ResponseOf<'observances.custom'>[number];

interface ObservancesState {
  /** The office's own days and the imported ones (the sources themselves are in settings). */
  days: CustomDay[];
  status: 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  load(): Promise<void>;
  add(request: RequestOf<'observances.create'>): Promise<ApiResult<CustomDay>>;
  importIcs(
    request: RequestOf<'observances.importIcs'>,
  ): Promise<ApiResult<ResponseOf<'observances.importIcs'>>>;
  /** Removes one day; the refusal's words, or null. The list is read again either way. */
  remove(id: string): Promise<string | null>;
  /** Removes every day of one imported file, stopping at the first refusal ("label: why"). */
  removeGroup(label: string, days: readonly CustomDay[]): Promise<string | null>;
}

/** The settings screen's "Hari penting" lists: read, added, imported from .ics, removed. */
export const useObservances = create<ObservancesState>()((set, get) => {
  const thenReload = async <T>(result: ApiResult<T>) => {
    if (result.ok) await get().load();
    return result;
  };
  return {
    days: [],
    status: 'loading',
    loadError: null,

    async load() {
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await api.observances.custom({});
      if (result.ok) set({ days: result.value, status: 'ready', loadError: null });
      else set({ status: 'error', loadError: result.error });
    },

    add: async (request) => thenReload(await api.observances.create(request)),
    importIcs: async (request) => thenReload(await api.observances.importIcs(request)),

    async remove(id) {
      const result = await api.observances.delete({ id });
      await get().load();
      return result.ok ? null : result.error.message;
    },

    async removeGroup(label, days) {
      let problem: string | null = null;
      for (const day of days) {
        const result = await api.observances.delete({ id: day.id });
        if (!result.ok) {
          problem = `${label}: ${result.error.message}`;
          break;
        }
      }
      await get().load();
      return problem;
    },
  };
});
