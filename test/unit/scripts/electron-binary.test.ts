import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  electronExecutableName,
  findElectronBinary,
  readElectronVersion,
} from '../../../scripts/lib/electron-binary.mjs';

let electronDir: string;

function write(relative: string, text = ''): void {
  const file = join(electronDir, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeEach(() => {
  electronDir = mkdtempSync(join(tmpdir(), 'lm-electron-'));
  write('package.json', JSON.stringify({ name: 'electron', version: '45.5.0' }));
});
afterEach(() => rmSync(electronDir, { recursive: true, force: true }));

describe('findElectronBinary (no require("electron"))', () => {
  it('is null on a fresh install: the binary is only fetched on first use', () => {
    expect(findElectronBinary(electronDir, {})).toBeNull();
  });

  it('is null when path.txt names a file that is not there (interrupted or wiped dist/)', () => {
    write('path.txt', 'electron');
    expect(findElectronBinary(electronDir, {})).toBeNull();
  });

  it('finds dist/<path.txt>', () => {
    write('path.txt', 'electron');
    write('dist/electron');
    write('dist/version', 'v45.5.0');
    expect(findElectronBinary(electronDir, {})).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('finds the macOS app bundle executable', () => {
    write('path.txt', electronExecutableName('darwin'));
    write('dist/Electron.app/Contents/MacOS/Electron');
    expect(findElectronBinary(electronDir, {})).toBe(
      join(electronDir, 'dist', 'Electron.app/Contents/MacOS/Electron'),
    );
  });

  it('ignores a dist/ left from another electron version', () => {
    write('path.txt', 'electron');
    write('dist/electron');
    write('dist/version', '44.0.0');
    expect(findElectronBinary(electronDir, {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const override = join(electronDir, 'elsewhere');
    mkdirSync(override);
    expect(
      findElectronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux'),
    ).toBeNull();
    writeFileSync(join(override, 'electron'), '');
    expect(
      findElectronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: override }, 'linux'),
    ).toBe(join(override, 'electron'));
  });
});

describe('electron package facts', () => {
  it('reads the version and names the executable per platform', () => {
    expect(readElectronVersion(electronDir)).toBe('45.5.0');
    expect(readElectronVersion(join(electronDir, 'missing'))).toBeNull();
    expect(electronExecutableName('win32')).toBe('electron.exe');
    expect(electronExecutableName('linux')).toBe('electron');
  });
});
