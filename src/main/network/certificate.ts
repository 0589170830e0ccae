import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** The PEM pair the HTTPS servers use, and the SHA-256 fingerprint people compare. */
export interface TlsMaterial {
  cert: string;
  key: string;
  /** `AB:CD:…`, as browsers show it in the certificate viewer. */
  fingerprint: string;
}

/** A certificate or key that cannot be used; the message is the office's own words. */
export class CertificateError extends Error {}

/** `--tls-cert FILE --tls-key FILE`: the office's own certificate (PEM). */
export function loadCertificate(certFile: string, keyFile: string): TlsMaterial {
  const cert = readPem(certFile, 'sertifikat');
  const key = readPem(keyFile, 'kunci');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    throw new CertificateError(`Berkas ${certFile} bukan sertifikat PEM yang dapat dibaca.`);
  }
  let matches: boolean;
  try {
    matches = certificate.checkPrivateKey(createPrivateKey(key));
  } catch {
    throw new CertificateError(`Berkas ${keyFile} bukan kunci PEM yang dapat dibaca.`);
  }
  if (!matches)
    throw new CertificateError(`Kunci ${keyFile} bukan pasangan sertifikat ${certFile}.`);
  return { cert, key, fingerprint: certificate.fingerprint256 };
}

function readPem(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CertificateError(`Berkas ${what} ${file} tidak ditemukan atau tidak dapat dibaca.`);
  }
}

/** Where `--tls` keeps the host's own certificate: `<data dir>/tls/`. */
export const tlsFolder = (dataDir: string): string => join(dataDir, 'tls');

/**
 * `--tls`: a self-signed certificate made once and kept in `<data dir>/tls/`, so that its
 * fingerprint stays the same from one start to the next and people compare it only once. Valid
 * for the given addresses and names (and 127.0.0.1, localhost), ten years. Each file is written
 * under a temporary name and renamed, the key with mode 0600.
 */
export async function selfSignedCertificate(
  dataDir: string,
  valid: { addresses: readonly string[]; names: readonly string[] },
): Promise<TlsMaterial & { created: boolean }> {
  const folder = tlsFolder(dataDir);
  const certFile = join(folder, 'cert.pem');
  const keyFile = join(folder, 'key.pem');
  if (existsSync(certFile) && existsSync(keyFile)) {
    return { ...loadCertificate(certFile, keyFile), created: false };
  }
  const ips = [...new Set(['127.0.0.1', ...valid.addresses.filter(isIPv4)])];
  const dns = [...new Set(['localhost', ...valid.names])];
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: valid.names[0] ?? 'Linimasa' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 10 * 365 * 24 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true }, // an EC key signs, it never encrypts
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...dns.map((value) => ({ type: 2 as const, value })),
          ...ips.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  mkdirSync(folder, { recursive: true });
  // The key first: a certificate without its key is never left to be picked up next start.
  writeAtomically(keyFile, pems.private, 0o600);
  writeAtomically(certFile, pems.cert, 0o644);
  return { ...loadCertificate(certFile, keyFile), created: true };
}

function writeAtomically(file: string, text: string, mode: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode, flag: 'w' });
  renameSync(temporary, file);
}
