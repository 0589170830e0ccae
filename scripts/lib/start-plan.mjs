// What `npm start` does, as one function over injected steps, so the order of decisions (build,
// find or fetch Electron, prepare its SQLite binding, launch, or fall back to the browser) is
// unit-tested without Electron, a network or a compiler. scripts/start.mjs supplies the real steps.
import { constants } from 'node:os';

const toBrowser =
  'membuka Linimasa lewat peramban di alamat di bawah / opening Linimasa in the browser instead, URL below';

/** The single line `npm start` prints before it falls back to the http host. */
export function fallbackLine(reason, detail) {
  const line = (() => {
    switch (reason) {
      case 'forced':
        return `LINIMASA_WEB=1 — ${toBrowser}`;
      case 'no-electron':
        return `Electron tidak tersedia di mesin ini (offline?${detail ? `; ${detail}` : ''}) — ${toBrowser}`;
      case 'native-failed':
        return `SQLite untuk Electron tidak dapat disiapkan (offline?${detail ? `; ${detail}` : ''}) — ${toBrowser}`;
      case 'no-display':
        return `Tidak ada layar grafis untuk Electron (DISPLAY/WAYLAND_DISPLAY kosong) — ${toBrowser}`;
      case 'spawn-failed':
        return `Electron tidak dapat dijalankan${detail ? ` (${detail})` : ''} — ${toBrowser}`;
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
export function electronEnv(env, bindingPath) {
  const next = { ...env, LINIMASA_ELECTRON_SQLITE_BINDING: bindingPath };
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
 *   installElectron(): Promise<string | undefined>  (resolves to a note for the fallback line),
 *   ensureBinding(): string (throws with a message on failure),
 *   launchElectron(binary, binding): Promise<{ code, signal } | { spawnError: string }>,
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
      `Membangun Linimasa (electron-vite build; out/ ${staleness === 'missing' ? 'belum ada / missing' : 'lebih lama dari sumber / older than sources'})…`,
    );
    if (!steps.build()) {
      log('Build gagal / failed: lihat keluaran di atas / see the output above.');
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
  let installNote;
  if (!binary && steps.canInstallElectron) {
    installNote = await steps.installElectron();
    binary = steps.findElectron();
  }
  if (!binary) return web('no-electron', installNote);
  // Over SSH or on a headless box Electron would only crash with "Missing X server".
  if (!steps.hasDisplay) return web('no-display');

  // 3. better-sqlite3 for Electron's ABI; the Node build in node_modules stays as it is.
  let binding;
  try {
    binding = steps.ensureBinding();
  } catch (error) {
    return web('native-failed', error instanceof Error ? error.message : String(error));
  }

  // 4. The app itself.
  const result = await steps.launchElectron(binary, binding);
  if ('spawnError' in result) return web('spawn-failed', result.spawnError);
  return exitCodeFor(result.code, result.signal);
}
