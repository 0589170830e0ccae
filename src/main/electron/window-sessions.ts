import type { NetworkInfo } from '../../shared/api/methods/network';
import type { Caller } from '../api/caller';

/**
 * Electron's answer to the HTTP cookie: the main process keeps each window's session id, keyed
 * by its webContents id, so the page's script never holds it. A window that closes (or a page
 * that reloads into another webContents) forgets its session; sign-in in one window does not
 * sign in another ("Ganti pengguna" is per window). No `electron` import: the table is plain
 * data, unit-tested on its own.
 */
export function windowSessions(
  options: {
    /** The desktop app's own office-network listener, as `network.info` shows it to a window. */
    door?: () => NetworkInfo;
  } = {},
) {
  const sessions = new Map<number, string>();
  const seen = new Set<number>();
  return {
    callerFor(windowId: number): Caller {
      return {
        sessionId: sessions.get(windowId) ?? null,
        client: `jendela ${windowId}`,
        ...(options.door ? { door: options.door() } : {}),
        setSession(sessionId) {
          if (sessionId) sessions.set(windowId, sessionId);
          else sessions.delete(windowId);
        },
      };
    },
    /** True the first time a window calls (ipc.ts then listens for its end). */
    isNew(windowId: number): boolean {
      if (seen.has(windowId)) return false;
      seen.add(windowId);
      return true;
    },
    forget(windowId: number): void {
      sessions.delete(windowId);
      seen.delete(windowId);
    },
    size: (): number => sessions.size,
    /** The windows with a session now, and each one's session (for the live feed). */
    signedIn: (): [windowId: number, sessionId: string][] => [...sessions.entries()],
  };
}
export type WindowSessions = ReturnType<typeof windowSessions>;
