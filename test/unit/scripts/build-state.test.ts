import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStaleness, newestMtime } from '../../../scripts/lib/build-state.mjs';

let root: string;

/** Writes a file and sets its and its folders' mtimes to `seconds`, so order never depends on the clock. */
function write(relative: string, seconds: number): void {
  const file = join(root, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, relative);
  for (let path = file; path !== root; path = dirname(path)) utimesSync(path, seconds, seconds);
}

function builtAt(seconds: number): void {
  write('out/main/index.js', seconds);
  write('out/preload/index.js', seconds);
  write('out/renderer/index.html', seconds);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lm-build-state-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ main: 'out/main/index.js' }));
  write('src/main/app.ts', 1000);
  write('src/renderer/index.html', 1000);
  write('electron.vite.config.ts', 1000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildStaleness', () => {
  it('is "missing" without out/', () => {
    expect(buildStaleness(root)).toBe('missing');
  });

  it('is "missing" when one entry point is absent', () => {
    builtAt(2000);
    rmSync(join(root, 'out/preload/index.js'));
    expect(buildStaleness(root)).toBe('missing');
  });

  it('accepts an ESM preload (index.mjs)', () => {
    builtAt(2000);
    rmSync(join(root, 'out/preload/index.js'));
    write('out/preload/index.mjs', 2000);
    expect(buildStaleness(root)).toBeNull();
  });

  it('follows package.json "main"', () => {
    builtAt(2000);
    writeFileSync(join(root, 'package.json'), JSON.stringify({ main: 'out/main/elsewhere.js' }));
    expect(buildStaleness(root)).toBe('missing');
    write('out/main/elsewhere.js', 2000);
    expect(buildStaleness(root)).toBeNull();
  });

  it('is null when out/ is newer than every source', () => {
    builtAt(2000);
    expect(buildStaleness(root)).toBeNull();
  });

  it('is "outdated" after a source changes', () => {
    builtAt(2000);
    write('src/main/app.ts', 3000);
    expect(buildStaleness(root)).toBe('outdated');
  });

  it('is "outdated" after a source is deleted (only its folder changes)', () => {
    builtAt(2000);
    write('src/main/gone.ts', 1000);
    utimesSync(join(root, 'src/main'), 1000, 1000);
    expect(buildStaleness(root)).toBeNull();
    rmSync(join(root, 'src/main/gone.ts'));
    utimesSync(join(root, 'src/main'), 3000, 3000);
    expect(buildStaleness(root)).toBe('outdated');
  });

  it('watches resources/ and the build config too', () => {
    builtAt(2000);
    write('resources/platform-limits.json', 3000);
    expect(buildStaleness(root)).toBe('outdated');
    write('resources/platform-limits.json', 1000);
    utimesSync(join(root, 'resources'), 1000, 1000);
    write('electron.vite.config.ts', 3000);
    expect(buildStaleness(root)).toBe('outdated');
  });

  it('compares against the OLDEST entry point (a half-finished build counts as stale)', () => {
    builtAt(2000);
    write('out/main/index.js', 500);
    expect(buildStaleness(root)).toBe('outdated');
  });
});

describe('buildStaleness: each input', () => {
  const appInputs = [
    'src/main/app.ts',
    'src/renderer/index.html',
    'src/shared/domain/posts.ts',
    'resources/platform-limits.json',
    'electron.vite.config.ts',
  ];
  beforeEach(() => {
    for (const input of appInputs) write(input, 1000);
  });

  it('an up-to-date build is not stale, for either target', () => {
    builtAt(2000);
    expect(buildStaleness(root)).toBeNull();
    expect(buildStaleness(root, 'renderer')).toBeNull();
  });

  it.each(appInputs)('the app is "outdated" after %s changes', (input) => {
    builtAt(2000);
    write(input, 3000);
    expect(buildStaleness(root)).toBe('outdated');
  });

  it.each(appInputs.filter((input) => !input.startsWith('src/main/')))(
    'the renderer is "outdated" after %s changes',
    (input) => {
      builtAt(2000);
      write(input, 3000);
      expect(buildStaleness(root, 'renderer')).toBe('outdated');
    },
  );

  it('the renderer needs only out/renderer and ignores main-process sources', () => {
    write('out/renderer/index.html', 2000);
    expect(buildStaleness(root)).toBe('missing');
    expect(buildStaleness(root, 'renderer')).toBeNull();
    write('src/main/app.ts', 3000);
    expect(buildStaleness(root, 'renderer')).toBeNull();
  });
});

describe('newestMtime', () => {
  it('is 0 for a missing path and walks folders', () => {
    expect(newestMtime(join(root, 'nope'))).toBe(0);
    write('src/deep/er/file.ts', 5000);
    expect(newestMtime(join(root, 'src'))).toBe(5000 * 1000);
  });
});
