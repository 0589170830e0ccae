import { minPasswordLength } from '../../../shared/domain/accounts';

/**
 * What the new-password forms (the must-change screen, "Ganti kata sandi") check before sending:
 * the length rule and that the repeat matches. Whether the password is too common only the
 * server knows (its list stays in main); it answers with its own message.
 */
export type NewPasswordProblem =
  | { field: 'newPassword'; key: 'errors.auth.passwordTooShort' }
  | { field: 'repeat'; key: 'session.password.mismatch' }
  | null;

export function newPasswordProblem(newPassword: string, repeat: string): NewPasswordProblem {
  if (newPassword.length < minPasswordLength)
    return { field: 'newPassword', key: 'errors.auth.passwordTooShort' };
  if (newPassword !== repeat) return { field: 'repeat', key: 'session.password.mismatch' };
  return null;
}

/**
 * Milliseconds left before the window locks, counted from the person's last pointer or key
 * input (never from the app's own requests); 0 or less means lock now. A computer that slept
 * through the deadline locks on its first timer after waking.
 */
export function idleLeftMs(lastInputAt: number, now: number, idleLockMinutes: number): number {
  return lastInputAt + idleLockMinutes * 60_000 - now;
}

/** "Rina Wulandari" → "RW": a recognisable mark without a photo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0]];
  return letters.join('').toUpperCase();
}
