import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/**
 * The JS entry point of a package's bin as Node resolves it from `root` (null when not installed),
 * the same lookup as scripts/lib/package-bin.mjs. Running it with process.execPath works on
 * Windows too, where `npx` and node_modules/.bin are .cmd shims Node will not spawn without a shell.
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

export function buildRendererIfNeeded(root: string, log: (line: string) => void): void {
  if (!rendererIsStale(root)) return;
  const electronVite = packageBin(root, 'electron-vite');
  if (!electronVite) throw new Error('electron-vite belum terpasang: jalankan npm install dulu.');
  log('Membangun tampilan (electron-vite build)…');
  const result = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('Build gagal; lihat keluaran di atas.');
}
