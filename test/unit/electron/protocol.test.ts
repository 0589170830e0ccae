import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type ProtocolHandler = (request: Request) => Promise<Response>;

const electron = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handlers: new Map<string, ProtocolHandler>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: ProtocolHandler) => electron.handlers.set(scheme, handler),
  },
}));

import { handleAppProtocol, registerPrivilegedSchemes } from '../../../src/main/electron/protocol';

let tmp: string;

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'linimasa-protocol-')));
  mkdirSync(join(tmp, 'renderer'));
  writeFileSync(join(tmp, 'renderer', 'index.html'), '<title>Linimasa</title>');
  mkdirSync(join(tmp, 'data', 'assets', 'ab'), { recursive: true });
  writeFileSync(join(tmp, 'data', 'assets', 'ab', 'ab12.jpg'), 'foto');
  writeFileSync(join(tmp, 'data', 'linimasa.db'), 'database');
  handleAppProtocol({
    rendererDir: join(tmp, 'renderer'),
    dataDir: join(tmp, 'data'),
    csp: "default-src 'none'",
  });
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fetchApp = (url: string) => {
  const handler = electron.handlers.get('linimasa');
  if (!handler) throw new Error('linimasa: not handled');
  return handler(new Request(url));
};

describe('linimasa: protocol', () => {
  it('is registered as a standard, secure, streaming scheme with no CSP bypass', () => {
    registerPrivilegedSchemes();
    expect(electron.privileged).toEqual([
      {
        scheme: 'linimasa',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
      },
    ]);
  });

  it('serves the renderer on the app host with its CSP', async () => {
    const response = await fetchApp('linimasa://app/index.html');
    expect(await response.text()).toBe('<title>Linimasa</title>');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  it('serves assets on the media host', async () => {
    expect(await (await fetchApp('linimasa://media/assets/ab/ab12.jpg')).text()).toBe('foto');
  });

  it('does not serve media from the app host, or anything from other hosts', async () => {
    expect((await fetchApp('linimasa://app/media/assets/ab/ab12.jpg')).status).not.toBe(200);
    expect((await fetchApp('linimasa://data/linimasa.db')).status).toBe(404);
    expect((await fetchApp('linimasa://media/linimasa.db')).status).toBe(404);
  });
});
