import type { NetworkInfo } from '../../shared/api/methods/network';

/**
 * The door a request came through, as the transport knows it. The session id never travels in
 * a request body: the HTTP transport reads it from its HttpOnly cookie, Electron's main process
 * from its table of windows, and `setSession` stores a new one (sign-in) or forgets it.
 */
export interface Caller {
  sessionId: string | null;
  /** Names the client for the sign-in lock and the security log ("jendela 3", "http …"). */
  client: string;
  setSession(sessionId: string | null): void;
  /** The HTTP door's view of the office network (`network.info`); absent elsewhere. */
  door?: NetworkInfo;
}

/** In-process callers (the CLI, tests) hold no session; their actor is given to dispatch. */
export const localCaller: Caller = {
  sessionId: null,
  client: 'lokal',
  setSession: () => undefined,
};
