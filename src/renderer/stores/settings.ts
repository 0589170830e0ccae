import { create } from 'zustand';
import type { RequestOf } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/errors';
import type { Settings } from '../../shared/domain/settings';
import { api } from '../api';
import { refreshOnLiveChange } from '../api/live-refresh';
import { applyLocale } from '../i18n';

interface SettingsState {
  settings: Settings | null;
  status: 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  load(): Promise<void>;
  /** Reads the settings again without showing a loading page (a colleague changed them). */
  reread(): Promise<void>;
  update(patch: RequestOf<'settings.update'>): Promise<ApiResult<Settings>>;
}

export const useSettings = create<SettingsState>()((set) => {
  const accept = (settings: Settings) => {
    // Switch the language before the new settings render, so no frame shows the old language.
    applyLocale(settings.locale);
    set({ settings, status: 'ready', loadError: null });
  };
  return {
    settings: null,
    status: 'loading',
    loadError: null,
    async load() {
      set({ status: 'loading', loadError: null });
      const result = await api.settings.get({});
      if (result.ok) accept(result.value);
      else set({ status: 'error', loadError: result.error });
    },
    async reread() {
      const result = await api.settings.get({});
      if (result.ok) accept(result.value);
    },
    async update(patch) {
      const result = await api.settings.update(patch);
      if (result.ok) accept(result.value);
      return result;
    },
  };
});

/** The office's set-up changed on another computer. */
refreshOnLiveChange({
  kinds: ['settings'],
  refresh: () => {
    if (useSettings.getState().status === 'ready') void useSettings.getState().reread();
  },
});
