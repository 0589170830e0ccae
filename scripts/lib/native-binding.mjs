// The decisions behind the Electron build of better-sqlite3 (scripts/electron-native.mjs does the
// work): where a build lives, whether it is still current, and which build commands to try.
//
// node_modules/better-sqlite3/build keeps the NODE build forever, because tests, the CLI and the
// http host load it. Electron needs a build for its own ABI; it lives apart in .cache and reaches
// the app through better-sqlite3's `nativeBinding` option, so neither build ever replaces the other
// and `npm test` / `npm start` work in either order.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const bindingFileName = 'better_sqlite3.node';
/** Written next to a finished binding; a binding without a matching stamp is rebuilt. */
export const stampFileName = 'build-info.json';
/** What a build needs from node_modules/better-sqlite3 (never its build/ folder). */
export const sqliteSourceEntries = ['package.json', 'binding.gyp', 'src', 'deps'];
export const electronHeadersUrl = 'https://electronjs.org/headers';

/** One cache folder per runtime version, platform and arch: `45.5.0-linux-x64`. */
export function bindingKey({ runtime = 'electron', version, platform, arch }) {
  const key = `${version}-${platform}-${arch}`;
  return runtime === 'electron' ? key : `${runtime}-${key}`;
}

/** Everything one build uses below <root>/.cache/electron-native. */
export function bindingPaths(root, target) {
  const cache = join(root, '.cache', 'electron-native');
  const key = bindingKey(target);
  const dir = join(cache, key);
  return {
    cache,
    key,
    dir,
    file: join(dir, bindingFileName),
    stamp: join(dir, stampFileName),
    log: join(cache, `${key}.log`),
    // Scratch copies are named after the building process, so a build killed halfway can be
    // recognised (its process is gone) and swept by the next one.
    scratch: (pid) => join(cache, `${key}.build-${pid}`),
    // Electron's headers, fetched once by node-gyp; kept in the project cache, not in ~/.cache/node-gyp
    // where they would share a folder name with the Node headers of the same version number.
    headers: join(cache, 'headers'),
  };
}

/** The better-sqlite3 version a build must match (its JS and its native half ship together). */
export function readSqliteVersion(root) {
  return JSON.parse(
    readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'),
  ).version;
}

/** A binding is current when the file exists and its stamp names the installed better-sqlite3. */
export function bindingIsCurrent(paths, sqliteVersion) {
  if (!existsSync(paths.file)) return false;
  try {
    return JSON.parse(readFileSync(paths.stamp, 'utf8')).betterSqlite3 === sqliteVersion;
  } catch {
    return false;
  }
}

/** Scratch folders (`<key>.build-<pid>`) whose building process no longer runs. */
export function deadScratchDirs(names, key, isAlive) {
  const prefix = `${key}.build-`;
  return names.filter((name) => {
    if (!name.startsWith(prefix)) return false;
    const pid = Number(name.slice(prefix.length));
    return Number.isInteger(pid) && pid > 0 && !isAlive(pid);
  });
}

/**
 * The builds to try, in order. `tools` holds the JS entry points of prebuild-install and node-gyp
 * (either may be null when not installed).
 *
 * 1. prebuild-install: better-sqlite3 publishes Electron builds on GitHub; downloading one takes
 *    seconds and needs no compiler. It also works for another platform (packaging for Windows on
 *    Linux).
 * 2. node-gyp against Electron's headers: a ~1 minute compile, only possible for the host platform.
 *
 * This is better-sqlite3's own install script (`prebuild-install || node-gyp rebuild --release`)
 * pointed at Electron. @electron/rebuild would do the same, but it rebuilds modules found in a
 * project's node_modules tree, so it would need a fake project around the scratch copy; calling the
 * two tools directly keeps one module, one folder, and error logs that say which step failed.
 */
export function buildAttempts({ target, hostPlatform, tools, headersDir }) {
  const { runtime = 'electron', version, platform, arch } = target;
  const attempts = [];
  if (tools.prebuildInstall) {
    attempts.push({
      name: 'prebuild-install',
      script: tools.prebuildInstall,
      args: [
        '--runtime',
        runtime,
        '--target',
        version,
        '--arch',
        arch,
        '--platform',
        platform,
        '--verbose',
      ],
    });
  }
  if (tools.nodeGyp && platform === hostPlatform) {
    const args = ['rebuild', '--release', `--target=${version}`, `--arch=${arch}`];
    // For Node of the running version node-gyp uses the local headers; Electron needs its own.
    if (runtime === 'electron')
      args.push(`--dist-url=${electronHeadersUrl}`, `--devdir=${headersDir}`);
    attempts.push({ name: 'node-gyp', script: tools.nodeGyp, args });
  }
  return attempts;
}

/**
 * Settings npm passes to scripts as npm_config_* that would redirect a build: a `nodedir` from
 * someone's .npmrc would compile against Node's headers while claiming Electron's version.
 */
const redirectingNpmSettings = [
  'nodedir',
  'target',
  'runtime',
  'disturl',
  'dist_url',
  'arch',
  'target_arch',
  'platform',
  'devdir',
];

export function buildEnv(env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    const lower = key.toLowerCase();
    if (redirectingNpmSettings.some((name) => lower === `npm_config_${name}`)) delete clean[key];
  }
  return clean;
}
