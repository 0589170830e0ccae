import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  browserOpenCommand,
  hostUrlIn,
  openHostInBrowser,
  watchForHostUrl,
} from '../../../scripts/lib/open-browser.mjs';
import { supervise } from '../../../scripts/lib/supervise.mjs';

const url = 'http://127.0.0.1:41234/?token=0123abcd';
const desktop = { env: {}, hasDisplay: true };

describe('hostUrlIn', () => {
  it("finds the host's address in the line it prints", () => {
    expect(hostUrlIn(`Linimasa siap. Buka di peramban / open in a browser: ${url}`)).toBe(url);
    expect(hostUrlIn('Data: /home/humas/.config/Linimasa  (Ctrl+C untuk berhenti)')).toBeNull();
    expect(hostUrlIn('lihat https://example.org/')).toBeNull();
  });
});

describe('watchForHostUrl', () => {
  it('finds the address once, even split across chunks', () => {
    const seen: string[] = [];
    const tee = watchForHostUrl((found) => seen.push(found));
    tee(
      'Membangun tampilan…\nLinimasa siap. Buka di peramban / open in a browser: http://127.0.0.1:4',
    );
    expect(seen).toEqual([]);
    tee('1234/?token=0123abcd\nData: /tmp/x\n');
    tee(`again: ${url}\n`);
    expect(seen).toEqual([url]);
  });
});

describe('browserOpenCommand', () => {
  it('uses the platform opener', () => {
    expect(browserOpenCommand(url, { platform: 'linux', ...desktop })).toEqual({
      command: 'xdg-open',
      args: [url],
    });
    expect(browserOpenCommand(url, { platform: 'darwin', ...desktop })).toEqual({
      command: 'open',
      args: [url],
    });
    expect(
      browserOpenCommand(url, {
        platform: 'win32',
        env: { ComSpec: 'C:\\Windows\\system32\\cmd.exe' },
        hasDisplay: true,
      }),
    ).toEqual({
      command: 'C:\\Windows\\system32\\cmd.exe',
      args: ['/d', '/s', '/c', `start "" "${url}"`],
      windowsVerbatimArguments: true,
    });
  });

  it('opens nothing in CI, when asked not to, without a display, or for another address', () => {
    expect(
      browserOpenCommand(url, { platform: 'linux', env: { CI: 'true' }, hasDisplay: true }),
    ).toBeNull();
    expect(
      browserOpenCommand(url, {
        platform: 'win32',
        env: { LINIMASA_NO_BROWSER: '1' },
        hasDisplay: true,
      }),
    ).toBeNull();
    expect(browserOpenCommand(url, { platform: 'linux', env: {}, hasDisplay: false })).toBeNull();
    expect(
      browserOpenCommand('https://example.org/', { platform: 'linux', ...desktop }),
    ).toBeNull();
    expect(browserOpenCommand(`${url}" & calc & "`, { platform: 'win32', ...desktop })).toBeNull();
  });
});

/** A stand-in for node:child_process spawn: records the call, then exits or fails as told. */
function fakeSpawn(outcome: { exit: number } | { error: string } | { throws: string }) {
  const calls: { command: string; args: string[] }[] = [];
  const spawn = (command: string, args: string[]) => {
    calls.push({ command, args });
    if ('throws' in outcome)
      throw Object.assign(new Error(outcome.throws), { code: outcome.throws });
    const child = Object.assign(new EventEmitter(), { unref: () => undefined });
    setImmediate(() => {
      if ('error' in outcome)
        child.emit('error', Object.assign(new Error('x'), { code: outcome.error }));
      else child.emit('exit', outcome.exit);
    });
    return child;
  };
  return { spawn, calls };
}

describe('openHostInBrowser', () => {
  it("runs the platform's opener with the host's address", async () => {
    const { spawn, calls } = fakeSpawn({ exit: 0 });
    const log = vi.fn();
    await expect(
      openHostInBrowser(url, { platform: 'linux', ...desktop, spawn, log }),
    ).resolves.toBe('opened');
    expect(calls).toEqual([{ command: 'xdg-open', args: [url] }]);
    expect(log).not.toHaveBeenCalled();
  });

  it('says so, pointing at the printed address, when the opener is missing, fails or throws', async () => {
    for (const outcome of [{ error: 'ENOENT' }, { exit: 3 }, { throws: 'EACCES' }]) {
      const { spawn } = fakeSpawn(outcome);
      const log = vi.fn();
      await expect(
        openHostInBrowser(url, { platform: 'linux', ...desktop, spawn, log }),
      ).resolves.toBe('failed');
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/buka alamat di atas di peramban/));
    }
  });

  it('launches nothing in CI or without a display, and says where the address is', async () => {
    const { spawn, calls } = fakeSpawn({ exit: 0 });
    const log = vi.fn();
    await expect(
      openHostInBrowser(url, {
        platform: 'linux',
        env: { CI: 'true' },
        hasDisplay: true,
        spawn,
        log,
      }),
    ).resolves.toBe('skipped');
    await expect(
      openHostInBrowser(url, { platform: 'linux', env: {}, hasDisplay: false, spawn, log }),
    ).resolves.toBe('skipped');
    expect(calls).toEqual([]);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/alamat di atas/));
  });

  it.skipIf(process.platform === 'win32')(
    "npm start's wiring: the host's address reaches the terminal even when the browser cannot open",
    async () => {
      // A real child prints the host's line, as src/main/web/cli.ts does; the opener fails.
      const { spawn, calls } = fakeSpawn({ error: 'ENOENT' });
      const logged: string[] = [];
      const opened: Promise<string>[] = [];
      const written: string[] = [];
      const write = vi
        .spyOn(process.stdout, 'write')
        .mockImplementation((chunk: string | Uint8Array) => {
          written.push(String(chunk));
          return true;
        });
      try {
        const line = `Linimasa siap. Buka di peramban / open in a browser: ${url}`;
        const result = await supervise(
          process.execPath,
          ['-e', `console.log(${JSON.stringify(line)})`],
          {},
          {
            stdout: watchForHostUrl((found) =>
              opened.push(
                openHostInBrowser(found, {
                  platform: 'linux',
                  ...desktop,
                  spawn,
                  log: (text) => logged.push(text),
                }),
              ),
            ),
          },
        );
        expect(result).toEqual({ code: 0, signal: null });
        await expect(Promise.all(opened)).resolves.toEqual(['failed']);
      } finally {
        write.mockRestore();
      }
      expect(written.join('')).toContain(url);
      expect(calls).toEqual([{ command: 'xdg-open', args: [url] }]);
      expect(logged).toEqual([
        'Peramban bawaan tidak dapat dibuka (xdg-open: ENOENT); buka alamat di atas di peramban.',
      ]);
    },
  );
});
