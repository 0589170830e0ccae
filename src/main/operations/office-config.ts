import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { replaceFileSync } from '../fs/replace';
import { normaliseFingerprint, parseOfficeAddress } from './office-address';

/**
 * The desktop app's remembered office: `office-connection.json` in Electron's userData (beside
 * config.json), written under a temporary name and renamed into place, so a crash mid-write
 * leaves the old file or the new one, never half of one. Present: the app opens the office
 * host's page; absent: the app opens its local data directory as before.
 */
export interface OfficeConnection {
  origin: string;
  /** The host's certificate, pinned (https); null for a plain http host. */
  fingerprint: string | null;
  savedAt: string;
}

export const officeConfigName = 'office-connection.json';

const stored = z.object({
  origin: z.string(),
  fingerprint: z.string().nullable(),
  savedAt: z.string(),
});

/**
 * The remembered office, or null when none is (or the file cannot be trusted: a file that does
 * not parse, or whose address or fingerprint no longer passes the checks, is ignored and the app
 * opens its local data; the person can connect again).
 */
export function readOfficeConnection(userData: string): OfficeConnection | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(userData, officeConfigName), 'utf8'));
  } catch {
    return null;
  }
  const parsed = stored.safeParse(raw);
  if (!parsed.success) return null;
  const address = parseOfficeAddress(parsed.data.origin);
  if (!address.ok || address.address.origin !== parsed.data.origin) return null;
  if (address.address.secure) {
    const fingerprint = parsed.data.fingerprint && normaliseFingerprint(parsed.data.fingerprint);
    if (!fingerprint) return null;
    return { ...parsed.data, fingerprint };
  }
  return { ...parsed.data, fingerprint: null };
}

export function writeOfficeConnection(userData: string, connection: OfficeConnection): void {
  mkdirSync(userData, { recursive: true });
  const target = join(userData, officeConfigName);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(connection, null, 2)}\n`, 'utf8');
  try {
    replaceFileSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** "Putuskan dari kantor": the next start opens the local data again. */
export function forgetOfficeConnection(userData: string): void {
  rmSync(join(userData, officeConfigName), { force: true });
}
