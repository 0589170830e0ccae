import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distTargets, stagedBindingPath } from '../../../scripts/lib/dist-targets.mjs';

const linuxHost = { platform: 'linux', arch: 'x64' };

describe('distTargets', () => {
  it('packages for the host when no platform or arch is given', () => {
    expect(distTargets([], linuxHost)).toEqual([
      { os: 'linux', builderArch: 'x64', platform: 'linux', arch: 'x64' },
    ]);
    expect(distTargets([], { platform: 'darwin', arch: 'arm64' })).toEqual([
      { os: 'mac', builderArch: 'arm64', platform: 'darwin', arch: 'arm64' },
    ]);
  });

  it("reads electron-builder's platform and arch flags (each platform × each arch)", () => {
    expect(distTargets(['--win', '--x64', '--ia32', '--publish', 'never'], linuxHost)).toEqual([
      { os: 'win', builderArch: 'x64', platform: 'win32', arch: 'x64' },
      { os: 'win', builderArch: 'ia32', platform: 'win32', arch: 'ia32' },
    ]);
    expect(distTargets(['-mwl'], linuxHost).map((t) => t.os)).toEqual(['mac', 'win', 'linux']);
    expect(distTargets(['--linux', 'deb', '--armv7l'], linuxHost)).toEqual([
      { os: 'linux', builderArch: 'armv7l', platform: 'linux', arch: 'arm' },
    ]);
  });

  it('refuses --universal instead of shipping a one-arch binding in a two-arch app', () => {
    expect(() => distTargets(['--mac', '--universal'], linuxHost)).toThrow(/universal/);
  });

  it('stages where electron-builder.yml looks (${os}-${arch})', () => {
    expect(stagedBindingPath('/repo', 'win', 'x64')).toBe(
      join('/repo', '.cache/electron-native/dist/win-x64/better_sqlite3.node'),
    );
  });
});
