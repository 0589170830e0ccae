// What `npm start` does, as one function over injected steps, so the order of decisions (build,
// find or fetch Electron, launch it, explain a failed start, or fall back to the browser) is
// unit-tested without Electron or a network. scripts/start.mjs supplies the real steps.
//
// better-sqlite3 13 is a Node-API module whose prebuilt binary loads in Node and in Electron
// alike, so nothing is rebuilt or swapped before Electron starts.
import { constants } from 'node:os';
import { diagnoseElectronExit } from './electron-failure.mjs';

const toBrowser = 'membuka Linimasa di peramban (alamat di bawah)';

/** The single line `npm start` prints before it falls back to the http host. */
export function fallbackLine(reason, detail) {
  const line = (() => {
    switch (reason) {
      case 'forced':
        return `LINIMASA_WEB=1 — ${toBrowser}`;
      // Electron's binary is fetched on first start; each way that can fail is named for what it
      // is, and only a failed connection is called offline.
      case 'network':
        return `Electron belum terunduh dan tidak dapat diunduh: sambungan ke GitHub gagal (komputer ini offline atau jaringannya memblokir unduhan${detail ? `; ${detail}` : ''}) — ${toBrowser}`;
      case 'timeout':
        return `Electron belum terunduh: unduhannya terlalu lama dan dihentikan${detail ? ` (${detail})` : ''} — ${toBrowser}`;
      case 'failed':
        return `Electron belum terunduh: unduhannya gagal${detail ? ` (${detail})` : ''} — ${toBrowser}`;
      case 'no-installer':
        return `Electron tidak terpasang lengkap (jalankan npm install) — ${toBrowser}`;
      case 'no-display':
        return `Tidak ada layar grafis untuk Electron (DISPLAY/WAYLAND_DISPLAY kosong) — ${toBrowser}`;
      case 'spawn-failed':
        return `Electron tidak dapat dijalankan${detail ? ` (${detail})` : ''} — ${toBrowser}`;
      case 'electron-failed':
        return `Karena itu ${toBrowser}`;
      default:
        throw new Error(`unknown fallback reason: ${reason}`);
    }
  })();
  // One line, whatever a tool put in `detail`.
  return line.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Electron on Linux needs an X11 or Wayland display to open a window (xvfb-run provides one). */
export function hasDisplay(platform, env) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The environment for Electron's main process. */
export function electronEnv(env) {
  const next = { ...env };
  // Set in a developer's shell, this makes the Electron binary behave as plain Node.
  delete next.ELECTRON_RUN_AS_NODE;
  return next;
}

/** A child's exit as our own exit code: its code, or 128 + signal number like a shell reports it. */
export function exitCodeFor(code, signal) {
  if (typeof code === 'number') return code;
  if (signal) return 128 + (constants.signals[signal] ?? 0);
  return 1;
}

/**
 * steps: {
 *   buildStaleness(): 'missing' | 'outdated' | null,  build(): boolean,
 *   findElectron(): string | null,  canInstallElectron: boolean,  hasDisplay: boolean,
 *   installElectron(): Promise<{ ok: true } | { ok: false, failure, detail? }>,
 *   launchElectron(binary): Promise<{ code, signal, stderr } | { spawnError: string }>,
 *   machine: { platform, userNamespacesRestricted: boolean | null },
 *   launchWeb(): Promise<{ code, signal }>,
 *   log(line), env,
 * }
 * Resolves to the exit code for `npm start`.
 */
export async function runStart(steps) {
  const { log, env } = steps;

  // 1. Both the app and the browser fallback serve out/, so build first.
  const staleness = steps.buildStaleness();
  if (staleness) {
    log(
      `Membangun Linimasa (electron-vite build; out/ ${staleness === 'missing' ? 'belum ada' : 'lebih lama dari sumbernya'})…`,
    );
    if (!steps.build()) {
      log('Pembangunan gagal: lihat keluaran di atas.');
      return 1;
    }
  }

  const web = async (reason, detail) => {
    log(fallbackLine(reason, detail));
    const { code, signal } = await steps.launchWeb();
    return exitCodeFor(code, signal);
  };
  if (env.LINIMASA_WEB === '1') return web('forced');

  // 2. The Electron binary, fetched on first use (electron 45 has no postinstall download).
  let binary = steps.findElectron();
  if (!binary) {
    if (!steps.canInstallElectron) return web('no-installer');
    const installed = await steps.installElectron();
    if (!installed.ok) return web(installed.failure, installed.detail);
    binary = steps.findElectron();
    if (!binary) return web('failed', installed.detail);
  }
  // Over SSH or on a headless box Electron would only crash with "Missing X server".
  if (!steps.hasDisplay) return web('no-display');

  // 3. The app itself; a start that fails is explained, then the browser takes over.
  const result = await steps.launchElectron(binary);
  if ('spawnError' in result) return web('spawn-failed', result.spawnError);
  const diagnosis = diagnoseElectronExit(result, steps.machine);
  if (!diagnosis) return exitCodeFor(result.code, result.signal);
  for (const line of diagnosis.lines) log(line);
  if (diagnosis.fallback) return web('electron-failed');
  return exitCodeFor(result.code, result.signal);
}
