import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildStaleness } from '../../../scripts/lib/build-state.mjs';

/**
 * The JS entry point of a package's bin as Node resolves it from `root` (null when not installed),
 * the same lookup as scripts/lib/package-bin.mjs (test/unit/scripts/package-bin.test.ts compares
 * them). Not imported from there: Playwright's loader turns that .mjs into CommonJS, where its
 * `import.meta` is a syntax error, and the e2e global setup loads this file.
 */
export function packageBin(root: string, pkg: string): string | null {
  try {
    const manifest = createRequire(join(root, 'package.json')).resolve(`${pkg}/package.json`);
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      bin?: string | Record<string, string>;
    };
    const entry = typeof bin === 'string' ? bin : bin?.[pkg];
    return entry ? join(dirname(manifest), entry) : null;
  } catch {
    return null;
  }
}

/**
 * Builds the renderer the browser host serves when it is missing or older than its sources,
 * with the same check as `npm start` (scripts/lib/build-state.mjs, target 'renderer'). The tool
 * is electron-vite's JS entry run with this Node: `npx` would be a .cmd shim on Windows, which
 * Node does not spawn without a shell.
 */
export function buildRendererIfNeeded(root: string, log: (line: string) => void): void {
  if (buildStaleness(root, 'renderer') === null) return;
  const electronVite = packageBin(root, 'electron-vite');
  if (!electronVite) throw new Error('electron-vite belum terpasang: jalankan npm install dulu.');
  log('Membangun tampilan (electron-vite build)…');
  const result = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Build gagal; lihat keluaran di atas.');
}
