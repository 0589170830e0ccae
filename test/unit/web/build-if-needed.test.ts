import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRendererIfNeeded } from '../../../src/main/web/build-if-needed';

/**
 * The browser host (npm run dev:web, the e2e global setup, the benches) builds the renderer when
 * it is stale, with the same check as `npm start` (scripts/lib/build-state.mjs). The temp root has
 * no node_modules, so a build attempt shows as the "electron-vite belum terpasang" refusal.
 */
let root: string;

function write(relative: string, seconds: number): void {
  const file = join(root, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, relative);
  for (let path = file; path !== root; path = dirname(path)) utimesSync(path, seconds, seconds);
}

const inputs = [
  'src/renderer/features/calendar/CalendarView.tsx',
  'src/renderer/index.html',
  'src/shared/domain/posts.ts',
  'resources/platform-limits.json',
  'electron.vite.config.ts',
];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lm-build-if-needed-'));
  writeFileSync(join(root, 'package.json'), '{"name":"x"}');
  for (const input of [...inputs, 'src/main/app.ts']) write(input, 1000);
  write('out/renderer/index.html', 2000);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const build = () => buildRendererIfNeeded(root, () => {});

describe('buildRendererIfNeeded', () => {
  it('leaves an up-to-date renderer alone', () => {
    expect(build).not.toThrow();
  });

  it.each(inputs)('builds again after %s changes', (input) => {
    write(input, 3000);
    expect(build).toThrow('electron-vite belum terpasang');
  });

  it('builds when there is no renderer build yet', () => {
    rmSync(join(root, 'out'), { recursive: true });
    expect(build).toThrow('electron-vite belum terpasang');
  });

  it('does not rebuild for a main-process change (the host runs main from source)', () => {
    write('src/main/app.ts', 3000);
    expect(build).not.toThrow();
  });
});
