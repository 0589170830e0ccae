import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { selfSignedCertificate } from '../../../src/main/network/certificate';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transports/http';
import { useTempDir } from '../helpers';
import { apiCall, rawRequest } from './raw-request';

const tempDir = useTempDir();
const token = 'test-token-network-0123456789';
const admin = { name: 'Admin', userName: 'admin', password: 'jadwal humas aman' };
let app: LinimasaApp;
let http: HttpTransport;

afterEach(async () => {
  await http?.close();
  app?.close();
});

/** The host on 127.0.0.1 (this computer) and 127.0.0.2 (standing in for the office LAN). */
async function start(options: { tls?: boolean } = {}) {
  const dataDir = join(tempDir(), 'data');
  app = openApp(dataDir);
  const tls = options.tls
    ? await selfSignedCertificate(dataDir, { addresses: ['127.0.0.2'], names: [] })
    : undefined;
  http = await startHttpTransport({
    dispatch: app.dispatch,
    token,
    signedIn: (sessionId) => app.services.auth.isLive(sessionId),
    listen: [
      { host: '127.0.0.1', port: 0 },
      { host: '127.0.0.2', port: 0 },
    ],
    names: ['humas-pc.local'],
    tls,
    interfaces: () => ({}),
    renderer: async () => new Response('<!doctype html>renderer'),
    media: async () => new Response('media'),
    exports: async () => new Response('export'),
    upload: async () => ({ stored: true }),
  });
  await app.services.auth.setup(admin, 'test');
  return { scheme: tls ? 'https' : 'http', fingerprint: tls?.fingerprint };
}

const lan = () => `${http.origin.split(':')[0]}://127.0.0.2:${http.port}`;

async function signIn(userName: string, password: string, from?: string) {
  return apiCall(lan(), 'auth.signIn', { userName, password }, { from });
}

