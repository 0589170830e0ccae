// npm start's Electron launch with a real child process standing in for an Electron that Ubuntu
// 24.04's AppArmor stops: it prints Chromium's FATAL line and aborts with SIGTRAP, as Electron
// does. The supervisor must hand that stderr and signal on, so the start plan can explain it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseElectronExit } from '../../../scripts/lib/electron-failure.mjs';
import { supervise, tailKeeper } from '../../../scripts/lib/supervise.mjs';

const fatal =
  "[77996:0908/150845.938417:FATAL:sandbox/linux/suid/client/setuid_sandbox_host.cc:166] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /repo/node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755.";

describe.skipIf(process.platform === 'win32')('supervise', () => {
  it('passes on the stderr and the SIGTRAP of an Electron that aborts at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-fake-electron-'));
    try {
      const script = join(dir, 'electron.cjs');
      writeFileSync(
        script,
        `process.stderr.write(${JSON.stringify(`${'x'.repeat(3_000)}\n${fatal}\n`)}, () => process.kill(process.pid, 'SIGTRAP'));`,
      );
      const stderr = tailKeeper(1024);
      const result = await supervise(process.execPath, [script], {}, { stderr });
      expect(result).toEqual({ code: null, signal: 'SIGTRAP' });
      // Only the tail is kept, and it holds the reason.
      expect(stderr.text().length).toBe(1024);
      const diagnosis = diagnoseElectronExit(
        { code: null, signal: 'SIGTRAP', stderr: stderr.text() },
        { platform: 'linux', userNamespacesRestricted: true },
      );
      expect(diagnosis).toMatchObject({ kind: 'apparmor', fallback: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not wait for a helper process that inherited the pipe and outlives the child', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-fake-electron-'));
    try {
      const script = join(dir, 'electron.cjs');
      writeFileSync(
        script,
        [
          "const { spawn } = require('node:child_process');",
          "const helper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });",
          "require('node:fs').writeFileSync(process.argv[2], String(helper.pid));",
          'helper.unref();',
          'process.exit(7);',
        ].join('\n'),
      );
      const helperPid = join(dir, 'helper.pid');
      const started = Date.now();
      const result = await supervise(
        process.execPath,
        [script, helperPid],
        {},
        { stderr: () => {} },
      );
      expect(result).toEqual({ code: 7, signal: null });
      expect(Date.now() - started).toBeLessThan(20_000);
      process.kill(Number(readFileSync(helperPid, 'utf8')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a binary that cannot be spawned instead of hanging', async () => {
    const result = await supervise(join(tmpdir(), 'no-such-electron-here'), ['.']);
    expect(result).toEqual({ spawnError: expect.stringMatching(/ENOENT/) });
  });
});
