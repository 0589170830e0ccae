import { webContents } from 'electron';
import { desktopChannels } from '../../shared/api/desktop';
import type { Person } from '../../shared/domain/people';
import { isAudience } from '../events/audience';
import type { EventBus } from '../events/bus';
import type { WindowSessions } from './window-sessions';

/**
 * The desktop window's live feed. Its page talks to main over IPC, so it has no `GET /events`
 * to follow: main hands it each change of the app's bus on one fixed channel instead, filtered
 * as the stream filters for a browser (events/audience.ts) by the person of that window's own
 * session (window-sessions.ts). A window with no session (signed out, locked) gets nothing, and
 * a closed window is forgotten with its session. The page's preload delivers the changes to
 * the same `deliverLiveChange` as the browser's EventSource. Returns the unsubscribe function.
 */
export function forwardLiveChanges(options: {
  bus: EventBus;
  sessions: WindowSessions;
  /** The session's person without renewing it (services/auth.ts `peek`): revoked or idle: null. */
  peek(sessionId: string): Person | null;
}): () => void {
  return options.bus.subscribe((event) => {
    for (const [windowId, sessionId] of options.sessions.signedIn()) {
      const person = options.peek(sessionId);
      if (!person || !isAudience(event, person)) continue;
      const contents = webContents.fromId(windowId);
      if (!contents || contents.isDestroyed()) continue;
      contents.send(desktopChannels.onLive, event);
    }
  });
}
