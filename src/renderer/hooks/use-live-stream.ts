import { useEffect } from 'react';
import { startLiveStream } from '../api/events-stream';
import { usePresence } from '../stores/presence';

/**
 * Follows the host's live stream while a person is signed in (and past a one-time password) in
 * a browser. The desktop window talks to its own main process, which has no stream to follow.
 */
export function useLiveStream(active: boolean): void {
  useEffect(() => {
    if (!active || window.linimasa || typeof EventSource === 'undefined') return;
    const stop = startLiveStream();
    void usePresence.getState().load();
    return stop;
  }, [active]);
}
