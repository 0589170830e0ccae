import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintMatches, formatFingerprint } from '../../../src/shared/exchange/fingerprint';
import { levelFitsCode, levelOfCode } from '../../../src/shared/exchange/region';
import { exchangeRepository } from '../../../src/main/db/repositories/exchange';
import { ExchangeError } from '../../../src/main/exchange/errors';
import {
  identityFile,
  importOffice,
  readIdentityFile,
  setOwnIdentity,
} from '../../../src/main/exchange/identity';
import { keyFileOf, loadOfficeKey } from '../../../src/main/exchange/keys';
import { useTempDir } from '../helpers';
import { makeOffice, provinceAndGowa } from './fixture';

const tempDir = useTempDir('linimasa-identity-');

function two() {
  return provinceAndGowa(tempDir());
}

const refusedWith = (work: () => unknown, key: string) => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError);
    expect((error as ExchangeError).key).toBe(key);
    return;
  }
  throw new Error(`expected ${key}`);
};

describe('region codes and fingerprints', () => {
  it('knows a province (NN) from a regency or city (NN.NN) and refuses anything else', () => {
    expect(levelOfCode('73')).toBe('provinsi');
    expect(levelOfCode('73.06')).toBe('kabupaten_kota');
    for (const bad of ['7', '730', '73.6', '73.006', '73-06', '00', '73.00', ' 73', 'ab']) {
      expect(levelOfCode(bad)).toBeNull();
    }
    expect(levelFitsCode('73.06', 'provinsi')).toBe(false);
  });

  it('groups a fingerprint for reading aloud and compares what was typed back', () => {
    const hex = 'ab'.repeat(32);
    expect(formatFingerprint(hex)).toBe(Array(16).fill('ABAB').join(' '));
    expect(fingerprintMatches(formatFingerprint(hex).toLowerCase(), hex)).toBe(true);
    expect(fingerprintMatches(hex.replace(/(..)/g, '$1:'), hex)).toBe(true);
    expect(fingerprintMatches(hex.slice(0, 16), hex)).toBe(false);
  });
});

describe('office identity', () => {
  it('makes the key once, in a 0600 file, and keeps it when the office is renamed', () => {
    const { province } = two();
    const first = loadOfficeKey(province.dataDir)!;
    expect(statSync(keyFileOf(province.dataDir)).mode & 0o777).toBe(0o600);
    setOwnIdentity(province, { code: '73', name: 'Dinas Kominfo Sulsel', level: 'provinsi' });
    expect(loadOfficeKey(province.dataDir)!.publicKey).toBe(first.publicKey);
    expect(exchangeRepository(province.db).own()).toMatchObject({
      name: 'Dinas Kominfo Sulsel',
      publicKey: first.publicKey,
      fingerprint: first.fingerprint,
    });
  });

  it('refuses a code that does not fit the level', () => {
    const { province } = two();
    refusedWith(
      () => setOwnIdentity(province, { code: '73.06', name: 'X', level: 'provinsi' }),
      'exchange.levelMismatch',
    );
  });

  it('imports another office only with its fingerprint confirmed, once', () => {
    const { province, gowa } = two();
    const text = JSON.stringify(identityFile(province));
    const { fingerprint } = readIdentityFile(text);
    refusedWith(
      () => importOffice(gowa, text, '0000'.repeat(16), 'Admin'),
      'exchange.fingerprintMismatch',
    );
    expect(exchangeRepository(gowa.db).offices()).toEqual([]);
    const added = importOffice(gowa, text, formatFingerprint(fingerprint), 'Admin Gowa');
    expect(added.added).toBe(true);
    expect(added.office).toMatchObject({
      code: '73',
      name: 'Diskominfo Provinsi Sulawesi Selatan',
      level: 'provinsi',
      fingerprint,
      addedBy: 'Admin Gowa',
    });
    expect(importOffice(gowa, text, fingerprint, 'Admin Gowa').added).toBe(false);
    refusedWith(() => importOffice(province, text, fingerprint, 'Admin'), 'exchange.ownIdentity');
  });

  it('refuses a changed key for a known code, and a tampered identity file', () => {
    const { root, folder, province, gowa } = two();
    const text = JSON.stringify(identityFile(province));
    importOffice(gowa, text, readIdentityFile(text).fingerprint, 'Admin');
    // Another computer claims to be the province with its own key.
    const impostor = makeOffice(
      join(root, 'lain'),
      '73',
      'Diskominfo Provinsi Sulawesi Selatan',
      'provinsi',
      folder,
    );
    const other = JSON.stringify(identityFile(impostor));
    refusedWith(
      () => importOffice(gowa, other, readIdentityFile(other).fingerprint, 'Admin'),
      'exchange.keyChanged',
    );
    expect(exchangeRepository(gowa.db).office('73')?.publicKey).toBe(
      exchangeRepository(province.db).own()!.publicKey,
    );
    const card = identityFile(province);
    const tampered = JSON.stringify({ ...card, office: { ...card.office, name: 'Kantor Palsu' } });
    refusedWith(() => readIdentityFile(tampered), 'exchange.identitySignature');
    refusedWith(() => readIdentityFile('{"bukan":1}'), 'exchange.identityUnreadable');
    refusedWith(
      () => readIdentityFile(JSON.stringify({ ...card, version: 9 })),
      'exchange.identityFuture',
    );
  });
});
