import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/main/api/caller';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { sessionKey } from '../../../src/main/operations/session-key';
import type { ApiResult } from '../../../src/shared/api/errors';
import type { HostStatus } from '../../../src/shared/domain/host-status';
import { image, put } from '../assets/fixtures';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
let app: LinimasaApp | undefined;
afterEach(() => app?.close());

const password = 'jadwal humas aman';
const caller = (sessionId: string, client = 'test'): Caller => ({
  sessionId,
  client,
  setSession: () => undefined,
});

/** An office with a signed-in administrator (a desktop window) and a planner in a browser. */
async function office() {
  app = openApp(join(tempDir(), 'data'));
  const { auth } = app.services;
  const admin = await auth.setup({ name: 'Sri Admin', userName: 'sri', password }, 'jendela 1');
  const created = await app.dispatch(
    'people.create',
    { name: 'Rina Perencana', role: 'planner', userName: 'rina' },
    caller(admin.sessionId),
  );
  expect(created.ok).toBe(true);
  const rinaId = (created as { value: { id: string } }).value.id;
  const { oneTimePassword } = await auth.resetPassword({ kind: 'local', osUser: 't' }, rinaId);
  const rina = await auth.signIn({ userName: 'rina', password: oneTimePassword }, 'http 127.0.0.2');
  return { app, admin: admin.sessionId, rina: rina.sessionId, rinaId };
}

async function status(a: LinimasaApp, sessionId: string): Promise<HostStatus> {
  const reply = (await a.dispatch(
    'operations.status',
    {},
    caller(sessionId),
  )) as ApiResult<HostStatus>;
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}

describe('operations.status', () => {
  it('lists who is signed in, from where, since when, and whether their page listens', async () => {
    const { app, admin, rina } = await office();
    app.services.hostStatus.useLiveSessions(() => new Map([[sessionKey(rina), 2]]));
    const seen = await status(app, admin);
    expect(seen.sessions).toHaveLength(2);
    const byName = Object.fromEntries(seen.sessions.map((s) => [s.name, s]));
    expect(byName['Rina Perencana']).toMatchObject({
      role: 'planner',
      client: 'http 127.0.0.2',
      liveStreams: 2,
      own: false,
    });
    expect(byName['Sri Admin']).toMatchObject({
      role: 'admin',
      client: 'jendela 1',
      liveStreams: 0,
      own: true,
    });
    for (const session of seen.sessions) {
      expect(session.ref).toMatch(/^[0-9a-f]{16}$/);
      expect(Date.parse(session.lastActivityAt)).toBeGreaterThanOrEqual(
        Date.parse(session.signedInAt),
      );
    }
    // Neither the session id nor its stored hash leaves the host.
    const text = JSON.stringify(seen);
    for (const secret of [admin, rina, sessionKey(admin), sessionKey(rina)])
      expect(text).not.toContain(secret);
  });

  it('reports the computer: version, uptime, disk, database, assets and the last backup', async () => {
    const { app, admin } = await office();
    const before = await status(app, admin);
    expect(before.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(before.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(before.disk!.total).toBeGreaterThan(0);
    expect(before.disk!.free).toBeGreaterThan(0);
    expect(before.databaseBytes).toBeGreaterThan(0);
    expect(before.assets).toEqual({ count: 0, bytes: 0 });
    expect(before.lastBackup).toBeNull();
    expect(before.warnings).toContainEqual({ code: 'backupNone' });

    const photo = put(tempDir(), 'upacara.jpg', await image('jpeg', { width: 64, height: 48 }));
    expect((await app.library.importPaths([photo])).imported).toBe(1);
    const backup = await app.dispatch('backup.create', {}, caller(admin));
    expect(backup.ok).toBe(true);

    const after = await status(app, admin);
    expect(after.assets.count).toBe(1);
    expect(after.assets.bytes).toBeGreaterThan(0);
    expect(after.lastBackup).toMatchObject({
      name: (backup as { value: { name: string } }).value.name,
    });
    expect(after.lastBackup!.bytes).toBeGreaterThan(0);
    expect(after.warnings.map((w) => w.code)).not.toContain('backupNone');
  });

  it('leaves out sessions the idle lock or an expiry has ended', async () => {
    const { app, admin, rina } = await office();
    const listed = async () => (await status(app, admin)).sessions.map((s) => s.name).sort();
    expect(await listed()).toEqual(['Rina Perencana', 'Sri Admin']);
    // Idle for longer than the office's idle lock (30 minutes): the next request would be refused.
    const idle = new Date(Date.now() - 31 * 60_000).toISOString();
    app.db
      .prepare('UPDATE sessions SET last_used_at = ? WHERE id_hash = ?')
      .run(idle, sessionKey(rina));
    expect(await listed()).toEqual(['Sri Admin']);
    app.db
      .prepare('UPDATE sessions SET last_used_at = ?, expires_at = ? WHERE id_hash = ?')
      .run(new Date().toISOString(), new Date(Date.now() - 1000).toISOString(), sessionKey(rina));
    expect(await listed()).toEqual(['Sri Admin']);
  });

  it('is refused to anyone but an administrator', async () => {
    const { app, rina } = await office();
    const reply = await app.dispatch('operations.status', {}, caller(rina));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('operations.endSession ("Keluarkan")', () => {
  it('ends that session at once and logs who ended it', async () => {
    const { app, admin, rina, rinaId } = await office();
    expect((await app.dispatch('settings.get', {}, caller(rina))).ok).toBe(true);
    const ref = (await status(app, admin)).sessions.find((s) => s.name === 'Rina Perencana')!.ref;

    const ended = await app.dispatch('operations.endSession', { ref }, caller(admin));
    expect(ended).toEqual({ ok: true, value: { ended: true } });

    expect(await app.dispatch('settings.get', {}, caller(rina))).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    expect((await status(app, admin)).sessions.map((s) => s.name)).toEqual(['Sri Admin']);
    const [entry] = app.services.auth.securityLog(1);
    expect(entry).toMatchObject({
      event: 'session_ended',
      personId: rinaId,
      userName: 'rina',
      actor: 'Sri Admin',
      client: 'http 127.0.0.2',
    });
    // A second click on a list not yet refreshed says the session is gone.
    expect(await app.dispatch('operations.endSession', { ref }, caller(admin))).toMatchObject({
      ok: false,
      error: { code: 'not_found', key: 'operations.sessionGone' },
    });
  });

  it('refuses one’s own session, an unknown one, and a planner', async () => {
    const { app, admin, rina } = await office();
    const own = (await status(app, admin)).sessions.find((s) => s.own)!.ref;
    expect(await app.dispatch('operations.endSession', { ref: own }, caller(admin))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'operations.ownSession' },
    });
    expect(
      await app.dispatch('operations.endSession', { ref: '0123456789abcdef' }, caller(admin)),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.dispatch('operations.endSession', { ref: own }, caller(rina))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await app.dispatch('settings.get', {}, caller(admin))).ok).toBe(true);
  });
});
