import { describe, expect, it } from 'vitest';
import {
  electronEnv,
  exitCodeFor,
  fallbackLine,
  hasDisplay,
  runStart,
  type StartSteps,
} from '../../../scripts/lib/start-plan.mjs';

/** A recording fake of every step; each test overrides only what its scenario changes. */
function fakeSteps(overrides: Partial<StartSteps> = {}) {
  const calls: string[] = [];
  const lines: string[] = [];
  const steps: StartSteps = {
    env: {},
    log: (line) => lines.push(line),
    buildStaleness: () => null,
    build: () => {
      calls.push('build');
      return true;
    },
    findElectron: () => '/electron/dist/electron',
    canInstallElectron: true,
    hasDisplay: true,
    installElectron: async () => {
      calls.push('install');
      return 'lihat/see .cache/electron-install.log';
    },
    ensureBinding: () => {
      calls.push('binding');
      return '/repo/.cache/electron-native/45.5.0-linux-x64/better_sqlite3.node';
    },
    launchElectron: async (binary, binding) => {
      calls.push(`electron ${binary} ${binding}`);
      return { code: 0, signal: null };
    },
    launchWeb: async () => {
      calls.push('web');
      return { code: 0, signal: null };
    },
    ...overrides,
  };
  return { steps, calls, lines };
}

describe('runStart', () => {
  it('launches Electron with the Electron build of SQLite when everything is there', async () => {
    const { steps, calls, lines } = fakeSteps();
    expect(await runStart(steps)).toBe(0);
    expect(calls).toEqual([
      'binding',
      'electron /electron/dist/electron /repo/.cache/electron-native/45.5.0-linux-x64/better_sqlite3.node',
    ]);
    expect(lines).toEqual([]);
  });

  it('builds first when out/ is stale, and stops when the build fails', async () => {
    const ok = fakeSteps({ buildStaleness: () => 'outdated' });
    await runStart(ok.steps);
    expect(ok.calls[0]).toBe('build');
    expect(ok.lines[0]).toMatch(/electron-vite build/);

    const failed = fakeSteps({ buildStaleness: () => 'missing', build: () => false });
    expect(await runStart(failed.steps)).toBe(1);
    expect(failed.calls).toEqual([]);
  });

  it('fetches a missing binary, then launches it', async () => {
    let installed = false;
    const { steps, calls } = fakeSteps({
      findElectron: () => (installed ? '/electron/dist/electron' : null),
      installElectron: async () => {
        calls.push('install');
        installed = true;
        return undefined;
      },
    });
    expect(await runStart(steps)).toBe(0);
    expect(calls.slice(0, 2)).toEqual(['install', 'binding']);
    expect(calls[2]).toMatch(/^electron /);
  });

  it('offline: says so in ONE line and serves the browser instead', async () => {
    const { steps, calls, lines } = fakeSteps({ findElectron: () => null });
    expect(await runStart(steps)).toBe(0);
    expect(calls).toEqual(['install', 'web']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/\n/);
    expect(lines[0]).toMatch(
      /^Electron tidak tersedia di mesin ini \(offline\?; lihat\/see \.cache\/electron-install\.log\) — /,
    );
    expect(lines[0]).toMatch(/peramban/);
  });

  it('does not try to fetch when electron/install.js is absent', async () => {
    const { steps, calls } = fakeSteps({ findElectron: () => null, canInstallElectron: false });
    await runStart(steps);
    expect(calls).toEqual(['web']);
  });

  it('falls back to the browser when the native build fails, without launching Electron', async () => {
    const { steps, calls, lines } = fakeSteps({
      ensureBinding: () => {
        throw new Error('lihat/see .cache/electron-native/45.5.0-linux-x64.log');
      },
    });
    expect(await runStart(steps)).toBe(0);
    expect(calls).toEqual(['web']);
    expect(lines).toEqual([
      expect.stringMatching(
        /^SQLite untuk Electron tidak dapat disiapkan .*45\.5\.0-linux-x64\.log/,
      ),
    ]);
  });

  it('falls back when the binary cannot be started at all', async () => {
    const { steps, calls, lines } = fakeSteps({
      launchElectron: async () => ({ spawnError: 'spawn EACCES' }),
    });
    await runStart(steps);
    expect(calls).toEqual(['binding', 'web']);
    expect(lines[0]).toMatch(/^Electron tidak dapat dijalankan \(spawn EACCES\)/);
  });

  it('serves the browser when Linux has no display (SSH, CI) instead of letting Electron crash', async () => {
    const { steps, calls, lines } = fakeSteps({ hasDisplay: false });
    await runStart(steps);
    expect(calls).toEqual(['web']);
    expect(lines).toEqual([expect.stringMatching(/^Tidak ada layar grafis untuk Electron/)]);
  });

  it('LINIMASA_WEB=1 goes straight to the browser', async () => {
    const { steps, calls } = fakeSteps({ env: { LINIMASA_WEB: '1' } });
    await runStart(steps);
    expect(calls).toEqual(['web']);
  });

  it("propagates the app's exit code, and a signal as 128 + n", async () => {
    expect(
      await runStart(fakeSteps({ launchElectron: async () => ({ code: 3, signal: null }) }).steps),
    ).toBe(3);
    expect(
      await runStart(
        fakeSteps({ launchElectron: async () => ({ code: null, signal: 'SIGTERM' }) }).steps,
      ),
    ).toBe(143);
    const web = fakeSteps({
      findElectron: () => null,
      launchWeb: async () => ({ code: 2, signal: null }),
    });
    expect(await runStart(web.steps)).toBe(2);
  });
});

describe('start helpers', () => {
  it('keeps the fallback line on one line whatever the detail holds', () => {
    expect(fallbackLine('no-electron', 'first\nsecond\r\nthird')).not.toMatch(/[\r\n]/);
    expect(() => fallbackLine('nonsense' as never)).toThrow();
  });

  it('gives Electron the binding path and drops ELECTRON_RUN_AS_NODE', () => {
    const env = electronEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' }, '/b.node');
    expect(env).toEqual({ PATH: '/bin', LINIMASA_ELECTRON_SQLITE_BINDING: '/b.node' });
  });

  it('knows when Linux has a display', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':99' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });

  it('maps exits', () => {
    expect(exitCodeFor(0, null)).toBe(0);
    expect(exitCodeFor(null, 'SIGINT')).toBe(130);
    expect(exitCodeFor(null, null)).toBe(1);
  });
});
