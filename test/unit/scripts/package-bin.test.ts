// Windows developer commands: npm run dev and the browser host's build run each tool's JS entry
// with this Node instead of `npx` (a .cmd shim on Windows, which Node refuses to spawn without a
// shell).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, resolveBin } from '../../../scripts/lib/package-bin.mjs';
import { buildRendererIfNeeded, packageBin } from '../../../src/main/web/build-if-needed';

describe('resolveBin / packageBin', () => {
  it("finds a package's bin entry as a JS file Node can run, the same way in scripts and src", () => {
    for (const tool of ['electron-vite', 'electron-builder', 'tsx']) {
      const entry = resolveBin(repoRoot, tool);
      expect(entry, tool).toMatch(/\.(c|m)?js$/);
      expect(existsSync(entry!)).toBe(true);
      expect(packageBin(repoRoot, tool)).toBe(entry);
    }
    expect(resolveBin(repoRoot, 'no-such-package-here')).toBeNull();
    expect(packageBin(repoRoot, 'no-such-package-here')).toBeNull();
  });

  it('npm run dev starts electron-vite through Node (its --help answers, no npx involved)', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'dev.mjs'), '--help'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/electron-vite/);
  });

  it('the browser host says in Indonesian that electron-vite is missing instead of calling npx', () => {
    const root = mkdtempSync(join(tmpdir(), 'lm-nobuild-'));
    try {
      writeFileSync(join(root, 'package.json'), '{"name":"x"}');
      mkdirSync(join(root, 'src', 'renderer'), { recursive: true });
      expect(() => buildRendererIfNeeded(root, () => {})).toThrow(
        'electron-vite belum terpasang: jalankan npm install dulu.',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
