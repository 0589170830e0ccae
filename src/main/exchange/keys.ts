import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { replaceFileSync } from '../fs/replace';

/**
 * The office's Ed25519 signing key. The private key is a file of the data directory
 * (`keys/exchange-ed25519.pem`, mode 0600, written under a temporary name, fsynced, renamed),
 * not a column of the database: the database is what travels — daily backups in `backups/`,
 * copies on flash drives for a restore on another PC, a bundle's history — and a key inside it
 * would leave the office with every copy, so that anyone holding an old backup could sign as
 * the office. The file stays on this computer (a data-directory move takes it along). The
 * public half and its fingerprint are in the database (`office_identity`); `loadOfficeKey`
 * checks that the two still belong together.
 */
export const keyFileOf = (dataDir: string): string => join(dataDir, 'keys', 'exchange-ed25519.pem');

export interface OfficeKey {
  privateKey: KeyObject;
  /** 32 raw bytes, base64url. */
  publicKey: string;
  /** SHA-256 of the raw public key, 64 hex digits. */
  fingerprint: string;
}

/** The public key's raw 32 bytes, base64url: the `x` of its JWK. */
function rawPublicKey(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    throw new Error('Kunci kantor bukan kunci Ed25519.');
  }
  return jwk.x;
}

export function fingerprintOf(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex');
}

function officeKeyOf(privateKey: KeyObject): OfficeKey {
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey) };
}

/** The office's key, or null when none was made yet. */
export function loadOfficeKey(dataDir: string): OfficeKey | null {
  const file = keyFileOf(dataDir);
  if (!existsSync(file)) return null;
  return officeKeyOf(createPrivateKey(readFileSync(file, 'utf8')));
}

/**
 * The office's key, made once: an existing key is never replaced (offices that know this one
 * would refuse everything signed with another).
 */
export function ensureOfficeKey(dataDir: string): OfficeKey {
  const existing = loadOfficeKey(dataDir);
  if (existing) return existing;
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const file = keyFileOf(dataDir);
  mkdirSync(join(dataDir, 'keys'), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, pem);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  replaceFileSync(temporary, file);
  return officeKeyOf(privateKey);
}

export function signBytes(key: OfficeKey, bytes: Buffer | string): string {
  return sign(null, Buffer.from(bytes), key.privateKey).toString('base64');
}

/** Does `signature` (base64) sign `bytes` with this raw public key? False for any malformed input. */
export function verifyBytes(publicKey: string, bytes: Buffer | string, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: publicKey },
      format: 'jwk',
    });
    return verify(null, Buffer.from(bytes), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
