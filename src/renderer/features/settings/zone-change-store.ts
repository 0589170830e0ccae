import { create } from 'zustand';
import type { ApiResult } from '../../../shared/api/errors';
import type { ZoneChangePreview } from '../../../shared/domain/zone-change';
import { api } from '../../api';

interface ZoneChangeState {
  /** The question on screen: what the new zone would do to the planned posts; null when none. */
  question: ZoneChangePreview | null;
  /**
   * Asks main what a change to `timeZone` would touch. When planned posts would show another
   * time the question opens (`question`), and the form waits for the office's choice.
   */
  check(timeZone: string): Promise<ApiResult<ZoneChangePreview>>;
  close(): void;
}

/** The question Settings asks before the office time zone changes (ZoneChangeDialog). */
export const useZoneChange = create<ZoneChangeState>()((set) => ({
  question: null,
  async check(timeZone) {
    const result = await api.settings.zoneChangePreview({ timeZone });
    set({ question: result.ok && result.value.affected > 0 ? result.value : null });
    return result;
  },
  close: () => set({ question: null }),
}));
