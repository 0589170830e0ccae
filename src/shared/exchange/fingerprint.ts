/**
 * A public key's fingerprint is the SHA-256 of its 32 raw bytes, 64 hex digits. People compare
 * it by reading it aloud over the telephone, so it is shown in groups of four, upper case
 * (`3F9A C1D2 …`), and whatever they type back (spaces, colons, dashes, lower case) is
 * normalised before comparing.
 */
export const fingerprintHexLength = 64;

/** `3f9ac1d2…` → `3F9A C1D2 …` (16 groups of four). */
export function formatFingerprint(hex: string): string {
  const digits = normaliseFingerprint(hex);
  return (digits.match(/.{1,4}/g) ?? []).join(' ');
}

/** Upper-case hex digits only: what two fingerprints are compared by. */
export function normaliseFingerprint(typed: string): string {
  return typed.replace(/[\s:.-]/g, '').toUpperCase();
}

/** Is this what the administrator typed (or pasted) the whole of this fingerprint? */
export function fingerprintMatches(typed: string, hex: string): boolean {
  const a = normaliseFingerprint(typed);
  return a.length === fingerprintHexLength && a === normaliseFingerprint(hex);
}
