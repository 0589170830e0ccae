import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  forgetOfficeConnection,
  officeConfigName,
  readOfficeConnection,
  writeOfficeConnection,
} from '../../../src/main/operations/office-config';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const fingerprint = Array(32).fill('AB').join(':');

describe('the remembered office (userData/office-connection.json)', () => {
  it('remembers the address and fingerprint, and forgets them', () => {
    const userData = join(tempDir(), 'userData');
    expect(readOfficeConnection(userData)).toBeNull();
    const connection = {
      origin: 'https://192.168.1.10:8443',
      fingerprint,
      savedAt: '2026-12-03T10:00:00.000Z',
    };
    writeOfficeConnection(userData, connection);
    expect(readOfficeConnection(userData)).toEqual(connection);
    // Written whole through a temporary name: nothing else is left beside it.
    expect(readdirSync(userData)).toEqual([officeConfigName]);

    forgetOfficeConnection(userData);
    expect(existsSync(join(userData, officeConfigName))).toBe(false);
    expect(readOfficeConnection(userData)).toBeNull();
    forgetOfficeConnection(userData);
  });

  it('ignores a file it cannot trust, so the app opens its local data', () => {
    const userData = tempDir();
    const file = join(userData, officeConfigName);
    const write = (value: unknown) =>
      writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    write('{"origin": "https://192.168.1.10:8443", "finger');
    expect(readOfficeConnection(userData)).toBeNull();
    write({ origin: 'https://192.168.1.10:8443', fingerprint: null, savedAt: 'x' });
    expect(readOfficeConnection(userData)).toBeNull();
    write({ origin: 'https://192.168.1.10:8443/jalan', fingerprint, savedAt: 'x' });
    expect(readOfficeConnection(userData)).toBeNull();
    write({ origin: 'http://192.168.1.10:8080', fingerprint: null, savedAt: 'x' });
    expect(readOfficeConnection(userData)).toMatchObject({ fingerprint: null });
  });
});
