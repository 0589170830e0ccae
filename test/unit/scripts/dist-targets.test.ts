import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  distTargets,
  missingNativeFiles,
  nativeCheckMessage,
  nativeInstallCommand,
  requiredNativeFiles,
} from '../../../scripts/lib/dist-targets.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const realModules = join(root, 'node_modules');
const linuxHost = { platform: 'linux', arch: 'x64' };
const sharpManifest = JSON.parse(readFileSync(join(realModules, 'sharp', 'package.json'), 'utf8'));

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A node_modules folder holding the installed sharp's manifest and the given files. */
function fixtureModules(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'lm-dist-'));
  temps.push(dir);
  const all = { 'sharp/package.json': JSON.stringify(sharpManifest), ...files };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const manifest = (name: string) =>
  JSON.stringify({ name, version: sharpManifest.optionalDependencies[name] });

describe('distTargets', () => {
  it('packages for the host when no platform or arch is given', () => {
    expect(distTargets([], linuxHost)).toEqual([
      { os: 'linux', arch: 'x64', platform: 'linux', label: 'Linux x64' },
    ]);
    expect(distTargets([], { platform: 'darwin', arch: 'arm64' })).toEqual([
      { os: 'mac', arch: 'arm64', platform: 'darwin', label: 'macOS arm64' },
    ]);
  });

  it("reads electron-builder's platform and arch flags (each platform × each arch)", () => {
    expect(distTargets(['--win', '--x64', '--arm64', '--publish', 'never'], linuxHost)).toEqual([
      { os: 'win', arch: 'x64', platform: 'win32', label: 'Windows x64' },
      { os: 'win', arch: 'arm64', platform: 'win32', label: 'Windows arm64' },
    ]);
    expect(distTargets(['-mwl'], linuxHost).map((t) => t.os)).toEqual(['mac', 'win', 'linux']);
  });

  it('refuses 32-bit and universal targets with a reason (x64 and arm64 only)', () => {
    expect(() => distTargets(['--win', '--ia32'], linuxHost)).toThrow(
      /--ia32: 32-bit Windows tidak didukung Electron 45.*64-bit/,
    );
    expect(() => distTargets(['--linux', 'deb', '--armv7l'], linuxHost)).toThrow(
      /--armv7l: ARM 32-bit/,
    );
    expect(() => distTargets(['--mac', '--universal'], linuxHost)).toThrow(/universal/);
    expect(() => distTargets([], { platform: 'linux', arch: 'ia32' })).toThrow(
      /--x64 atau --arm64/,
    );
  });
});

describe('native files per target', () => {
  it("derives sharp's packages from the installed sharp: libvips apart on Linux/macOS, inside on Windows", () => {
    const names = (platform: string, arch: string) =>
      requiredNativeFiles(realModules, { platform, arch }).map((file) => file.name);
    expect(names('win32', 'x64')).toEqual(['better-sqlite3', '@img/sharp-win32-x64']);
    expect(names('linux', 'arm64')).toEqual([
      'better-sqlite3',
      '@img/sharp-linux-arm64',
      '@img/sharp-libvips-linux-arm64',
    ]);
    expect(names('darwin', 'x64')).toContain('@img/sharp-libvips-darwin-x64');
  });

  it('this checkout (npm ci on Linux x64) is complete for Linux x64 and not for Windows', () => {
    expect(missingNativeFiles(realModules, { platform: 'linux', arch: 'x64' })).toEqual([]);
    expect(missingNativeFiles(realModules, { platform: 'win32', arch: 'x64' })).toEqual([
      '@img/sharp-win32-x64',
    ]);
  });

  it('refuses with the install command, and accepts once the packages are there', () => {
    const windows = distTargets(['--win', '--x64'], linuxHost);
    const bare = fixtureModules({ 'better-sqlite3/prebuilds/win32-x64.node': '' });
    const message = nativeCheckMessage(bare, windows);
    expect(message).toMatch(/^Paket Windows x64 butuh berkas bawaan .*@img\/sharp-win32-x64/);
    expect(message).toContain(
      `npm install --no-save --force @img/sharp-win32-x64@${sharpManifest.optionalDependencies['@img/sharp-win32-x64']}`,
    );

    const installed = fixtureModules({
      'better-sqlite3/prebuilds/win32-x64.node': '',
      '@img/sharp-win32-x64/package.json': manifest('@img/sharp-win32-x64'),
    });
    expect(nativeCheckMessage(installed, windows)).toBeNull();
  });

  it('catches a leftover of another sharp version and a missing better-sqlite3 prebuild', () => {
    const stale = fixtureModules({
      '@img/sharp-linux-arm64/package.json': JSON.stringify({ version: '0.1.0' }),
      '@img/sharp-libvips-linux-arm64/package.json': manifest('@img/sharp-libvips-linux-arm64'),
    });
    expect(missingNativeFiles(stale, { platform: 'linux', arch: 'arm64' })).toEqual([
      'better-sqlite3',
      `@img/sharp-linux-arm64@${sharpManifest.optionalDependencies['@img/sharp-linux-arm64']} (terpasang: 0.1.0)`,
    ]);
    const wanted = sharpManifest.optionalDependencies;
    expect(nativeInstallCommand(stale, { platform: 'linux', arch: 'arm64' })).toBe(
      `npm install --no-save --force @img/sharp-linux-arm64@${wanted['@img/sharp-linux-arm64']} @img/sharp-libvips-linux-arm64@${wanted['@img/sharp-libvips-linux-arm64']}`,
    );
  });
});
