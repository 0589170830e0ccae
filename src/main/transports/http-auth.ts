import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Holds the launch token: the local gate in front of sign-in (one per run of the host). */
export const sessionCookie = 'linimasa_session';
/** Holds the signed-in session's id (256 random bits); the server keeps only its SHA-256. */
export const signInCookie = 'linimasa_signin';

/** Set-Cookie for a new session, or one that clears it (`null`). */
export function signInCookieHeader(sessionId: string | null): string {
  const base = 'HttpOnly; SameSite=Strict; Path=/';
  return sessionId
    ? `${signInCookie}=${sessionId}; ${base}`
    : `${signInCookie}=; ${base}; Max-Age=0`;
}

/** 32 random bytes, URL-safe: a fresh one every launch, so a URL seen yesterday opens nothing today. */
export const newLaunchToken = (): string => randomBytes(32).toString('base64url');

export function tokensMatch(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Only our own address may be the Host: a page on another site that rebinds its DNS name to
 * 127.0.0.1 would otherwise reach the API with the browser's blessing.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}
