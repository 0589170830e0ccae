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
import { openHostInBrowser, watchForHostUrl } from './lib/open-browser.mjs';
import { repoRoot as root, resolveBin } from './lib/package-bin.mjs';
import { electronEnv, hasDisplay, runStart } from './lib/start-plan.mjs';
import { supervise, tailKeeper } from './lib/supervise.mjs';

const args = process.argv.slice(2);
const electronDir = join(root, 'node_modules', 'electron');
const installScript = join(electronDir, 'install.js');
const webCli = join(root, 'src', 'main', 'web', 'cli.ts');
const installLog = join(root, '.cache', 'electron-install.log');
const installTimeoutMs = 5 * 60_000;
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
    let finished = false;
    const finish = (ok, spawnError) => {
      if (finished) return; // 'error' and 'exit' can both come
      finished = true;
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

/** Opens the default browser at the host's address; never fatal (the address is printed). */
function openBrowser(url) {
  void openHostInBrowser(url, {
    platform: process.platform,
    env: process.env,
    hasDisplay: display,
    spawn,
    log: (line) => console.log(line),
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
  hasDisplay: display,
  installElectron,
  machine: { platform: process.platform, userNamespacesRestricted: userNamespacesRestricted() },
  // `.` is this project: Electron runs package.json "main" (out/main/index.js).
  launchElectron: async (binary) => {
    const stderr = tailKeeper();
    const result = await supervise(
      binary,
      ['.', ...args],
      { cwd: root, env: electronEnv(process.env) },
      { stderr },
    );
    return 'spawnError' in result ? result : { ...result, stderr: stderr.text() };
  },
  launchWeb: () => {
    const tsx = resolveBin(root, 'tsx');
    if (!tsx || !existsSync(webCli)) {
      console.error(`Host http tidak ditemukan: ${shown(webCli)} (jalankan npm install)`);
      return Promise.resolve({ code: 1, signal: null });
    }
    // The host prints its own URL (with the per-launch token) once it listens.
    return supervise(
      process.execPath,
      [tsx, webCli, ...args],
      { cwd: root },
      { stdout: watchForHostUrl(openBrowser) },
    );
  },
});
process.exit(exitCode);
