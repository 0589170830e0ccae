import { createHash } from 'node:crypto';

/**
 * The key the status page uses for a session: the SHA-256 (hex) of its id, which is exactly what
 * the `sessions` table stores (services/auth.ts). A transport that counts live event streams per
 * session keys its map with this, so the page can tell which signed-in people have a page open.
 */
export const sessionKey = (sessionId: string): string =>
  createHash('sha256').update(sessionId).digest('hex');

/**
 * Live event streams per session, as the transport holds them right now (key: `sessionKey`).
 * The status page asks it on every refresh; until a transport provides one, nobody is live.
 */
export type LiveSessions = () => ReadonlyMap<string, number>;
export const noLiveSessions: LiveSessions = () => new Map();
