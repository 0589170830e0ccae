import { describe, expect, it } from 'vitest';
import {
  electronEnv,
  exitCodeFor,
  fallbackLine,
  hasDisplay,
  runStart,
  type StartSteps,
} from '../../../scripts/lib/start-plan.mjs';

/** What Chromium prints on Ubuntu 24.04 when AppArmor refuses its sandbox (then SIGTRAP). */
const sandboxAbort =
  "[4317:0206/185050.022641:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /repo/node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755.\n";

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
      return { ok: false, failure: 'network', detail: 'lihat .cache/electron-install.log' };
    },
    machine: { platform: 'linux', userNamespacesRestricted: false },
    launchElectron: async (binary) => {
      calls.push(`electron ${binary}`);
      return { code: 0, signal: null, stderr: '' };
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
  it('launches Electron directly: one better-sqlite3 binary serves Node and Electron', async () => {
    const { steps, calls, lines } = fakeSteps();
    expect(await runStart(steps)).toBe(0);
    expect(calls).toEqual(['electron /electron/dist/electron']);
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
        return { ok: true };
      },
    });
    expect(await runStart(steps)).toBe(0);
    expect(calls).toEqual(['install', 'electron /electron/dist/electron']);
  });

  it('offline: says so in ONE line and serves the browser instead', async () => {
    const { steps, calls, lines } = fakeSteps({ findElectron: () => null });
    expect(await runStart(steps)).toBe(0);
    expect(calls).toEqual(['install', 'web']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/\n/);
    expect(lines[0]).toMatch(/^Electron belum terunduh dan tidak dapat diunduh: .*offline/);
    expect(lines[0]).toMatch(/lihat \.cache\/electron-install\.log/);
    expect(lines[0]).toMatch(/peramban/);
  });

  it('does not guess "offline" when the download failed for another reason', async () => {
    for (const failure of ['failed', 'timeout'] as const) {
      const { steps, lines } = fakeSteps({
        findElectron: () => null,
        installElectron: async () => ({ ok: false, failure, detail: 'lihat log' }),
      });
      await runStart(steps);
      expect(lines[0]).toMatch(/^Electron belum terunduh: unduhannya/);
      expect(lines[0]).not.toMatch(/offline/);
    }
    const { steps, lines } = fakeSteps({
      findElectron: () => null,
      installElectron: async () => ({ ok: true }),
    });
    await runStart(steps);
    expect(lines[0]).not.toMatch(/offline/);
  });

  it('does not try to fetch when electron/install.js is absent, and says to run npm install', async () => {
    const { steps, calls, lines } = fakeSteps({
      findElectron: () => null,
      canInstallElectron: false,
    });
    await runStart(steps);
    expect(calls).toEqual(['web']);
    expect(lines[0]).toMatch(/npm install/);
    expect(lines[0]).not.toMatch(/offline/);
  });

  it('Ubuntu 24.04 sandbox abort (SIGTRAP): explains AppArmor with the fix, then serves the browser', async () => {
    const { steps, calls, lines } = fakeSteps({
      machine: { platform: 'linux', userNamespacesRestricted: true },
      launchElectron: async () => {
        calls.push('electron');
        return { code: null, signal: 'SIGTRAP', stderr: sandboxAbort };
      },
    });
    expect(await runStart(steps)).toBe(0);
    expect(calls).toEqual(['electron', 'web']);
    const text = lines.join('\n');
    expect(text).toMatch(/AppArmor/);
    expect(text).toMatch(/sudo sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0/);
    expect(text).toMatch(/\.deb/);
    expect(lines.at(-1)).toMatch(/peramban/);
  });

  it('exit 133 with the sandbox message on a machine without the AppArmor restriction: chrome-sandbox ownership fix', async () => {
    const { steps, calls, lines } = fakeSteps({
      launchElectron: async () => {
        calls.push('electron');
        return { code: 133, signal: null, stderr: sandboxAbort };
      },
    });
    await runStart(steps);
    expect(calls).toEqual(['electron', 'web']);
    expect(lines.join('\n')).toMatch(
      /sudo chown root:root \/repo\/node_modules\/electron\/dist\/chrome-sandbox && sudo chmod 4755/,
    );
  });

  it('missing shared library: names it and the package to install, then serves the browser', async () => {
    const { steps, calls, lines } = fakeSteps({
      launchElectron: async () => {
        calls.push('electron');
        return {
          code: 127,
          signal: null,
          stderr:
            'electron: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\n',
        };
      },
    });
    await runStart(steps);
    expect(calls).toEqual(['electron', 'web']);
    expect(lines.join('\n')).toMatch(/libnss3\.so.*\n.*sudo apt-get install libnss3/);
  });

  it('an app that ran and exited with an error is reported, not replaced by the browser', async () => {
    const { steps, calls, lines } = fakeSteps({
      launchElectron: async () => {
        calls.push('electron');
        return { code: 3, signal: null, stderr: 'something\n' };
      },
    });
    expect(await runStart(steps)).toBe(3);
    expect(calls).toEqual(['electron']);
    expect(lines).toEqual([expect.stringMatching(/berhenti dengan kode 3/)]);
  });

  it('falls back when the binary cannot be started at all', async () => {
    const { steps, calls, lines } = fakeSteps({
      launchElectron: async () => ({ spawnError: 'spawn EACCES' }),
    });
    await runStart(steps);
    expect(calls).toEqual(['web']);
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
      await runStart(
        fakeSteps({ launchElectron: async () => ({ code: 0, signal: null, stderr: '' }) }).steps,
      ),
    ).toBe(0);
    expect(
      await runStart(
        fakeSteps({ launchElectron: async () => ({ code: null, signal: 'SIGTERM', stderr: '' }) })
          .steps,
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
    expect(fallbackLine('network', 'first\nsecond\r\nthird')).not.toMatch(/[\r\n]/);
    expect(() => fallbackLine('nonsense' as never)).toThrow();
  });

  it('gives Electron the environment without ELECTRON_RUN_AS_NODE and no SQLite binding path', () => {
    const env = electronEnv({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' });
    expect(env).toEqual({ PATH: '/bin' });
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
