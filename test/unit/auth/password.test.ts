import { describe, expect, it } from 'vitest';
import {
  currentParams,
  hashPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from '../../../src/main/auth/password';
import { lockWaitMs } from '../../../src/shared/domain/accounts';

const fast = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one, with a fresh salt each time', async () => {
    const one = await hashPassword('kopi tubruk pagi', fast);
    const two = await hashPassword('kopi tubruk pagi', fast);
    expect(one.salt.equals(two.salt)).toBe(false);
    expect(one.hash.equals(two.hash)).toBe(false);
    expect(one.params).toEqual(fast);
    expect(await verifyPassword('kopi tubruk pagi', one)).toBe(true);
    expect(await verifyPassword('kopi tubruk pagI', one)).toBe(false);
  });

  it('verifies with the parameters recorded in the hash, not the current ones', async () => {
    const old = await hashPassword('sandi lama sekali', { ...fast, N: 2 ** 9 });
    expect(await verifyPassword('sandi lama sekali', old)).toBe(true);
    expect(needsRehash(old.params, fast)).toBe(true);
    expect(needsRehash(fast, fast)).toBe(false);
  });

  it('a stored hash of another length never matches (no exception from timingSafeEqual)', async () => {
    const stored = await hashPassword('panjang berbeda', fast);
    const truncated = { ...stored, hash: stored.hash.subarray(0, 16) };
    expect(await verifyPassword('panjang berbeda', truncated)).toBe(false);
  });

  it('uses memory-hard defaults of at least 32 MiB', () => {
    expect(128 * currentParams.N * currentParams.r * currentParams.p).toBeGreaterThanOrEqual(
      32 * 1024 * 1024,
    );
  });

  it('refuses short and common passwords only', () => {
    expect(passwordProblem('pendek')).toBe('tooShort');
    expect(passwordProblem('Password123')).toBe('common');
    expect(passwordProblem('rahasia123')).toBe('common');
    expect(passwordProblem('jadwal humas desember')).toBeNull();
    expect(passwordProblem('abcdefgh')).toBeNull();
  });
});

describe('lock waits', () => {
  it('are free for four failures, then 1, 2, 4, 8 minutes, at most a day', () => {
    expect([1, 2, 3, 4].map(lockWaitMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => lockWaitMs(n) / 60_000)).toEqual([1, 2, 4, 8]);
    expect(lockWaitMs(40)).toBe(24 * 60 * 60_000);
  });
});
