// `npm start [-- --data-dir DIR]`: build when needed, then open the desktop app, or, where
// Electron cannot be fetched or cannot start, say why and serve the same app to the default
// browser through the http host. The decisions are in lib/start-plan.mjs (unit-tested); this file
// only supplies the real steps. It never imports 'electron': that import downloads the binary.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildStaleness } from './lib/build-state.mjs';
import { findElectronBinary, readElectronVersion } from './lib/electron-binary.mjs';
import { classifyInstallFailure } from './lib/electron-failure.mjs';
import { browserOpenCommand, hostUrlIn } from './lib/open-browser.mjs';
import { repoRoot as root, resolveBin } from './lib/package-bin.mjs';
import { electronEnv, hasDisplay, runStart } from './lib/start-plan.mjs';

const args = process.argv.slice(2);
const electronDir = join(root, 'node_modules', 'electron');
const installScript = join(electronDir, 'install.js');
const webCli = join(root, 'src', 'main', 'web', 'cli.ts');
const installLog = join(root, '.cache', 'electron-install.log');
const installTimeoutMs = 5 * 60_000;
/** Enough of Electron's stderr to find the line that says why it stopped. */
const stderrKeep = 64 * 1024;
const shown = (path) => relative(process.cwd(), path) || path;
const display = hasDisplay(process.platform, process.env);

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Ubuntu 24.04+: 1 when AppArmor forbids unprivileged user namespaces (null: not this kernel). */
function userNamespacesRestricted() {
  const value = readText('/proc/sys/kernel/apparmor_restrict_unprivileged_userns').trim();
  return value === '' ? null : value === '1';
}

/**
 * Runs a child with our terminal and waits for it; Ctrl+C reaches it directly, SIGTERM/SIGHUP
 * are passed on. With `tee`, the child's stream still reaches the terminal and is also handed
 * to `tee` (stderr for Electron's diagnosis, stdout for the host's address).
 */
function supervise(command, commandArgs, options, tee = {}) {
  return new Promise((resolveExit) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: ['inherit', tee.stdout ? 'pipe' : 'inherit', tee.stderr ? 'pipe' : 'inherit'],
      ...options,
    });
    child.stdout?.on('data', (chunk) => {
      process.stdout.write(chunk);
      tee.stdout(chunk.toString());
    });
    child.stderr?.on('data', (chunk) => {
      process.stderr.write(chunk);
      tee.stderr(chunk.toString());
    });
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
    child.once('close', (code, signal) => done({ code, signal }));
  });
}

/** node_modules/electron/install.js fetches the binary; output goes to a log, not the terminal. */
function installElectron() {
  mkdirSync(join(root, '.cache'), { recursive: true });
  const fd = openSync(installLog, 'w');
  return new Promise((resolveResult) => {
    const child = spawn(process.execPath, [installScript], {
      cwd: root,
      stdio: ['ignore', fd, fd],
    });
    // Offline, the fetch fails in well under a second: say nothing then, the fallback line says it
    // all. A real download takes a while, so announce it once it is clearly under way.
    const announce = setTimeout(
      () => console.log(`Mengunduh Electron ${readElectronVersion(electronDir)} (sekali saja)…`),
      2000,
    );
    let timedOut = false;
    const giveUp = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, installTimeoutMs);
    const finish = (ok, spawnError) => {
      clearTimeout(announce);
      clearTimeout(giveUp);
      closeSync(fd);
      const detail = `lihat ${shown(installLog)}`;
      if (ok) return resolveResult({ ok: true, detail });
      const logText = `${spawnError ?? ''}\n${readText(installLog)}`;
      resolveResult({ ok: false, failure: classifyInstallFailure({ timedOut, logText }), detail });
    };
    child.once('error', (error) => finish(false, error.message));
    child.once('exit', (code) => finish(code === 0));
  });
}

/** Opens the default browser once, at the address the host prints; never fatal. */
function browserOpener() {
  let opened = false;
  let pending = '';
  return (text) => {
    if (opened) return;
    pending += text;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const url = hostUrlIn(line);
      if (!url) continue;
      opened = true;
      const open = browserOpenCommand(url, {
        platform: process.platform,
        env: process.env,
        hasDisplay: display,
      });
      if (!open) return;
      try {
        const child = spawn(open.command, open.args, {
          stdio: 'ignore',
          detached: true,
          windowsVerbatimArguments: open.windowsVerbatimArguments,
        });
        child.once('error', () => {}); // no opener installed: the address is on screen anyway
        child.unref();
      } catch {
        // Same: the printed address is enough.
      }
      return;
    }
  };
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
  hasDisplay: display,
  installElectron,
  machine: { platform: process.platform, userNamespacesRestricted: userNamespacesRestricted() },
  // `.` is this project: Electron runs package.json "main" (out/main/index.js).
  launchElectron: async (binary) => {
    let stderr = '';
    const result = await supervise(
      binary,
      ['.', ...args],
      { env: electronEnv(process.env) },
      { stderr: (text) => (stderr = (stderr + text).slice(-stderrKeep)) },
    );
    return 'spawnError' in result ? result : { ...result, stderr };
  },
  launchWeb: () => {
    const tsx = resolveBin(root, 'tsx');
    if (!tsx || !existsSync(webCli)) {
      console.error(`Host http tidak ditemukan: ${shown(webCli)} (jalankan npm install)`);
      return Promise.resolve({ code: 1, signal: null });
    }
    // The host prints its own URL (with the per-launch token) once it listens.
    return supervise(process.execPath, [tsx, webCli, ...args], {}, { stdout: browserOpener() });
  },
});
process.exit(exitCode);
