import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Holds the launch token: the local gate in front of sign-in (one per run of the host). */
export const sessionCookie = 'linimasa_session';
/** Holds the signed-in session's id (256 random bits); the server keeps only its SHA-256. */
export const signInCookie = 'linimasa_signin';

/** The cookies' attributes; under TLS `Secure`, so that they never travel unencrypted. */
const attributes = (secure: boolean) =>
  `HttpOnly; SameSite=Strict; Path=/${secure ? '; Secure' : ''}`;

/** Set-Cookie for the launch token traded at `/?token=…`. */
export const launchCookieHeader = (token: string, secure = false): string =>
  `${sessionCookie}=${token}; ${attributes(secure)}`;

/** Set-Cookie for a new session, or one that clears it (`null`). */
export function signInCookieHeader(sessionId: string | null, secure = false): string {
  const base = attributes(secure);
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
