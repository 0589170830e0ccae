// Where is the Electron executable, without `require('electron')`? The electron package's
// index.js downloads the binary as a side effect of being required (and throws when that fails),
// which is exactly the decision `npm start` has to make itself. So this reads the same files
// node_modules/electron/index.js and install.js read, and nothing else.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The executable's path inside dist/, as electron's install.js writes it to path.txt. */
export function electronExecutableName(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** The version of the installed electron package (node_modules/electron/package.json), or null. */
export function readElectronVersion(electronDir) {
  const text = readText(join(electronDir, 'package.json'));
  if (text === null) return null;
  try {
    return JSON.parse(text).version ?? null;
  } catch {
    return null;
  }
}

/**
 * The absolute path of a usable Electron executable, or null when it has not been fetched (or a
 * fetch was interrupted: install.js writes path.txt only after the zip is fully extracted).
 */
export function findElectronBinary(electronDir, env = process.env, platform = process.platform) {
  const relative = readText(join(electronDir, 'path.txt'));
  // Same override electron's index.js honours (a binary unpacked by hand, e.g. from a USB stick).
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const binary = join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      relative || electronExecutableName(platform),
    );
    return existsSync(binary) ? binary : null;
  }
  if (!relative) return null;
  // After an upgrade of the electron package an old dist/ would launch the wrong version;
  // install.js treats that as "not installed" too.
  const distVersion = readText(join(electronDir, 'dist', 'version'));
  const wanted = readElectronVersion(electronDir);
  if (distVersion !== null && wanted !== null && distVersion.replace(/^v/, '') !== wanted)
    return null;
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? binary : null;
}
