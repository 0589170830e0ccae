import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import commonPasswordsFile from '../../../resources/common-passwords.json';
import { minPasswordLength } from '../../shared/domain/accounts';

/**
 * Password hashing with scrypt from node:crypto (memory-hard, no native package to ship for
 * Electron). Each hash has its own 16-byte salt and stores the parameters it was made with, so
 * the defaults below can be raised later and older hashes still verify (and are re-hashed at
 * the next successful sign-in, see `needsRehash`).
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** 2^15 × 8 × 128 B = 32 MiB per hash; about 60–120 ms on an office PC (bench: `npm run bench -- auth`). */
export const currentParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keylen: 32 };

export interface PasswordHash {
  hash: Buffer;
  salt: Buffer;
  kdf: 'scrypt';
  params: ScryptParams;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r·p bytes; node's default cap (32 MiB) is exactly our default, so allow twice.
    maxmem: 256 * params.N * params.r * params.p,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, params.keylen, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(
  password: string,
  params: ScryptParams = currentParams,
): Promise<PasswordHash> {
  const salt = randomBytes(16);
  return { hash: await derive(password, salt, params), salt, kdf: 'scrypt', params };
}

/** Constant-time in the hash's length; a stored hash of another length never matches. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const candidate = await derive(password, stored.salt, stored.params);
  return candidate.length === stored.hash.length && timingSafeEqual(candidate, stored.hash);
}

export function needsRehash(params: ScryptParams, target: ScryptParams = currentParams): boolean {
  return (
    params.N < target.N ||
    params.r < target.r ||
    params.p < target.p ||
    params.keylen < target.keylen
  );
}

const common = new Set(commonPasswordsFile.passwords.map((word) => word.toLowerCase()));

export type PasswordProblem = 'tooShort' | 'common' | null;

/** The whole policy: at least 8 characters and not a commonly used password. */
export function passwordProblem(password: string): PasswordProblem {
  if ([...password].length < minPasswordLength) return 'tooShort';
  if (common.has(password.toLowerCase())) return 'common';
  return null;
}

export function parseParams(json: string): ScryptParams {
  const value = JSON.parse(json) as Partial<ScryptParams>;
  const { N, r, p, keylen } = value;
  if (![N, r, p, keylen].every((n) => Number.isInteger(n) && (n as number) > 0)) {
    throw new Error('Parameter hash kata sandi rusak');
  }
  return { N: N!, r: r!, p: p!, keylen: keylen! };
}
