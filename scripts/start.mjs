// `npm start [-- --data-dir DIR]`: build when needed, then open the desktop app, or, where no
// Electron binary exists or can be fetched (an offline machine), serve the same app to the browser
// through the http host. The decisions are in lib/start-plan.mjs (unit-tested); this file only
// supplies the real steps. It never imports 'electron': that import downloads the binary itself.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  ensureElectronSqliteBinding,
  NativeBindingError,
  repoRoot,
  resolveBin,
} from './electron-native.mjs';
import { buildStaleness } from './lib/build-state.mjs';
import { findElectronBinary, readElectronVersion } from './lib/electron-binary.mjs';
import { electronEnv, hasDisplay, runStart } from './lib/start-plan.mjs';

const root = repoRoot;
const args = process.argv.slice(2);
const electronDir = join(root, 'node_modules', 'electron');
const installScript = join(electronDir, 'install.js');
const webCli = join(root, 'src', 'main', 'web', 'cli.ts');
const installLog = join(root, '.cache', 'electron-install.log');
const installTimeoutMs = 5 * 60_000;
const shown = (path) => relative(process.cwd(), path) || path;

/** Runs a child with our terminal and waits for it; Ctrl+C reaches it directly, SIGTERM/SIGHUP are passed on. */
function supervise(command, commandArgs, options) {
  return new Promise((resolveExit) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
    // The terminal sends Ctrl+C to the whole process group: the child gets it and decides how to
    // quit; we only wait for it. Signals aimed at us alone are forwarded.
    const ignore = () => {};
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', ignore);
    process.on('SIGTERM', forward);
    process.on('SIGHUP', forward);
    const done = (result) => {
      process.off('SIGINT', ignore);
      process.off('SIGTERM', forward);
      process.off('SIGHUP', forward);
      resolveExit(result);
    };
    child.once('error', (error) => done({ spawnError: error.message }));
    child.once('exit', (code, signal) => done({ code, signal }));
  });
}

/** node_modules/electron/install.js fetches the binary; output goes to a log, not the terminal. */
function installElectron() {
  mkdirSync(join(root, '.cache'), { recursive: true });
  const fd = openSync(installLog, 'w');
  return new Promise((resolveNote) => {
    const child = spawn(process.execPath, [installScript], {
      cwd: root,
      stdio: ['ignore', fd, fd],
    });
    // Offline, the fetch fails in well under a second: say nothing then, the fallback line says it
    // all. A real download takes a while, so announce it once it is clearly under way.
    const announce = setTimeout(
      () =>
        console.log(
          `Mengunduh Electron ${readElectronVersion(electronDir)} (sekali saja) / downloading Electron (once)…`,
        ),
      2000,
    );
    const giveUp = setTimeout(() => child.kill(), installTimeoutMs);
    const finish = (note) => {
      clearTimeout(announce);
      clearTimeout(giveUp);
      closeSync(fd);
      resolveNote(note);
    };
    child.once('error', (error) => finish(error.message));
    child.once('exit', (code) => finish(code === 0 ? undefined : `lihat/see ${shown(installLog)}`));
  });
}

const exitCode = await runStart({
  env: process.env,
  log: (line) => console.log(line),
  buildStaleness: () => buildStaleness(root),
  build: () => {
    const electronVite = resolveBin(root, 'electron-vite');
    if (!electronVite) return false;
    return (
      spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' })
        .status === 0
    );
  },
  findElectron: () => findElectronBinary(electronDir),
  canInstallElectron: existsSync(installScript),
  hasDisplay: hasDisplay(process.platform, process.env),
  installElectron,
  ensureBinding: () => {
    try {
      return ensureElectronSqliteBinding();
    } catch (error) {
      // The full story is in the log; the fallback line only needs to say where.
      throw error instanceof NativeBindingError && error.logFile
        ? new Error(`lihat/see ${shown(error.logFile)}`)
        : error;
    }
  },
  // `.` is this project: Electron runs package.json "main" (out/main/index.js).
  launchElectron: (binary, binding) =>
    supervise(binary, ['.', ...args], { env: electronEnv(process.env, binding) }),
  launchWeb: () => {
    const tsx = resolveBin(root, 'tsx');
    if (!tsx || !existsSync(webCli)) {
      console.error(`Host http tidak ditemukan / http host missing: ${shown(webCli)}`);
      return Promise.resolve({ code: 1, signal: null });
    }
    // The host prints its own URL (with the per-launch token) once it listens.
    return supervise(process.execPath, [tsx, webCli, ...args], {});
  },
});
process.exit(exitCode);
