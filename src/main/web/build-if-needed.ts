import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file below `dir` (0 when it does not exist). */
export function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The built renderer is stale when missing or older than any renderer or shared source. */
export function rendererIsStale(root: string): boolean {
  const built = join(root, 'out', 'renderer', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return ['src/renderer', 'src/shared', 'resources'].some(
    (dir) => newestMtime(join(root, dir)) > builtAt,
  );
}

export function buildRendererIfNeeded(root: string, log: (line: string) => void): void {
  if (!rendererIsStale(root)) return;
  log('Membangun tampilan (electron-vite build)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Build gagal; lihat keluaran di atas.');
}
