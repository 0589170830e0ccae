// Which platform/arch pairs `npm run dist -- <electron-builder args>` packages, so scripts/dist.mjs
// can prepare one Electron build of better-sqlite3 per pair, and where it stages each one for
// electron-builder.yml's extraResources entry to pick up.
import { join } from 'node:path';

/**
 * electron-builder.yml ships the binding from here. `${os}` and `${arch}` are electron-builder's
 * own macros, expanded per packaged target (`${platform}` would be the HOST platform, wrong when
 * packaging for Windows on Linux). The packaging test asserts the YAML uses exactly this.
 */
export const stagedBindingPattern = '.cache/electron-native/dist/${os}-${arch}/better_sqlite3.node';

/** electron-builder's names → Node's (what prebuild-install and node-gyp expect). */
const osToPlatform = { linux: 'linux', win: 'win32', mac: 'darwin' };
const platformToOs = { linux: 'linux', win32: 'win', darwin: 'mac' };
const builderArchToNode = { x64: 'x64', ia32: 'ia32', arm64: 'arm64', armv7l: 'arm' };
const nodeArchToBuilder = { x64: 'x64', ia32: 'ia32', arm64: 'arm64', arm: 'armv7l' };

const platformFlags = {
  '--linux': 'linux',
  '-l': 'linux',
  '--win': 'win',
  '--windows': 'win',
  '-w': 'win',
  '--mac': 'mac',
  '--macos': 'mac',
  '-m': 'mac',
  '-o': 'mac',
};
const archFlags = ['--x64', '--ia32', '--arm64', '--armv7l', '--universal'];

export function stagedBindingPath(root, os, builderArch) {
  return join(root, stagedBindingPattern.replace('${os}', os).replace('${arch}', builderArch));
}

/**
 * The targets electron-builder will package for these CLI args: every platform flag given (else
 * the host) times every arch flag given (else the host arch, electron-builder's default, as our
 * YAML names no arch). Throws for what this project cannot package.
 */
export function distTargets(args, host = { platform: process.platform, arch: process.arch }) {
  // yargs reads `-mwl` as `-m -w -l`.
  args = args.flatMap((arg) =>
    /^-[lwmo]{2,}$/.test(arg) ? [...arg.slice(1)].map((letter) => `-${letter}`) : [arg],
  );
  const oses = [
    ...new Set(args.filter((arg) => arg in platformFlags).map((arg) => platformFlags[arg])),
  ];
  const archs = [
    ...new Set(args.filter((arg) => archFlags.includes(arg)).map((arg) => arg.slice(2))),
  ];
  if (archs.includes('universal')) {
    throw new Error(
      '--universal is not supported: it would need one better-sqlite3 binary merged for x64 and arm64',
    );
  }
  if (oses.length === 0) {
    const hostOs = platformToOs[host.platform];
    if (!hostOs) throw new Error(`cannot package on ${host.platform}`);
    oses.push(hostOs);
  }
  if (archs.length === 0) {
    const hostArch = nodeArchToBuilder[host.arch];
    if (!hostArch) throw new Error(`no electron-builder arch for ${host.arch}`);
    archs.push(hostArch);
  }
  return oses.flatMap((os) =>
    archs.map((builderArch) => ({
      os,
      builderArch,
      platform: osToPlatform[os],
      arch: builderArchToNode[builderArch],
    })),
  );
}