describe('requests over the office network (127.0.0.2)', () => {
  it('serve the page, but nothing else without a session, and need no launch token', async () => {
    await start();
    expect(http.listen.map((address) => address.host)).toEqual(['127.0.0.1', '127.0.0.2']);
    expect(http.listen[0]!.port).toBe(http.listen[1]!.port);

    const page = await rawRequest(`${lan()}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('renderer');
    // Public methods answer: the sign-in page asks them before anyone signs in.
    const info = await apiCall(lan(), 'network.info', {});
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { tls: false, fingerprint: null, network: true },
    });
    expect((await apiCall(lan(), 'auth.status', {})).status).toBe(200);
    // Everything else: 401 with the JSON error, on the API, files and the event stream.
    const refused = await apiCall(lan(), 'settings.get', {});
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', key: 'auth.signInRequired' },
    });
    for (const path of ['/media/assets/ab/ab.jpg', '/exports/1', '/events']) {
      const answer = await rawRequest(`${lan()}${path}`);
      expect(answer.status, path).toBe(401);
      // The sign-in page's words, never the local "open the printed address with the token".
      expect(JSON.parse(answer.body), path).toMatchObject({
        error: { code: 'unauthorized', key: 'auth.signInRequired' },
      });
    }
    const upload = await rawRequest(`${lan()}/upload?name=a.jpg`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(upload.status).toBe(401);
    expect(JSON.parse(upload.body)).toMatchObject({ error: { key: 'auth.signInRequired' } });

    // Signed in (no token anywhere): the API and files answer.
    const signedIn = await signIn(admin.userName, admin.password);
    expect(signedIn.status).toBe(200);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toMatch(/^linimasa_signin=/);
    expect(String(signedIn.headers['set-cookie'])).not.toMatch(/Secure/);
    const settings = await apiCall(lan(), 'settings.get', {}, { headers: { cookie } });
    expect(settings.status).toBe(200);
    expect((await rawRequest(`${lan()}/media/x.jpg`, { headers: { cookie } })).body).toBe('media');
  });

  it('keeps the launch token as the gate on 127.0.0.1', async () => {
    await start();
    const signedIn = await signIn(admin.userName, admin.password);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;
    // A session alone does not pass on this computer's own address…
    expect((await apiCall(http.origin, 'settings.get', {}, { headers: { cookie } })).status).toBe(
      401,
    );
    expect((await apiCall(http.origin, 'auth.status', {})).status).toBe(401);
    // …the launch token with it does.
    const local = await apiCall(
      http.origin,
      'network.info',
      {},
      { headers: { cookie, 'x-linimasa-token': token } },
    );
    expect(JSON.parse(local.body).value).toMatchObject({ network: false });
  });

  it('answers 421 to a Host that is not ours, and 403 to a foreign Origin', async () => {
    await start();
    const port = http.port;
    for (const host of [`127.0.0.2:${port}`, `127.0.0.1:${port}`, `humas-pc.local:${port}`]) {
      expect((await rawRequest(`${lan()}/`, { headers: { host } })).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, `127.0.0.2:${port + 1}`, '127.0.0.2']) {
      expect((await rawRequest(`${lan()}/`, { headers: { host } })).status, host).toBe(421);
    }
    const ok = await apiCall(lan(), 'auth.status', {}, { headers: { origin: lan() } });
    expect(ok.status).toBe(200);
    for (const origin of ['http://evil.example', `https://127.0.0.2:${port}`, 'null']) {
      const answer = await apiCall(lan(), 'auth.status', {}, { headers: { origin } });
      expect(answer.status, origin).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(
      (await rawRequest(`${lan()}/events`, { headers: { origin: 'http://evil.example' } })).status,
    ).toBe(403);
  });

  it('puts CSP, frame-ancestors and nosniff on every kind of answer', async () => {
    await start();
    const answers = [
      await rawRequest(`${lan()}/`), // the page (its handler's own CSP wins where it sets one)
      await apiCall(lan(), 'auth.status', {}), // JSON
      await apiCall(lan(), 'settings.get', {}), // 401
      await rawRequest(`${lan()}/`, { headers: { host: 'evil.example' } }), // 421
      await rawRequest(`${lan()}/`, { method: 'PUT' }), // 405
      await rawRequest(`${lan()}/%E0%A4%A`), // 400
      await apiCall(lan(), 'auth.status', {}, { headers: { origin: 'http://evil.example' } }), // 403
    ];
    for (const answer of answers) {
      expect(answer.headers['x-content-type-options'], String(answer.status)).toBe('nosniff');
      expect(answer.headers['content-security-policy'], String(answer.status)).toMatch(
        /frame-ancestors 'none'/,
      );
    }
  });

  it('locks sign-in per client address: one colleague’s typos never lock out another', async () => {
    await start();
    const { oneTimePassword, userName } = await (async () => {
      const people = app.services.people;
      const person = people.create({ name: 'Budi', role: 'planner' });
      const adminPerson = people.list(true).find((p) => p.name === admin.name)!;
      return app.services.auth.resetPassword(
        { kind: 'person', person: adminPerson, sessionId: null },
        person.id,
      );
    })();
    // Someone at 127.0.0.2 mistypes the administrator's password until the lock starts.
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await signIn(admin.userName, 'salah sandi sekali', '127.0.0.2');
      expect(answer.status).toBe(401);
    }
    const locked = await signIn(userName, oneTimePassword, '127.0.0.2');
    expect(JSON.parse(locked.body)).toMatchObject({ error: { key: 'auth.locked' } });
    // Budi, at another computer (127.0.0.1 reaching the LAN address), signs in all the same.
    const budi = await signIn(userName, oneTimePassword, '127.0.0.1');
    expect(budi.status, budi.body).toBe(200);
  });
});

describe('the office network over TLS', () => {
  it('serves HTTPS with the fingerprint it reports, and Secure cookies', async () => {
    const { fingerprint } = await start({ tls: true });
    expect(lan()).toMatch(/^https:/);
    const page = await rawRequest(`${lan()}/`);
    expect(page.status).toBe(200);
    expect(page.fingerprint).toBe(fingerprint);
    const info = JSON.parse((await apiCall(lan(), 'network.info', {})).body);
    expect(info.value).toEqual({
      tls: true,
      fingerprint,
      addresses: [
        { url: `https://127.0.0.2:${http.port}/`, label: '127.0.0.2' },
        { url: `https://humas-pc.local:${http.port}/`, label: 'humas-pc.local' },
      ],
      network: true,
    });
    const signedIn = await signIn(admin.userName, admin.password);
    expect(String(signedIn.headers['set-cookie'])).toMatch(
      /HttpOnly; SameSite=Strict; Path=\/; Secure/,
    );
    const login = await rawRequest(`${http.origin}/?token=${token}`);
    expect(login.status).toBe(303);
    expect(String(login.headers['set-cookie'])).toMatch(/; Secure$/);
  });
});
