// Where the project's tools live, as JS entry points that this very Node runs. Spawning `npx` or
// `node_modules/.bin/<tool>` instead would need a shell on Windows (those are .cmd shims, which
// Node refuses to spawn without one since CVE-2024-27980), so every script here resolves the
// package's bin file and runs it with process.execPath.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The JS entry point of a package's bin, resolved the way Node would from `fromDir` (null if the
 * package is not installed). `name` picks one of several bins (defaults to the package name).
 */
export function resolveBin(fromDir, pkg, name = pkg) {
  try {
    const manifestPath = createRequire(join(fromDir, 'package.json')).resolve(
      `${pkg}/package.json`,
    );
    const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const entry = typeof bin === 'string' ? bin : bin?.[name];
    return entry ? join(dirname(manifestPath), entry) : null;
  } catch {
    return null;
  }
}
