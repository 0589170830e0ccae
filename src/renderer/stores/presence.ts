import { create } from 'zustand';
import { presenceHeartbeatMs, type PresenceEntry } from '../../shared/api/methods/presence';
import { api } from '../api';
import { callWhileLeaving } from '../api/leave';
import { refreshOnLiveChange } from '../api/live-refresh';

interface PresenceState {
  /** Who has which post open in an editor (the signed-in person included). */
  entries: PresenceEntry[];
  load(): Promise<void>;
  /**
   * The editor opened this post: says so now and every 20 s until the returned function is
   * called (the editor closed or switched posts) or the page goes away, which says it left.
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
    // A closed tab runs no React cleanup: say goodbye as the page goes, so colleagues stop
    // seeing "Sedang diubah oleh …" at once (the 60 s expiry stays the fallback for a crash or a
    // lost network). A page kept in the back-forward cache and shown again says hello again.
    const onPageHide = () => callWhileLeaving('presence.left', { postId });
    const onPageShow = (event: PageTransitionEvent) => event.persisted && beat();
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      void api.presence.left({ postId });
    };
  },
}));

refreshOnLiveChange({ kinds: ['presence'], refresh: () => void usePresence.getState().load() });
