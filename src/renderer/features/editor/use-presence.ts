import { useEffect } from 'react';
import { usePresence } from '../../stores/presence';

/** While this post is open in the editor, colleagues see "Sedang diubah oleh …" on it. */
export function usePresenceHeartbeat(postId: string | null): void {
  useEffect(() => {
    if (!postId) return;
    return usePresence.getState().editing(postId);
  }, [postId]);
}
