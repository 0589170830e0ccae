import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

const electron = vi.hoisted(() => {
  class FakeContents {
    readonly listeners = new Map<string, Listener>();
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }
  const session = {
    requestHandler: undefined as Listener | undefined,
    checkHandler: undefined as Listener | undefined,
    headersHandler: undefined as Listener | undefined,
    setPermissionRequestHandler(handler: Listener) {
      this.requestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener) {
      this.checkHandler = handler;
    },
    webRequest: {
      onHeadersReceived(handler: Listener) {
        session.headersHandler = handler;
      },
    },
  };
  const appListeners = new Map<string, Listener>();
  return {
    FakeContents,
    session,
    appListeners,
    openExternal: vi.fn(async (_url: string) => undefined),
  };
});

vi.mock('electron', () => ({
  app: { on: (event: string, listener: Listener) => electron.appListeners.set(event, listener) },
  session: { defaultSession: electron.session },
  shell: { openExternal: electron.openExternal },
}));

import { installWebSecurity } from '../../../src/main/electron/web-security';

const appOrigin = 'linimasa://app';

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

let contents: InstanceType<typeof electron.FakeContents>;

beforeEach(() => {
  electron.appListeners.clear();
  electron.session.requestHandler = undefined;
  electron.session.checkHandler = undefined;
  electron.session.headersHandler = undefined;
  electron.openExternal.mockClear();
  installWebSecurity({ appOrigin });
  contents = new electron.FakeContents();
  const created = electron.appListeners.get('web-contents-created') as (
    event: unknown,
    c: unknown,
  ) => void;
  created({}, contents);
});

const fire = (event: string, ...args: unknown[]) =>
  (contents.listeners.get(event) as (...a: unknown[]) => void)(...args);

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'])(
    '%s stays on the app but goes nowhere else',
    (event) => {
      const inside = navigationEvent('linimasa://app/kalender');
      fire(event, inside);
      expect(inside.preventDefault).not.toHaveBeenCalled();

      for (const url of [
        'https://kominfo.go.id/',
        'file:///etc/passwd',
        'linimasa://media/assets/ab/x.svg',
        'javascript:alert(1)',
      ]) {
        const outside = navigationEvent(url);
        fire(event, outside);
        expect(outside.preventDefault, url).toHaveBeenCalledOnce();
      }
      expect(electron.openExternal).not.toHaveBeenCalled();
    },
  );

  it('refuses <webview>', () => {
    const event = { preventDefault: vi.fn() };
    fire('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('new windows', () => {
  it('never opens one, and sends plain web links to the browser', () => {
    expect(
      contents.windowOpenHandler?.({ url: 'https://www.instagram.com/humas.pemkab/' }),
    ).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://www.instagram.com/humas.pemkab/',
    );
  });

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'linimasa://app/index.html',
    'https://kominfo.go.id@evil.example/',
    'javascript:alert(1)',
  ])('denies %s without opening it anywhere', (url) => {
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(electron.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  const request = (permission: string, requestingUrl = 'linimasa://app/index.html') => {
    const callback = vi.fn();
    electron.session.requestHandler?.(
      ...([{}, permission, callback, { requestingUrl }] as never[]),
    );
    return callback.mock.calls[0]?.[0] as boolean | undefined;
  };
  const check = (permission: string, origin = 'linimasa://app') =>
    electron.session.checkHandler?.(...([null, permission, origin, {}] as never[]));

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'fullscreen',
    'hid',
  ])('denies %s to the app itself', (permission) => {
    expect(request(permission)).toBe(false);
    expect(check(permission)).toBe(false);
  });

  it('lets the app page copy a caption, and nobody else', () => {
    expect(request('clipboard-sanitized-write')).toBe(true);
    expect(check('clipboard-sanitized-write')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});

describe('development CSP header', () => {
  it('is not installed for the built app, which sets CSP in the protocol handler', () => {
    expect(electron.session.headersHandler).toBeUndefined();
  });

  it('is added to the dev server’s responses only', () => {
    installWebSecurity({ appOrigin: 'http://localhost:5173', devCsp: "default-src 'none'" });
    const respond = (url: string) => {
      const callback = vi.fn();
      electron.session.headersHandler?.(
        ...([{ url, responseHeaders: { 'X-Test': ['1'] } }, callback] as never[]),
      );
      return callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> };
    };
    expect(respond('http://localhost:5173/src/main.tsx').responseHeaders).toEqual({
      'X-Test': ['1'],
      'Content-Security-Policy': ["default-src 'none'"],
    });
    expect(respond('https://example.com/').responseHeaders).toEqual({ 'X-Test': ['1'] });
  });
});
