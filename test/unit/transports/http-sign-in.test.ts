import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { seedDemo } from '../../../src/main/cli/seed-demo';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transports/http';
import { methodNames } from '../../../src/shared/api/contract';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const token = 'test-token-sign-in-0123456789';
let app: LinimasaApp;
let http: HttpTransport;
afterEach(async () => {
  await http?.close();
  await app?.shutdown();
});

async function start() {
  app = openApp(join(tempDir(), 'data'));
  http = await startHttpTransport({
    dispatch: app.dispatch,
    token,
    signedIn: (sessionId) => app.services.auth.isLive(sessionId),
    renderer: async () => new Response('renderer'),
    media: async () => new Response('media'),
  });
}

async function call(method: string, body: unknown, cookie = '') {
  const res = await fetch(`${http.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linimasa-token': token, cookie },
    body: JSON.stringify(body),
  });
  return { status: res.status, setCookie: res.headers.get('set-cookie'), body: await res.text() };
}

/** Signs in over HTTP and returns the cookie the browser would send back. */
async function signIn(userName: string, password: string): Promise<string> {
  const res = await call('auth.signIn', { userName, password });
  expect(res.status, res.body).toBe(200);
  expect(res.setCookie).toMatch(/^linimasa_signin=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\//);
  return res.setCookie!.split(';')[0]!;
}

describe('sign-in over HTTP', () => {
  it('answers 401 without a session, forbidden to a planner approving, 401 after a password change', async () => {
    await start();
    expect((await call('settings.get', {})).status).toBe(401);
    expect(JSON.parse((await call('settings.get', {})).body)).toMatchObject({
      error: { code: 'unauthorized', key: 'auth.signInRequired' },
    });
    await app.services.auth.setup(
      { name: 'Admin', userName: 'admin', password: 'jadwal humas aman' },
      't',
    );
    const admin = await signIn('admin', 'jadwal humas aman');
    const rina = JSON.parse(
      (await call('people.create', { name: 'Rina', role: 'planner', userName: 'rina' }, admin))
        .body,
    ).value;
    const reset = JSON.parse((await call('auth.resetPassword', { id: rina.id }, admin)).body).value;
    let planner = await signIn('rina', reset.oneTimePassword);
    // A one-time password must be changed before anything else.
    expect(JSON.parse((await call('posts.tags', {}, planner)).body)).toMatchObject({
      error: { code: 'forbidden', key: 'auth.mustChangePassword' },
    });
    expect(
      (
        await call(
          'auth.changePassword',
          { currentPassword: reset.oneTimePassword, newPassword: 'kalender rina aman' },
          planner,
        )
      ).status,
    ).toBe(200);
    const post = JSON.parse(
      (await call('posts.create', { title: 'Pengumuman' }, planner)).body,
    ).value;
    expect(post.createdBy ?? rina.id).toBe(rina.id);
    const submitted = JSON.parse(
      (
        await call(
          'posts.transition',
          { id: post.id, version: post.version, action: 'submit', acknowledgeWarnings: true },
          planner,
        )
      ).body,
    );
    expect(submitted.ok).toBe(true);
    const approve = JSON.parse(
      (
        await call(
          'posts.transition',
          { id: post.id, version: submitted.value.version, action: 'approve' },
          planner,
        )
      ).body,
    );
    expect(approve).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The request cannot name someone else: actorId is not part of any request.
    const named = JSON.parse(
      (await call('posts.create', { title: 'X', actorId: rina.id }, admin)).body,
    );
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid_request' } });

    const laptop = await signIn('rina', 'kalender rina aman');
    await call(
      'auth.changePassword',
      { currentPassword: 'kalender rina aman', newPassword: 'kalender rina baru' },
      planner,
    );
    expect((await call('posts.tags', {}, laptop)).status).toBe(401);
    expect((await call('posts.tags', {}, planner)).status).toBe(200);
    planner = '';
    expect((await call('posts.tags', {}, planner)).status).toBe(401);
  });

  it('never answers with a password hash or salt, whatever method is called', async () => {
    await start();
    await seedDemo(app.dispatchAs, '2026-12-15');
    await app.services.auth.setup(
      {
        personId: app.services.people.list(false).find((p) => p.role === 'admin')!.id,
        userName: 'admin',
        password: 'jadwal humas aman',
      },
      't',
    );
    for (const person of app.services.people.list(false).filter((p) => p.role !== 'admin')) {
      await app.services.auth
        .resetPassword({ kind: 'local', osUser: 'test' }, person.id)
        .catch(() => undefined);
    }
    const admin = await signIn('admin', 'jadwal humas aman');
    await call(
      'auth.changePassword',
      { currentPassword: 'jadwal humas aman', newPassword: 'jadwal humas aman 2' },
      admin,
    );
    // Every secret stored, in the forms a leak could take.
    const secrets = (
      app.db
        .prepare(
          'SELECT password_hash AS h, password_salt AS s FROM accounts WHERE password_hash IS NOT NULL',
        )
        .all() as { h: Buffer; s: Buffer }[]
    ).flatMap(({ h, s }) =>
      [h, s].flatMap((b) => [b.toString('hex'), b.toString('base64'), b.toString('base64url')]),
    );
    expect(secrets.length).toBeGreaterThan(10);
    const seen: string[] = [];
    for (const method of methodNames.filter((m) => m !== 'auth.signOut')) {
      seen.push((await call(method, {}, admin)).body);
      seen.push((await call(method, { includeInactive: true }, admin)).body);
    }
    seen.push((await call('auth.securityLogCsv', {}, admin)).body);
    const all = seen.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/password_hash|passwordHash|password_salt/);
  });
});
