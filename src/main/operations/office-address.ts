import { X509Certificate } from 'node:crypto';

/**
 * The desktop app's "Hubungkan ke kantor": the decisions, kept out of the Electron glue
 * (electron/office-connect.ts) so they are unit-tested here. What a person types is checked and
 * normalised; the certificate fingerprint the host shows is compared in one canonical form.
 */

export interface OfficeAddress {
  /** `https://192.168.1.10:8443`: scheme, host and port, nothing else. */
  origin: string;
  /** The host name as Chromium reports it to the certificate check (no port, no brackets). */
  hostname: string;
  secure: boolean;
}

export type AddressProblem = 'empty' | 'scheme' | 'credentials' | 'path' | 'invalid';
export type FingerprintProblem = 'fingerprintMissing' | 'fingerprintInvalid';

/**
 * "192.168.1.10:8443", "https://humas-pc.local:8443/" or "http://10.0.0.5:8080": the office
 * host's address. Without a scheme, https is meant (the host's own screen shows https when it
 * has TLS, and a person who types only the numbers should not silently fall back to plain
 * text). Only the host's root: a path, query or user name means the address was copied wrong.
 */
export function parseOfficeAddress(
  text: string,
): { ok: true; address: OfficeAddress } | { ok: false; problem: AddressProblem } {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'empty' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'scheme' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
    return { ok: false, problem: 'path' };
  if (url.hostname === '') return { ok: false, problem: 'invalid' };
  return {
    ok: true,
    address: {
      origin: url.origin,
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      secure: url.protocol === 'https:',
    },
  };
}

/**
 * A SHA-256 fingerprint in the form the host shows and Node's `X509Certificate.fingerprint256`
 * writes: 32 bytes as uppercase hex pairs joined by colons. Accepts what people paste: pairs
 * with colons, spaces or dashes, or 64 hex digits run together, in either case. Null otherwise.
 */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

/**
 * The fingerprint of a certificate as Electron hands it to the verify proc: computed from its
 * PEM (`data`), the same SHA-256 over the DER that the host shows; Electron's own
 * `fingerprint` string ("sha256/<base64>") only when the PEM cannot be read.
 */
export function certificateFingerprint(certificate: {
  data: string;
  fingerprint: string;
}): string | null {
  try {
    return normaliseFingerprint(new X509Certificate(certificate.data).fingerprint256);
  } catch {
    const match = /^sha256\/([A-Za-z0-9+/=]+)$/.exec(certificate.fingerprint);
    if (!match) return null;
    const bytes = Buffer.from(match[1]!, 'base64');
    return bytes.length === 32 ? normaliseFingerprint(bytes.toString('hex')) : null;
  }
}

/** The address and, for https, the fingerprint, checked together (the form and the IPC). */
export function checkOfficeConnection(input: {
  address: string;
  fingerprint?: string | null;
}):
  | { ok: true; connection: { origin: string; fingerprint: string | null } }
  | { ok: false; problem: AddressProblem | FingerprintProblem; field: 'address' | 'fingerprint' } {
  const parsed = parseOfficeAddress(input.address);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, field: 'address' };
  if (!parsed.address.secure)
    return { ok: true, connection: { origin: parsed.address.origin, fingerprint: null } };
  const typed = input.fingerprint?.trim() ?? '';
  if (typed === '') return { ok: false, problem: 'fingerprintMissing', field: 'fingerprint' };
  const fingerprint = normaliseFingerprint(typed);
  if (!fingerprint) return { ok: false, problem: 'fingerprintInvalid', field: 'fingerprint' };
  return { ok: true, connection: { origin: parsed.address.origin, fingerprint } };
}

/**
 * The verify proc's answer for one TLS connection (Chromium's codes: 0 accept, -2 refuse, -3
 * Chromium's own verification). The office host's certificate is self-signed, so no CA vouches
 * for it: exactly the remembered fingerprint is accepted for that host name, and any other
 * certificate there is refused, even one a CA would trust (that would be someone else answering
 * at the office's address). Other hosts keep Chromium's own check.
 */
export function pinnedVerdict(
  request: { hostname: string; fingerprint: string | null },
  office: { hostname: string; fingerprint: string | null },
): 'accept' | 'refuse' | 'default' {
  if (request.hostname.toLowerCase() !== office.hostname.toLowerCase()) return 'default';
  if (!office.fingerprint) return 'default';
  return request.fingerprint === office.fingerprint ? 'accept' : 'refuse';
}
