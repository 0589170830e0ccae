import { describe, expect, it } from 'vitest';
import {
  idleLeftMs,
  initials,
  newPasswordProblem,
} from '../../../../src/renderer/features/signin/model';

describe('new password form', () => {
  it('catches a short password and a repeat that differs before anything is sent', () => {
    expect(newPasswordProblem('pendek', 'pendek')).toEqual({
      field: 'newPassword',
      key: 'errors.auth.passwordTooShort',
    });
    expect(newPasswordProblem('kalender humas baru', 'kalender humas bar')).toEqual({
      field: 'repeat',
      key: 'session.password.mismatch',
    });
    expect(newPasswordProblem('kalender humas baru', 'kalender humas baru')).toBeNull();
    // Eight characters are enough; the server judges whether they are too common.
    expect(newPasswordProblem('12345678', '12345678')).toBeNull();
  });
});

describe('idle lock', () => {
  const minute = 60_000;
  it('counts from the last input, and locks at the idle time', () => {
    const input = Date.parse('2026-12-03T01:00:00Z');
    expect(idleLeftMs(input, input + 10 * minute, 30)).toBe(20 * minute);
    expect(idleLeftMs(input, input + 30 * minute, 30)).toBe(0);
    // A computer that slept through the deadline locks at once.
    expect(idleLeftMs(input, input + 5 * 60 * minute, 30)).toBeLessThan(0);
  });
});

describe('initials', () => {
  it('takes the first and last word', () => {
    expect(initials('Rina Wulandari')).toBe('RW');
    expect(initials('  budi  ')).toBe('B');
    expect(initials('Sri Wahyuni Dewi')).toBe('SD');
  });
});
