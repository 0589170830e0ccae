import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { authService } from '../../../src/main/services/auth';
import { peopleService } from '../../../src/main/services/people';
import type { AppError } from '../../../src/shared/api/errors';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const fast = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };
const minutes = (n: number) => n * 60_000;

/** A fresh office with a fake clock; `clock.ms` moves only when a test moves it. */
function office() {
  const { db } = openDatabase(join(tempDir(), 'linimasa.db'));
  closers.push(() => db.close());
  const clock = { ms: Date.parse('2026-12-01T01:00:00Z') };
  const auth = authService(db, { now: () => clock.ms, hashParams: fast });
  return { db, auth, clock, people: peopleService(db) };
}
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

async function withAdmin() {
  const o = office();
  expect(o.auth.state()).toBe('new');
  const first = await o.auth.setup(
    { name: 'Sri Admin', userName: 'sri', password: 'jadwal humas aman' },
    'pc',
  );
  expect(o.auth.state()).toBe('ready');
  return { ...o, admin: first.signedIn.person, adminSession: first.sessionId };
}

describe('auth service', () => {
  it('creates the first administrator, who is signed in at once', async () => {
    const { auth, admin, adminSession } = await withAdmin();
    expect(admin.role).toBe('admin');
    expect(auth.check(adminSession).person.id).toBe(admin.id);
    const again = await refusal(
      auth.setup({ name: 'Lain', userName: 'lain', password: 'jadwal humas aman' }, 'pc'),
    );
    expect(again.key).toBe('auth.setupDone');
  });

  it('gives the same answer for an unknown user name and a wrong password', async () => {
    const { auth } = await withAdmin();
    const unknown = await refusal(auth.signIn({ userName: 'tidakada', password: 'x' }, 'pc'));
    const wrong = await refusal(auth.signIn({ userName: 'sri', password: 'salah sekali' }, 'pc2'));
    expect(unknown.code).toBe('unauthorized');
    expect(wrong.code).toBe('unauthorized');
    expect(unknown.message).toBe('Nama pengguna atau kata sandi salah.');
    expect(wrong.message).toBe(unknown.message);
  });

  it('locks a user name after five failures for 1, then 2 minutes, and shows the wait', async () => {
    const { auth, clock } = await withAdmin();
    // Each try from another client: the user name alone locks.
    for (let i = 1; i <= 4; i++) {
      const error = await refusal(
        auth.signIn({ userName: 'sri', password: `salah ${i}` }, `c${i}`),
      );
      expect(error.key).toBe('auth.wrongCredentials');
    }
    const fifth = await refusal(auth.signIn({ userName: 'SRI', password: 'salah 5' }, 'c5'));
    expect(fifth.key).toBe('auth.locked');
    expect(fifth.params).toMatchObject({ minutes: 1 });
    // Locked: even the right password is refused, without a hash.
    clock.ms += 30_000;
    const during = await refusal(
      auth.signIn({ userName: 'sri', password: 'jadwal humas aman' }, 'c6'),
    );
    expect(during.key).toBe('auth.locked');
    expect(during.params).toMatchObject({ seconds: 30 });
    clock.ms += 31_000;
    const sixth = await refusal(auth.signIn({ userName: 'sri', password: 'salah 6' }, 'c7'));
    expect(sixth.params).toMatchObject({ minutes: 2 });
    clock.ms += minutes(2) + 1;
    const ok = await auth.signIn({ userName: 'sri', password: 'jadwal humas aman' }, 'c8');
    expect(ok.signedIn.person.name).toBe('Sri Admin');
    // A success clears the count.
    const after = await refusal(auth.signIn({ userName: 'sri', password: 'salah 7' }, 'c9'));
    expect(after.key).toBe('auth.wrongCredentials');
  });

  it('locks a client after five failures whatever user names it tries', async () => {
    const { auth } = await withAdmin();
    for (let i = 1; i <= 4; i++) {
      await refusal(auth.signIn({ userName: `tebak${i}`, password: 'salah sekali' }, 'penyerang'));
    }
    const fifth = await refusal(auth.signIn({ userName: 'tebak5', password: 'x' }, 'penyerang'));
    expect(fifth.key).toBe('auth.locked');
    const elsewhere = await auth.signIn({ userName: 'sri', password: 'jadwal humas aman' }, 'pc');
    expect(elsewhere.sessionId).toMatch(/^[\w-]{43}$/);
  });

  it('locks an idle session after the configured minutes and logs it', async () => {
    const { auth, clock, adminSession } = await withAdmin();
    clock.ms += minutes(29);
    expect(auth.check(adminSession).person.name).toBe('Sri Admin');
    clock.ms += minutes(29);
    expect(auth.check(adminSession).person.name).toBe('Sri Admin');
    clock.ms += minutes(30) + 1;
    expect(() => auth.check(adminSession)).toThrow(/tidak dipakai/);
    expect(() => auth.check(adminSession)).toThrow(/Silakan masuk/);
    expect(auth.securityLog(10).map((entry) => entry.event)).toContain('idle_lock');
  });

  it('a password change ends the person’s other sessions, a reset ends all of them', async () => {
    const { auth, admin, adminSession, people } = await withAdmin();
    const other = await auth.signIn({ userName: 'sri', password: 'jadwal humas aman' }, 'laptop');
    await auth.changePassword(
      { person: admin, sessionId: adminSession },
      { currentPassword: 'jadwal humas aman', newPassword: 'kalender desember baru' },
    );
    expect(auth.check(adminSession).person.id).toBe(admin.id);
    expect(() => auth.check(other.sessionId)).toThrow(/Silakan masuk/);

    const rina = people.create({ name: 'Rina Wulandari', role: 'planner' });
    const actor = { kind: 'person' as const, person: admin, sessionId: adminSession };
    auth.setUserName(actor, rina, 'rina');
    const noPassword = await refusal(
      auth.signIn({ userName: 'rina', password: 'apa saja ini' }, 'pc'),
    );
    expect(noPassword.key).toBe('auth.wrongCredentials');
    const reset = await auth.resetPassword(actor, rina.id);
    expect(reset.oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const first = await auth.signIn({ userName: 'rina', password: reset.oneTimePassword }, 'pc');
    expect(first.signedIn.mustChangePassword).toBe(true);
    await auth.resetPassword(actor, rina.id);
    expect(() => auth.check(first.sessionId)).toThrow(/Silakan masuk/);
  });

  it('refuses short and common new passwords', async () => {
    const { auth, admin, adminSession } = await withAdmin();
    const actor = { person: admin, sessionId: adminSession };
    const short = await refusal(
      auth.changePassword(actor, { currentPassword: 'jadwal humas aman', newPassword: 'pendek' }),
    );
    expect(short.key).toBe('auth.passwordTooShort');
    const common = await refusal(
      auth.changePassword(actor, {
        currentPassword: 'jadwal humas aman',
        newPassword: 'Password123',
      }),
    );
    expect(common.key).toBe('auth.passwordCommon');
  });

  it('logs sign-in, failure, lock, sign-out, reset and role change, naming the CLI and its OS user', async () => {
    const { auth, admin, adminSession, people } = await withAdmin();
    for (let i = 0; i < 5; i++) await refusal(auth.signIn({ userName: 'x', password: 'y' }, 'pc'));
    const rina = people.create({ name: 'Rina', role: 'planner' });
    const cli = { kind: 'local' as const, osUser: 'operator' };
    await auth.resetPassword(cli, rina.id);
    const promoted = people.update({ id: rina.id, role: 'approver' });
    auth.personChanged(cli, rina, promoted);
    auth.signOut(adminSession, admin);
    const log = auth.securityLog(100);
    const events = log.map((entry) => entry.event);
    for (const event of [
      'password_set',
      'sign_in',
      'sign_in_failed',
      'locked',
      'password_reset',
      'role_changed',
      'sign_out',
    ]) {
      expect(events).toContain(event);
    }
    const reset = log.find((entry) => entry.event === 'password_reset')!;
    expect(reset.actor).toBe('CLI di komputer ini (operator)');
    expect(log.find((entry) => entry.event === 'role_changed')!.detail).toBe('planner → approver');
  });

  it('opens an upgraded office in the setup state until an administrator sets a password', async () => {
    const o = office();
    o.people.create({ name: 'Rina', role: 'planner' });
    const boss = o.people.create({ name: 'Pak Kabag', role: 'admin' });
    expect(o.auth.state()).toBe('setup');
    expect(o.auth.setupCandidates().map((c) => c.name)).toEqual(['Pak Kabag']);
    const notAdmin = await refusal(
      o.auth.setup(
        { personId: o.people.list(false)[1]!.id, userName: 'rina', password: 'jadwal humas aman' },
        'pc',
      ),
    );
    expect(notAdmin.key).toBe('auth.setupNotAdmin');
    await o.auth.setup(
      { personId: boss.id, userName: 'kabag', password: 'jadwal humas aman' },
      'pc',
    );
    expect(o.auth.state()).toBe('ready');
  });
});
