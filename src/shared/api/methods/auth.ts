import { z } from 'zod';
import {
  accountSummarySchema,
  passwordSchema,
  securityLogEntrySchema,
  signedInSchema,
  signInStateSchema,
  userNameSchema,
} from '../../domain/accounts';
import { idSchema, nameSchema } from '../../domain/common';
import { adminOnly, byId, empty, method } from './define';

/**
 * Sign-in, sessions and accounts (issue 13). The session itself never crosses the API: the
 * transport keeps it (an HttpOnly cookie over HTTP, the window's entry in Electron's main).
 */
export const authMethods = {
  'auth.status': method({
    summary:
      'Before sign-in: `new` (no people: create the first administrator), `setup` (an upgraded office: an administrator sets their password first, `candidates`), or `ready`; and who is signed in in this window, if anyone.',
    access: 'public',
    request: empty,
    response: z.object({
      state: signInStateSchema,
      candidates: z.array(z.object({ personId: idSchema, name: z.string(), userName: z.string() })),
      signedIn: signedInSchema.nullable(),
    }),
    errors: [],
  }),
  'auth.signIn': method({
    summary:
      'Sign in with user name and password. A wrong user name and a wrong password get the same answer in the same time (unauthorized, errors.auth.wrongCredentials); after 5 failures for a user name or a client the answer is errors.auth.locked with the minutes to wait (1, 2, 4 …).',
    access: 'public',
    request: z
      .object({ userName: z.string().trim().min(1).max(64), password: passwordSchema })
      .strict(),
    response: signedInSchema,
    errors: ['invalid_request', 'unauthorized'],
  }),
  'auth.setup': method({
    summary:
      'The first administrator: in a new office creates them (`name`), in an upgraded one an existing administrator (`personId`) sets their user name and password. Refused once an administrator has a password. Signs in.',
    access: 'public',
    request: z
      .object({
        name: nameSchema().optional(),
        personId: idSchema.optional(),
        userName: userNameSchema,
        password: passwordSchema,
      })
      .strict(),
    response: signedInSchema,
    errors: ['invalid_request', 'forbidden', 'conflict'],
  }),
  'auth.me': method({
    summary: 'The signed-in person of this window or browser session.',
    access: 'signedIn',
    request: empty,
    response: signedInSchema,
    errors: ['unauthorized'],
  }),
  'auth.signOut': method({
    summary: 'End this session ("Keluar" and "Ganti pengguna").',
    access: 'signedIn',
    request: empty,
    response: z.object({ signedOut: z.literal(true) }),
    errors: [],
  }),
  'auth.lock': method({
    summary:
      'The window locked after the office’s idle time: this session ends (logged as idle_lock) and the lock screen signs in again with the same user name.',
    access: 'signedIn',
    request: empty,
    response: z.object({ locked: z.literal(true) }),
    errors: [],
  }),
  'auth.changePassword': method({
    summary:
      'Change one’s own password (at least 8 characters, not a common password); ends the person’s other sessions.',
    access: 'signedIn',
    request: z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }).strict(),
    response: signedInSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
  'auth.accounts': method({
    summary:
      'Each person’s user name and whether they have a password (never the password or its hash).',
    access: adminOnly,
    request: empty,
    response: z.array(accountSummarySchema),
    errors: [],
  }),
  'auth.setUserName': method({
    summary: 'Give a person a user name.',
    access: adminOnly,
    request: z.object({ personId: idSchema, userName: userNameSchema }).strict(),
    response: accountSummarySchema,
    errors: ['invalid_request', 'not_found', 'conflict'],
  }),
  'auth.resetPassword': method({
    summary:
      'Give a person a one-time password (shown once, to hand over in person); they must change it at their next sign-in, and their sessions end now.',
    access: adminOnly,
    request: byId,
    response: z.object({ userName: z.string(), oneTimePassword: z.string() }),
    errors: ['not_found'],
  }),
  'auth.setIdleLock': method({
    summary: 'Minutes without use after which a window locks (1–480, default 30).',
    access: adminOnly,
    request: z.object({ minutes: z.number().int().min(1).max(480) }).strict(),
    response: z.object({ minutes: z.number().int() }),
    errors: ['invalid_request'],
  }),
  'auth.securityLog': method({
    summary:
      'The newest entries of the security log: sign-ins, failures, locks, sign-outs, password and role changes, resets.',
    access: adminOnly,
    request: z.object({ limit: z.number().int().min(1).max(5000).default(500) }).strict(),
    response: z.array(securityLogEntrySchema),
    errors: [],
  }),
  'auth.securityLogCsv': method({
    summary:
      'The whole security log as CSV (UTF-8 with BOM, RFC 4180, formula-like cells neutralised), in the words of Settings › Keamanan: day and time in the office zone, the event in Indonesian, the stored UTC instant last.',
    access: adminOnly,
    request: empty,
    response: z.object({ csv: z.string() }),
    errors: [],
  }),
};
