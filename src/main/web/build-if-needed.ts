import { spawnSync } from 'node:child_process';
import { buildStaleness } from '../../../scripts/lib/build-state.mjs';
import { resolveBin } from '../../../scripts/lib/package-bin.mjs';

/**
 * Builds the renderer the browser host serves when it is missing or older than its sources,
 * with the same check as `npm start` (scripts/lib/build-state.mjs, target 'renderer'). The tool
 * is electron-vite's JS entry run with this Node: `npx` would be a .cmd shim on Windows, which
 * Node does not spawn without a shell.
 */
export function buildRendererIfNeeded(root: string, log: (line: string) => void): void {
  if (buildStaleness(root, 'renderer') === null) return;
  const electronVite = resolveBin(root, 'electron-vite');
  if (!electronVite) throw new Error('electron-vite belum terpasang: jalankan npm install dulu.');
  log('Membangun tampilan (electron-vite build)…');
  const result = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Build gagal; lihat keluaran di atas.');
}
