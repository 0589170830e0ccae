import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CertificateError,
  loadCertificate,
  selfSignedCertificate,
  tlsFolder,
} from '../../../src/main/network/certificate';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

describe('the host certificate', () => {
  it('is made once in <data dir>/tls/, key 0600, valid for the addresses and names', async () => {
    const dataDir = tempDir();
    const valid = { addresses: ['0.0.0.0', '127.0.0.2'], names: ['humas-pc.local'] };
    const made = await selfSignedCertificate(dataDir, valid);
    expect(made.created).toBe(true);
    expect(made.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(readdirSync(tlsFolder(dataDir)).sort()).toEqual(['cert.pem', 'key.pem']);
    expect(statSync(join(tlsFolder(dataDir), 'key.pem')).mode & 0o777).toBe(0o600);
    const cert = new X509Certificate(made.cert);
    expect(cert.fingerprint256).toBe(made.fingerprint);
    expect(cert.checkIP('127.0.0.2')).toBe('127.0.0.2');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.checkHost('humas-pc.local')).toBe('humas-pc.local');
    expect(cert.checkPrivateKey(createPrivateKey(made.key))).toBe(true);

    // The next start keeps it: people compare the fingerprint once.
    const again = await selfSignedCertificate(dataDir, valid);
    expect(again.created).toBe(false);
    expect(again.fingerprint).toBe(made.fingerprint);
  });

  it('reads the office’s own PEM files, and names a missing or unreadable one', async () => {
    const made = await selfSignedCertificate(tempDir(), { addresses: [], names: [] });
    const dir = tempDir();
    writeFileSync(join(dir, 'c.pem'), made.cert);
    writeFileSync(join(dir, 'k.pem'), made.key);
    writeFileSync(join(dir, 'junk.pem'), 'bukan sertifikat');
    expect(loadCertificate(join(dir, 'c.pem'), join(dir, 'k.pem')).fingerprint).toBe(
      made.fingerprint,
    );
    expect(() => loadCertificate(join(dir, 'nope.pem'), join(dir, 'k.pem'))).toThrow(
      CertificateError,
    );
    expect(() => loadCertificate(join(dir, 'junk.pem'), join(dir, 'k.pem'))).toThrow(
      /bukan sertifikat PEM/,
    );
    expect(() => loadCertificate(join(dir, 'c.pem'), join(dir, 'junk.pem'))).toThrow(
      /bukan kunci PEM/,
    );
    const other = await selfSignedCertificate(tempDir(), { addresses: [], names: [] });
    writeFileSync(join(dir, 'other-key.pem'), other.key);
    expect(() => loadCertificate(join(dir, 'c.pem'), join(dir, 'other-key.pem'))).toThrow(
      /bukan pasangan/,
    );
  });
});
