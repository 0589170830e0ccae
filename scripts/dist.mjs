// `npm run dist [-- <electron-builder args, e.g. --linux --x64>]`: the installers.
//   1. electron-vite build (always: an installer must not ship a stale bundle);
//   2. better-sqlite3 for Electron, once per packaged platform/arch, staged where
//      electron-builder.yml's extraResources takes it (→ <resources>/native/better_sqlite3.node);
//   3. electron-builder --config electron-builder.yml <args>.
// Failures end in one readable message and a non-zero exit, not a stack trace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ensureElectronSqliteBinding, repoRoot, resolveBin } from './electron-native.mjs';
import { distTargets, stagedBindingPath } from './lib/dist-targets.mjs';

const root = repoRoot;
const args = process.argv.slice(2);

class DistError extends Error {}

function runNode(script, scriptArgs, what) {
  if (!script) throw new DistError(`${what} is not installed (run npm install)`);
  const result = spawnSync(process.execPath, [script, ...scriptArgs], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new DistError(
      `${what} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`})`,
    );
}

try {
  const targets = distTargets(args);

  console.log('dist: electron-vite build');
  runNode(resolveBin(root, 'electron-vite'), ['build'], 'electron-vite build');

  // Only the bindings for this run: a leftover from an earlier run for another arch must not ship.
  rmSync(join(root, '.cache', 'electron-native', 'dist'), { recursive: true, force: true });
  for (const target of targets) {
    const binding = ensureElectronSqliteBinding({ platform: target.platform, arch: target.arch });
    const staged = stagedBindingPath(root, target.os, target.builderArch);
    mkdirSync(dirname(staged), { recursive: true });
    copyFileSync(binding, staged);
    console.log(
      `dist: ${target.os}-${target.builderArch} better-sqlite3 ← ${relative(root, binding)}`,
    );
  }

  console.log(`dist: electron-builder --config electron-builder.yml ${args.join(' ')}`.trimEnd());
  try {
    runNode(
      resolveBin(root, 'electron-builder'),
      ['--config', 'electron-builder.yml', ...args],
      'electron-builder',
    );
  } catch (error) {
    throw new DistError(
      `${error.message}; see its output above. The first run per platform downloads the Electron zip ` +
        '(and on Windows/macOS the NSIS/DMG tools) from GitHub, which needs internet.',
    );
  }
} catch (error) {
  // Every step throws with a message that says what failed and why; the tools' own output (and the
  // native build's log, named in its message) holds the details, so no stack trace here.
  console.error(
    `npm run dist gagal / failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
