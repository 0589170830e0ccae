// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/<version>-<platform>-<arch>/,
// leaving node_modules/better-sqlite3 (the Node build that tests, CLI and http host load) alone.
// The Electron main process loads the result through better-sqlite3's `nativeBinding` option:
// from env LINIMASA_ELECTRON_SQLITE_BINDING in development (scripts/start.mjs sets it), from
// <resourcesPath>/native/better_sqlite3.node when packaged (scripts/dist.mjs stages it).
//
//   node scripts/electron-native.mjs [--platform linux] [--arch x64]   prints the binding's path
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readElectronVersion } from './lib/electron-binary.mjs';
import {
  bindingFileName,
  bindingIsCurrent,
  bindingPaths,
  buildAttempts,
  buildEnv,
  deadScratchDirs,
  readSqliteVersion,
  sqliteSourceEntries,
} from './lib/native-binding.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export class NativeBindingError extends Error {
  constructor(message, logFile) {
    super(message);
    this.name = 'NativeBindingError';
    this.logFile = logFile;
  }
}

/** The JS entry point of a package's bin, resolved the way Node would from `fromDir` (null if absent). */
export function resolveBin(fromDir, pkg) {
  try {
    const manifestPath = createRequire(join(fromDir, 'package.json')).resolve(
      `${pkg}/package.json`,
    );
    const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const entry = typeof bin === 'string' ? bin : bin?.[pkg];
    return entry ? join(dirname(manifestPath), entry) : null;
  } catch {
    return null;
  }
}

/** Runs a tool's JS entry with this Node (no .cmd shims on Windows), output appended to the log. */
export function runLogged(attempt, { cwd, env, logFile }) {
  const fd = openSync(logFile, 'a');
  try {
    writeSync(fd, `\n$ ${attempt.name} ${attempt.args.join(' ')}\n`);
    const result = spawnSync(process.execPath, [attempt.script, ...attempt.args], {
      cwd,
      env,
      stdio: ['ignore', fd, fd],
      timeout: 20 * 60_000, // a compile takes about a minute; this only catches a hung download
    });
    return {
      ok: result.status === 0,
      status: result.status,
      signal: result.signal,
      error: result.error?.message,
    };
  } finally {
    closeSync(fd);
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM'; // exists, owned by someone else
  }
}

function describe(result) {
  if (result.error) return result.error;
  return result.signal ? `signal ${result.signal}` : `exit ${result.status}`;
}

/**
 * Ensures a better-sqlite3 binding for `target` ({ runtime: 'electron' | 'node', version,
 * platform, arch }) and returns its path. Synchronous: callers have nothing else to do meanwhile.
 * Throws NativeBindingError (message says what failed, logFile has the tools' output).
 */
export function ensureSqliteBinding(
  target,
  { root = repoRoot, run = runLogged, log = console.log, tools } = {},
) {
  const paths = bindingPaths(root, target);
  const sqliteVersion = readSqliteVersion(root);
  if (bindingIsCurrent(paths, sqliteVersion)) return paths.file;

  mkdirSync(paths.dir, { recursive: true });
  for (const name of deadScratchDirs(readdirSync(paths.cache), paths.key, isAlive)) {
    rmSync(join(paths.cache, name), { recursive: true, force: true });
  }
  const scratch = paths.scratch(process.pid);
  const moduleDir = join(root, 'node_modules', 'better-sqlite3');
  const attempts = buildAttempts({
    target,
    hostPlatform: process.platform,
    tools: tools ?? {
      // prebuild-install is better-sqlite3's own dependency: resolve it from there.
      prebuildInstall: resolveBin(moduleDir, 'prebuild-install'),
      // node-gyp comes with @electron/rebuild; npm also hands scripts its bundled copy.
      nodeGyp: resolveBin(root, 'node-gyp') ?? process.env.npm_config_node_gyp ?? null,
    },
    headersDir: paths.headers,
  });
  const label = `better-sqlite3 ${sqliteVersion} untuk/for ${target.runtime ?? 'electron'} ${target.version} (${target.platform}-${target.arch})`;
  const logName = relative(process.cwd(), paths.log) || paths.log;
  if (attempts.length === 0) {
    throw new NativeBindingError(
      `${label}: no build tool can target ${target.platform} from ${process.platform}`,
      paths.log,
    );
  }

  writeFileSync(paths.log, `${label}\n`);
  log(`Menyiapkan ${label}, sekali saja (±1 menit bila harus dikompilasi)…`);
  const failures = [];
  try {
    for (const attempt of attempts) {
      // A fresh copy per attempt: a failed prebuild-install may leave a partial build/ behind.
      rmSync(scratch, { recursive: true, force: true });
      mkdirSync(scratch, { recursive: true });
      for (const entry of sqliteSourceEntries) {
        cpSync(join(moduleDir, entry), join(scratch, entry), { recursive: true });
      }
      const result = run(attempt, { cwd: scratch, env: buildEnv(process.env), logFile: paths.log });
      const built = join(scratch, 'build', 'Release', bindingFileName);
      if (result.ok) {
        try {
          // Copy under a temporary name, then rename: a build killed at any point never leaves a
          // half-written better_sqlite3.node where the app would load it.
          const temporary = `${paths.file}.tmp-${process.pid}`;
          copyFileSync(built, temporary);
          renameSync(temporary, paths.file);
          // The stamp goes last: a binding without its stamp is simply rebuilt next time.
          writeFileSync(
            paths.stamp,
            JSON.stringify(
              { betterSqlite3: sqliteVersion, ...target, builtWith: attempt.name },
              null,
              2,
            ),
          );
          return paths.file;
        } catch (error) {
          failures.push(`${attempt.name}: ${error.message}`);
          continue;
        }
      }
      failures.push(`${attempt.name}: ${describe(result)}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  throw new NativeBindingError(
    `${label} gagal dibuat / could not be built (${failures.join('; ')}); log: ${logName}`,
    paths.log,
  );
}

/** The Electron build the design names: `.cache/electron-native/<electronVersion>-<platform>-<arch>/better_sqlite3.node`. */
export function ensureElectronSqliteBinding({
  electronVersion = readElectronVersion(join(repoRoot, 'node_modules', 'electron')),
  arch = process.arch,
  platform = process.platform,
  ...options
} = {}) {
  if (!electronVersion)
    throw new NativeBindingError('node_modules/electron is not installed (run npm install)', null);
  return ensureSqliteBinding(
    { runtime: 'electron', version: electronVersion, platform, arch },
    options,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { arch: { type: 'string' }, platform: { type: 'string' } },
  });
  try {
    console.log(
      ensureElectronSqliteBinding({
        arch: values.arch,
        platform: values.platform,
        log: console.error,
      }),
    );
  } catch (error) {
    console.error(error instanceof NativeBindingError ? error.message : error);
    process.exit(1);
  }
}
