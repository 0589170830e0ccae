import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { personSchema } from './people';

/**
 * Sign-in rules that hold anywhere (renderer forms, main, CLI): the user name, the password
 * policy (length only, plus a list of common passwords checked in main: NIST SP 800-63B asks for
 * no other composition rules), and the growing wait after repeated failures.
 */
export const minPasswordLength = 8;
export const maxPasswordLength = 256;

export const userNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'Nama pengguna hanya huruf, angka, titik, garis bawah atau minus');

/** Checked again in main against the common-password list; the length rule is the form's too. */
export const passwordSchema = z.string().min(1).max(maxPasswordLength);

/** Failures allowed before the first wait; after that each failure doubles the wait. */
export const freeFailures = 5;
const firstWaitMs = 60_000;
const longestWaitMs = 24 * 60 * 60_000;

/**
 * How long sign-in stays shut after `failures` consecutive failures for one user name or one
 * client: nothing for the first four, then 1, 2, 4, 8 … minutes (at most a day). At 1 minute
 * per try after the fifth, guessing even a short list of common passwords takes days.
 */
export function lockWaitMs(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(firstWaitMs * 2 ** (failures - freeFailures), longestWaitMs);
}

/** Default for `settings.idleLockMinutes`: the screen locks after this long without use. */
export const defaultIdleLockMinutes = 30;

export const securityEvents = [
  'sign_in',
  'sign_in_failed',
  'locked',
  'sign_out',
  'idle_lock',
  'password_changed',
  'password_reset',
  'password_set',
  'role_changed',
  'account_created',
  'deactivated',
  // An administrator ended someone's session on the status page (operations.endSession).
  'session_ended',
] as const;
export type SecurityEvent = (typeof securityEvents)[number];

export const securityLogEntrySchema = z.object({
  num: z.number().int(),
  at: instantSchema,
  event: z.enum(securityEvents),
  /** Whose account the entry is about (null: a user name nobody has). */
  personId: idSchema.nullable(),
  userName: z.string(),
  /** Who did it: a person's name, or "CLI (os-user)" for the command line at the machine. */
  actor: z.string(),
  client: z.string(),
  detail: z.string(),
});
export type SecurityLogEntry = z.infer<typeof securityLogEntrySchema>;

/** The signed-in person as the renderer sees it. */
export const signedInSchema = z.object({
  person: personSchema,
  userName: z.string(),
  /** A one-time password given by an administrator: change it before anything else. */
  mustChangePassword: z.boolean(),
  idleLockMinutes: z.number().int(),
});
export type SignedIn = z.infer<typeof signedInSchema>;

export const accountSummarySchema = z.object({
  personId: idSchema,
  userName: z.string(),
  hasPassword: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/**
 * Where the office stands before anyone signs in: `new` (no people yet: the first-run guide
 * creates the administrator), `setup` (an upgraded office: people but no administrator with a
 * password yet), `ready`.
 */
export const signInStateSchema = z.enum(['new', 'setup', 'ready']);
export type SignInState = z.infer<typeof signInStateSchema>;

/** A user name proposed for a person of an older office: "Rina Wulandari" → "rina.wulandari". */
export function proposedUserName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '.')
    .replace(/^\.+|\.+$/g, '');
  return base.slice(0, 60) || 'pengguna';
}
