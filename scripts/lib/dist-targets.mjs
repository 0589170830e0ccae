// Which platform/arch pairs `npm run dist -- <electron-builder args>` packages, and whether this
// checkout holds the native files each of them needs. Native code cannot be cross-compiled at
// packaging time, and electron-builder copies node_modules as it finds them: a Windows package
// built on Linux would carry Linux's sharp and fail at its first start.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** electron-builder's names → Node's. */
const osToPlatform = { linux: 'linux', win: 'win32', mac: 'darwin' };
const platformToOs = { linux: 'linux', win32: 'win', darwin: 'mac' };
const osNames = { linux: 'Linux', win: 'Windows', mac: 'macOS' };

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
/**
 * Electron 44 stopped publishing win32-ia32 and linux-armv7l builds and requires macOS 13+
 * (electronjs.org/docs/latest/breaking-changes, "Planned Breaking API Changes (44.0)");
 * Windows 7/8/8.1 ended with Electron 22. better-sqlite3 13's prebuilds are x64/arm64 too.
 */
export const supportedArchs = ['x64', 'arm64'];
const refusedArchs = {
  '--ia32': '32-bit Windows tidak didukung Electron 45 dan Linimasa (Windows 10/11 64-bit saja)',
  '--armv7l':
    'ARM 32-bit tidak didukung (better-sqlite3 dan sharp hanya tersedia untuk x64 dan arm64)',
  '--universal': 'paket universal macOS tidak didukung (buat paket --x64 dan --arm64 terpisah)',
};

export class DistTargetError extends Error {}

/**
 * The targets electron-builder will package for these CLI args: every platform flag given (else
 * the host) times every arch flag given (else the host arch, electron-builder's default, as our
 * YAML names no arch). Throws DistTargetError for what this project cannot package.
 */
export function distTargets(args, host = { platform: process.platform, arch: process.arch }) {
  // yargs reads `-mwl` as `-m -w -l`.
  args = args.flatMap((arg) =>
    /^-[lwmo]{2,}$/.test(arg) ? [...arg.slice(1)].map((letter) => `-${letter}`) : [arg],
  );
  for (const arg of args) {
    if (arg in refusedArchs) throw new DistTargetError(`${arg}: ${refusedArchs[arg]}.`);
  }
  const oses = [
    ...new Set(args.filter((arg) => arg in platformFlags).map((arg) => platformFlags[arg])),
  ];
  const archs = [
    ...new Set(
      args
        .filter((arg) => supportedArchs.some((arch) => arg === `--${arch}`))
        .map((arg) => arg.slice(2)),
    ),
  ];
  if (oses.length === 0) {
    const hostOs = platformToOs[host.platform];
    if (!hostOs) throw new DistTargetError(`Linimasa tidak dapat dipaketkan di ${host.platform}.`);
    oses.push(hostOs);
  }
  if (archs.length === 0) {
    if (!supportedArchs.includes(host.arch))
      throw new DistTargetError(
        `Komputer ini ${host.arch}; sebutkan --x64 atau --arm64 untuk paket yang didukung.`,
      );
    archs.push(host.arch);
  }
  return oses.flatMap((os) =>
    archs.map((arch) => ({
      os,
      arch,
      platform: osToPlatform[os],
      label: `${osNames[os]} ${arch}`,
    })),
  );
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The native files a package for `target` must carry, as paths relative to the app folder
 * (node_modules/…): better-sqlite3's Node-API prebuild, which ships inside its package for every
 * supported target, and sharp's per-platform packages — @img/sharp-<platform>-<arch> and, where
 * sharp lists one (macOS, Linux; Windows has libvips inside the first), @img/sharp-libvips-….
 * The names and versions come from the installed sharp's own optionalDependencies.
 */
export function requiredNativeFiles(modulesDir, { platform, arch }) {
  const required = [
    { name: 'better-sqlite3', path: `better-sqlite3/prebuilds/${platform}-${arch}.node` },
  ];
  const sharp = readJson(join(modulesDir, 'sharp', 'package.json'));
  const optional = sharp?.optionalDependencies ?? {};
  for (const name of [`@img/sharp-${platform}-${arch}`, `@img/sharp-libvips-${platform}-${arch}`]) {
    if (name in optional)
      required.push({ name, path: `${name}/package.json`, version: optional[name] });
  }
  return required;
}

/** What is missing (or of another version) under `modulesDir` for `target`: [] when complete. */
export function missingNativeFiles(modulesDir, target) {
  const missing = [];
  for (const file of requiredNativeFiles(modulesDir, target)) {
    const path = join(modulesDir, file.path);
    if (!existsSync(path)) {
      missing.push(file.name);
      continue;
    }
    if (file.version) {
      const installed = readJson(path)?.version;
      if (installed !== file.version)
        missing.push(`${file.name}@${file.version} (terpasang: ${installed})`);
    }
  }
  return missing;
}

/**
 * The command that adds a target's sharp packages beside this computer's own, at the versions the
 * installed sharp asks for. sharp's documentation suggests `npm install --os=<os> --cpu=<cpu>
 * sharp`, but measured with npm 11 that swaps EVERY platform-specific package for the target's
 * (esbuild, rolldown, lightningcss too), after which electron-vite can no longer build here.
 * `--force` only lifts npm's os/cpu check for the named packages; `--no-save` leaves
 * package.json and the lock file alone (npm ci later removes them again).
 */
export function nativeInstallCommand(modulesDir, target) {
  const packages = requiredNativeFiles(modulesDir, target)
    .filter((file) => file.version)
    .map((file) => `${file.name}@${file.version}`);
  // Without sharp's manifest there is nothing to name: a clean install restores it.
  return packages.length > 0 ? `npm install --no-save --force ${packages.join(' ')}` : 'npm ci';
}

/** The refusal `npm run dist` prints, or null when every target has its native files. */
export function nativeCheckMessage(modulesDir, targets) {
  const problems = targets
    .map((target) => ({ target, missing: missingNativeFiles(modulesDir, target) }))
    .filter(({ missing }) => missing.length > 0);
  if (problems.length === 0) return null;
  const lines = problems.flatMap(({ target, missing }) => [
    `Paket ${target.label} butuh berkas bawaan yang belum terpasang: ${missing.join(', ')}.`,
    `  Pasang dulu: ${nativeInstallCommand(modulesDir, target)}`,
  ]);
  if (problems.some(({ missing }) => missing.includes('better-sqlite3')))
    lines.push(
      '  better-sqlite3 membawa berkas bawaannya sendiri: jalankan npm ci bila berkas itu hilang.',
    );
  lines.push(
    'Perintah itu menambah berkas untuk komputer tujuan di samping milik komputer ini; package.json dan package-lock.json tidak berubah.',
  );
  return lines.join('\n');
}
