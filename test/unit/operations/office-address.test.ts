import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  certificateFingerprint,
  checkOfficeConnection,
  normaliseFingerprint,
  parseOfficeAddress,
  pinnedVerdict,
} from '../../../src/main/operations/office-address';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();

/** A real self-signed certificate, as an office host makes one, and openssl's own fingerprint. */
function selfSigned(name: string): { pem: string; opensslFingerprint: string } {
  const dir = tempDir();
  const cert = join(dir, `${name}.pem`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      join(dir, `${name}.key`),
      '-out',
      cert,
      '-days',
      '30',
      '-subj',
      `/CN=${name}`,
    ],
    { stdio: 'ignore' },
  );
  const line = execFileSync('openssl', ['x509', '-in', cert, '-noout', '-fingerprint', '-sha256'], {
    encoding: 'utf8',
  });
  return { pem: readFileSync(cert, 'utf8'), opensslFingerprint: line.split('=')[1]!.trim() };
}

describe('parseOfficeAddress', () => {
  it('takes the host’s address as people type it, https when no scheme is given', () => {
    expect(parseOfficeAddress(' 192.168.1.10:8443 ')).toEqual({
      ok: true,
      address: { origin: 'https://192.168.1.10:8443', hostname: '192.168.1.10', secure: true },
    });
    expect(parseOfficeAddress('https://Humas-PC.local:8443/')).toMatchObject({
      ok: true,
      address: { origin: 'https://humas-pc.local:8443', hostname: 'humas-pc.local' },
    });
    expect(parseOfficeAddress('http://127.0.0.2:8080')).toMatchObject({
      ok: true,
      address: { origin: 'http://127.0.0.2:8080', secure: false },
    });
    expect(parseOfficeAddress('https://[fe80::1]:8443')).toMatchObject({
      ok: true,
      address: { hostname: 'fe80::1' },
    });
  });

  it('refuses what is not an office host’s address, saying why', () => {
    expect(parseOfficeAddress('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseOfficeAddress('ftp://192.168.1.10')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseOfficeAddress('file:///etc/passwd')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseOfficeAddress('https://admin:rahasia@192.168.1.10')).toEqual({
      ok: false,
      problem: 'credentials',
    });
    expect(parseOfficeAddress('https://192.168.1.10:8443/kalender?x=1')).toEqual({
      ok: false,
      problem: 'path',
    });
    expect(parseOfficeAddress('https://192.168.1.10:99999')).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });
});

describe('fingerprints', () => {
  const hex = 'ab'.repeat(32);
  const canonical = Array(32).fill('AB').join(':');

  it('normalises pairs with colons, spaces or dashes and a run of 64 hex digits, in any case', () => {
    expect(normaliseFingerprint(hex)).toBe(canonical);
    expect(normaliseFingerprint(canonical.toLowerCase())).toBe(canonical);
    expect(normaliseFingerprint(Array(32).fill('Ab').join(' '))).toBe(canonical);
    expect(normaliseFingerprint(Array(32).fill('AB').join('-'))).toBe(canonical);
    expect(normaliseFingerprint('AB:CD')).toBeNull();
    expect(normaliseFingerprint(`${hex}00`)).toBeNull();
    expect(normaliseFingerprint('zz'.repeat(32))).toBeNull();
  });

  it('reads a real certificate the way openssl and the host print it', () => {
    const { pem, opensslFingerprint } = selfSigned('humas-pc');
    expect(certificateFingerprint({ data: pem, fingerprint: '' })).toBe(opensslFingerprint);
    // Electron's own form, "sha256/<base64>", when the PEM cannot be read.
    const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const electronForm = `sha256/${createHash('sha256').update(der).digest('base64')}`;
    expect(certificateFingerprint({ data: 'not a pem', fingerprint: electronForm })).toBe(
      opensslFingerprint,
    );
    expect(certificateFingerprint({ data: 'not a pem', fingerprint: 'md5/xyz' })).toBeNull();
  });

  it('pins exactly the remembered certificate for the office host, nothing else there', () => {
    const office = selfSigned('humas-pc');
    const impostor = selfSigned('humas-pc');
    const pinned = { hostname: '192.168.1.10', fingerprint: office.opensslFingerprint };
    const at = (hostname: string, pem: string) => ({
      hostname,
      fingerprint: certificateFingerprint({ data: pem, fingerprint: '' }),
    });
    expect(pinnedVerdict(at('192.168.1.10', office.pem), pinned)).toBe('accept');
    expect(pinnedVerdict(at('192.168.1.10', impostor.pem), pinned)).toBe('refuse');
    expect(pinnedVerdict({ hostname: '192.168.1.10', fingerprint: null }, pinned)).toBe('refuse');
    expect(pinnedVerdict(at('example.org', impostor.pem), pinned)).toBe('default');
  });
});

describe('checkOfficeConnection', () => {
  it('needs a valid fingerprint for https and none for http', () => {
    const fingerprint = 'cd'.repeat(32);
    expect(checkOfficeConnection({ address: '192.168.1.10:8443', fingerprint })).toEqual({
      ok: true,
      connection: {
        origin: 'https://192.168.1.10:8443',
        fingerprint: Array(32).fill('CD').join(':'),
      },
    });
    expect(checkOfficeConnection({ address: '192.168.1.10:8443' })).toEqual({
      ok: false,
      problem: 'fingerprintMissing',
      field: 'fingerprint',
    });
    expect(checkOfficeConnection({ address: '192.168.1.10:8443', fingerprint: 'AB:CD' })).toEqual({
      ok: false,
      problem: 'fingerprintInvalid',
      field: 'fingerprint',
    });
    expect(checkOfficeConnection({ address: 'http://192.168.1.10:8080', fingerprint: '' })).toEqual(
      { ok: true, connection: { origin: 'http://192.168.1.10:8080', fingerprint: null } },
    );
    expect(checkOfficeConnection({ address: 'gopher://x' })).toMatchObject({
      ok: false,
      field: 'address',
    });
  });
});
