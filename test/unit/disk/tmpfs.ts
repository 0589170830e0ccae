import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Real small disks for the full-disk tests: `mount -t tmpfs -o size=… tmpfs DIR`. This needs
 * root (CI runs as root); elsewhere `tmpfsReason` says why the tests that need it are skipped.
 */
export const tmpfsReason: string | null = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'linimasa-tmpfs-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `cannot mount a tmpfs here (needs root): ${(error as Error).message.split('\n')[0]}`;
  } finally {
    rmdirSync(probe);
  }
})();

/** Mounts a tmpfs of `size` (e.g. `64k`, `8m`) over `dir`, unmounted after the test. */
export function useTmpfs(): (dir: string, size: string) => void {
  const mounted: string[] = [];
  afterEach(() => {
    for (const dir of mounted.splice(0).reverse()) {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
    }
  });
  return (dir, size) => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    mounted.push(dir);
  };
}
