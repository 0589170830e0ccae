import { useEffect } from 'react';
import { startLiveStream } from '../api/events-stream';
import { usePresence } from '../stores/presence';

/**
 * Follows the host's live stream while a person is signed in (and past a one-time password): in
 * a browser the EventSource, in the desktop window main's feed over IPC (events-stream.ts picks).
 */
export function useLiveStream(active: boolean): void {
  useEffect(() => {
    const desktop = window.linimasaDesktop !== undefined;
    if (!active || (!desktop && typeof EventSource === 'undefined')) return;
    const stop = startLiveStream();
    void usePresence.getState().load();
    return stop;
  }, [active]);
}
