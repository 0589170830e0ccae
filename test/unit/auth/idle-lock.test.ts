import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { authService } from '../../../src/main/services/auth';
import { useTempDir } from '../helpers';

const tempDir = useTempDir();
const fast = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };
const minutes = (n: number) => n * 60_000;
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A new office with its administrator signed in, on a clock that moves only when told. */
async function signedInOffice() {
  const { db } = openDatabase(join(tempDir(), 'linimasa.db'));
  closers.push(() => db.close());
  const clock = { ms: Date.parse('2026-12-01T01:00:00Z') };
  const auth = authService(db, { now: () => clock.ms, hashParams: fast });
  const first = await auth.setup(
    { name: 'Sri Admin', userName: 'sri', password: 'jadwal humas aman' },
    'pc',
  );
  return { auth, clock, person: first.signedIn.person, sessionId: first.sessionId };
}

describe('idle lock on the server', () => {
  it('keeps a session in use alive past the idle time, counting from its last use', async () => {
    const { auth, clock, sessionId } = await signedInOffice();
    auth.setIdleLockMinutes(10);
    for (let step = 0; step < 6; step++) {
      clock.ms += minutes(9);
      expect(auth.check(sessionId).person.name).toBe('Sri Admin');
    }
    clock.ms += minutes(10) + 1_000;
    expect(() => auth.check(sessionId)).toThrow(/tidak dipakai/);
  });

  it('follows the office’s idle time, and reports it to the window', async () => {
    const { auth, clock, person, sessionId } = await signedInOffice();
    expect(auth.me(person).idleLockMinutes).toBe(30);
    auth.setIdleLockMinutes(5);
    expect(auth.me(person).idleLockMinutes).toBe(5);
    clock.ms += minutes(5) + 1_000;
    expect(() => auth.check(sessionId)).toThrow(/tidak dipakai/);
  });

  it('a window that locks ends its session at once and logs the lock', async () => {
    const { auth, clock, person, sessionId } = await signedInOffice();
    clock.ms += minutes(1);
    auth.lock(sessionId, person);
    expect(() => auth.check(sessionId)).toThrow(/Silakan masuk/);
    const entry = auth.securityLog(10).find((logged) => logged.event === 'idle_lock');
    expect(entry).toMatchObject({ userName: 'sri', actor: 'Sri Admin', client: 'pc' });
    // Unlocking is a sign-in like any other.
    const again = await auth.signIn({ userName: 'sri', password: 'jadwal humas aman' }, 'pc');
    expect(auth.check(again.sessionId).person.id).toBe(person.id);
  });
});
