import { create } from 'zustand';
import { presenceHeartbeatMs, type PresenceEntry } from '../../shared/api/methods/presence';
import { api } from '../api';
import { refreshOnLiveChange } from '../api/live-refresh';

interface PresenceState {
  /** Who has which post open in an editor (the signed-in person included). */
  entries: PresenceEntry[];
  load(): Promise<void>;
  /**
   * The editor opened this post: says so now and every 20 s until the returned function is
   * called (the editor closed or switched posts), which says it left.
   */
  editing(postId: string): () => void;
}

/**
 * Soft presence ("Sedang diubah oleh Nurul"): read from the host, and read again whenever the
 * live stream announces someone opening or leaving a post.
 */
export const usePresence = create<PresenceState>()((set) => ({
  entries: [],
  async load() {
    const result = await api.presence.list({});
    if (result.ok) set({ entries: result.value });
  },
  editing(postId) {
    const beat = () => void api.presence.editing({ postId });
    beat();
    const timer = setInterval(beat, presenceHeartbeatMs);
    return () => {
      clearInterval(timer);
      void api.presence.left({ postId });
    };
  },
}));

refreshOnLiveChange({ kinds: ['presence'], refresh: () => void usePresence.getState().load() });
