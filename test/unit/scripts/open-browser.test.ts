import { describe, expect, it } from 'vitest';
import {
  browserOpenCommand,
  hostUrlIn,
  watchForHostUrl,
} from '../../../scripts/lib/open-browser.mjs';

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
