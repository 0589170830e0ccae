// Is the electron-vite output (out/) missing or older than its sources? A cheap mtime walk, so
// `npm start` rebuilds only when something changed instead of paying a full build every launch.
// The one staleness check of the project: the browser host (src/main/web/build-if-needed.ts,
// used by npm run dev:web, the e2e global setup and the benches) imports it too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What each target is built from: sources, the data that ships with the app, the build config.
 * 'app' is all of out/ (npm start); 'renderer' is what the browser host serves (it runs main
 * from source, so a main-process change needs no build).
 */
export const buildInputs = {
  app: ['src', 'resources', 'electron.vite.config.ts'],
  renderer: ['src/renderer', 'src/shared', 'resources', 'electron.vite.config.ts'],
};

/**
 * Newest modification time of a file, or of a folder and everything below it (0 when missing).
 * Folders count too: deleting a source file changes only its folder's mtime.
 */
export function newestMtime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * The entry points electron-vite writes for a target: for 'app' all three, the main one being
 * whatever package.json "main" names; for 'renderer' its index.html.
 */
export function buildOutputs(root, target = 'app') {
  if (target === 'renderer') return ['out/renderer/index.html'];
  let main = 'out/main/index.js';
  try {
    main = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main ?? main;
  } catch {
    // No readable package.json: keep electron-vite's default, the build will report the real problem.
  }
  // The preload is index.js for a CommonJS package and index.mjs if the package ever turns ESM.
  const preload = ['out/preload/index.js', 'out/preload/index.mjs'].find((p) =>
    existsSync(join(root, p)),
  );
  return [main, preload ?? 'out/preload/index.js', 'out/renderer/index.html'];
}

/**
 * Why out/ must be rebuilt for a target: 'missing' (an entry point does not exist), 'outdated'
 * (a source is newer than the oldest entry point), or null when it is up to date.
 */
export function buildStaleness(root, target = 'app') {
  let oldestOutput = Infinity;
  for (const output of buildOutputs(root, target)) {
    const time = newestMtime(join(root, output));
    if (time === 0) return 'missing';
    oldestOutput = Math.min(oldestOutput, time);
  }
  const newestInput = Math.max(
    ...buildInputs[target].map((input) => newestMtime(join(root, input))),
  );
  return newestInput > oldestOutput ? 'outdated' : null;
}
