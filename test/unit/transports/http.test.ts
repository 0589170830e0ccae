import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transports/http';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const token = 'test-token-0123456789';
let app: LinimasaApp;
let http: HttpTransport;

afterEach(async () => {
  await http?.close();
  app?.close();
});

async function start() {
  app = openApp(join(tempDir(), 'data'));
  http = await startHttpTransport({
    dispatch: app.dispatch,
    token,
    signedIn: (sessionId) => app!.services.auth.isLive(sessionId),
    renderer: async (req) => new Response(`renderer ${new URL(req.url).pathname}`),
    media: async (req) => new Response(`media ${new URL(req.url).pathname}`),
  });
  // Behind the launch gate, every API call needs a signed-in person: the first administrator.
  const { sessionId } = await app.services.auth.setup(
    { name: 'Admin', userName: 'admin', password: 'jadwal humas aman' },
    'test',
  );
  signedIn = `linimasa_signin=${sessionId}`;
  return http;
}
let signedIn = '';

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${http.origin}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-linimasa-token': token,
      cookie: signedIn,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** fetch() will not let us forge the Host header, so this goes through node:http. */
function getWithHost(host: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: http.port, path, headers: { host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('http transport', () => {
  it('listens on 127.0.0.1 only', async () => {
    await start();
    expect(http.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(http.origin).toBe(`http://127.0.0.1:${http.port}`);
  });

  it('answers API calls carrying the token', async () => {
    await start();
    const res = await post('/api/channels.create', { platform: 'instagram', name: 'IG Pemkab' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      value: { platform: 'instagram', color: '#c13584' },
    });
  });

  it('refuses API and media calls without the right token', async () => {
    await start();
    const attempts: Record<string, string>[] = [
      { 'x-linimasa-token': '' },
      { 'x-linimasa-token': 'wrong' },
      { cookie: 'linimasa_session=nope' },
    ];
    for (const headers of attempts) {
      const res = await fetch(`${http.origin}/api/settings.get`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect((await fetch(`${http.origin}/media/assets/ab/x.jpg`)).status).toBe(401);
  });

  it('swaps the launch token for an HttpOnly same-site cookie that then authorises calls', async () => {
    await start();
    const login = await fetch(http.loginUrl, { redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/');
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0]!;
    const res = await fetch(`${http.origin}/api/settings.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${session}; ${signedIn}` },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ ok: true, value: { timeZone: 'Asia/Jakarta' } });
    expect((await fetch(`${http.origin}/?token=guess`, { redirect: 'manual' })).status).toBe(401);
  });

  it('gives malformed requests invalid_request naming the field', async () => {
    await start();
    const res = await post('/api/people.create', { name: 'Rina', role: 'kepala' });
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'role' },
    });
    const broken = await post('/api/people.create', '{"name": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_request' } });
    const unknown = await post('/api/people.delete_everyone', {});
    expect(unknown.status).toBe(404);
  });

  it('answers 400, not a 500 with a stack trace, to malformed percent-encoding', async () => {
    await start();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const api = await post('/api/settings.get%E0%A4%A', {});
      expect(api.status).toBe(400);
      expect(await api.json()).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      const media = await fetch(`${http.origin}/media/assets/ab/%E0%A4%A.jpg`, {
        headers: { 'x-linimasa-token': token },
      });
      expect(media.status).toBe(400);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses non-JSON posts, GETs on the API and oversized bodies', async () => {
    await start();
    expect((await post('/api/settings.get', '{}', { 'content-type': 'text/plain' })).status).toBe(
      415,
    );
    expect(
      (await fetch(`${http.origin}/api/settings.get`, { headers: { 'x-linimasa-token': token } }))
        .status,
    ).toBe(405);
    expect(
      (await post('/api/settings.update', { officeName: 'x'.repeat(2 * 1024 * 1024) })).status,
    ).toBe(413);
  });

  it('answers methods other than GET, HEAD and POST with 405', async () => {
    await start();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      expect((await fetch(`${http.origin}/index.html`, { method })).status).toBe(405);
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    await start();
    expect(await getWithHost('evil.example:80', '/')).toBe(421);
    expect(await getWithHost(`localhost:${http.port}`, '/')).toBe(200);
  });

  it('routes /media/ to the media handler and everything else to the renderer', async () => {
    await start();
    const media = await fetch(`${http.origin}/media/thumbs/ab/x.webp`, {
      headers: { 'x-linimasa-token': token, cookie: signedIn },
    });
    expect(await media.text()).toBe('media /media/thumbs/ab/x.webp');
    expect(await (await fetch(`${http.origin}/pengaturan`)).text()).toBe('renderer /pengaturan');
  });
});
