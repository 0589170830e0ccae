import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../shared/api/errors';
import {
  defaultIdleLockMinutes,
  lockWaitMs,
  proposedUserName,
  type AccountSummary,
  type SecurityEvent,
  type SecurityLogEntry,
  type SignInState,
  type SignedIn,
} from '../../shared/domain/accounts';
import type { Person, Role } from '../../shared/domain/people';
import type { Db } from '../db/connection';
import { accountsRepository } from '../db/repositories/accounts';
import { peopleRepository } from '../db/repositories/people';
import {
  currentParams,
  hashPassword,
  needsRehash,
  parseParams,
  passwordProblem,
  verifyPassword,
  type PasswordHash,
  type ScryptParams,
} from '../auth/password';
import { securityLogCsv } from '../auth/security-log-csv';

/**
 * Who is acting: a signed-in person, or the command line at the machine itself (local access is
 * the trust boundary), which acts as an administrator and is named as such in every log entry.
 */
export type Actor =
  { kind: 'person'; person: Person; sessionId: string | null } | { kind: 'local'; osUser: string };

export const actorRole = (actor: Actor): Role =>
  actor.kind === 'person' ? actor.person.role : 'admin';
export const actorLabel = (actor: Actor): string =>
  actor.kind === 'person' ? actor.person.name : `CLI di komputer ini (${actor.osUser})`;

export interface AuthOptions {
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
  /** scrypt parameters for new hashes; tests lower them to stay fast, the app keeps the default. */
  hashParams?: ScryptParams;
}

/** A session lasts a working day at most, however busy; the idle lock usually ends it sooner. */
const sessionLifetimeMs = 12 * 60 * 60_000;
/** last_used_at is written at most this often: a read request should not cost a write each time. */
const touchEveryMs = 15_000;
/** A run of failures older than this is forgotten once no wait is pending. */
const failureMemoryMs = 24 * 60 * 60_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const wrongCredentials = () => new AppError('unauthorized', { key: 'auth.wrongCredentials' });

/** Letters and digits without look-alikes (0/O, 1/l/I): read aloud or copied from a note. */
const oneTimeAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
function oneTimePassword(): string {
  let text = '';
  for (let i = 0; i < 12; i++) text += oneTimeAlphabet[randomInt(oneTimeAlphabet.length)];
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

export function authService(db: Db, options: AuthOptions = {}) {
  const now = options.now ?? Date.now;
  const params = options.hashParams ?? currentParams;
  const iso = (ms = now()) => new Date(ms).toISOString();
  const accounts = accountsRepository(db);
  const people = peopleRepository(db);

  // An unknown user name costs the same scrypt as a known one: the answer's time says nothing.
  let dummy: Promise<PasswordHash> | undefined;
  const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString('hex'), params));

  const idleLockMinutes = (): number => accounts.idleLockMinutes() ?? defaultIdleLockMinutes;

  function log(
    event: SecurityEvent,
    entry: {
      personId: string | null;
      userName: string;
      actor: string;
      client?: string;
      detail?: string;
    },
  ): void {
    accounts.log({ at: iso(), event, client: '', ...entry });
  }

  function checkNewPassword(password: string, field: string): void {
    const problem = passwordProblem(password);
    if (problem === 'tooShort')
      throw new AppError('invalid_request', { key: 'auth.passwordTooShort', field });
    if (problem === 'common')
      throw new AppError('invalid_request', { key: 'auth.passwordCommon', field });
  }

  async function storePassword(personId: string, password: string, mustChange: boolean) {
    const made = await hashPassword(password, params);
    accounts.setPassword(
      personId,
      { hash: made.hash, salt: made.salt, kdf: made.kdf, params: JSON.stringify(made.params) },
      mustChange,
      iso(),
    );
  }

  /** The person's account, created with a free proposed user name when they have none yet. */
  function ensureAccount(person: Person, wanted?: string) {
    const existing = accounts.byPerson(person.id);
    if (existing) return existing;
    const base = wanted ?? proposedUserName(person.name);
    let userName = base;
    for (let n = 2; accounts.byUserName(userName); n++) userName = `${base}${n}`;
    accounts.insert(person.id, userName, iso());
    return accounts.byPerson(person.id)!;
  }

  function signedIn(person: Person): SignedIn {
    const account = accounts.byPerson(person.id);
    return {
      person,
      userName: account?.userName ?? '',
      mustChangePassword: account?.mustChange ?? false,
      idleLockMinutes: idleLockMinutes(),
    };
  }

  function openSession(personId: string, client: string): string {
    const sessionId = randomBytes(32).toString('base64url');
    const at = now();
    accounts.pruneSessions(iso(at - failureMemoryMs));
    accounts.insertSession(
      sha256(sessionId),
      personId,
      client,
      iso(at),
      iso(at + sessionLifetimeMs),
    );
    return sessionId;
  }

  /** Failure bookkeeping for one key (a user name or a client); returns the wait now pending. */
  function countFailure(key: string): number {
    const at = now();
    const previous = accounts.failure(key);
    const fresh = previous && Date.parse(previous.lastFailureAt) > at - failureMemoryMs;
    const failures = (fresh ? previous.failures : 0) + 1;
    const wait = lockWaitMs(failures);
    accounts.recordFailure(key, failures, iso(at), wait > 0 ? iso(at + wait) : null);
    return wait;
  }

  function pendingWait(key: string): number {
    const lockedUntil = accounts.failure(key)?.lockedUntil;
    return lockedUntil ? Math.max(0, Date.parse(lockedUntil) - now()) : 0;
  }

  const lockedError = (waitMs: number) =>
    new AppError('unauthorized', {
      key: 'auth.locked',
      params: {
        minutes: Math.max(1, Math.ceil(waitMs / 60_000)),
        seconds: Math.ceil(waitMs / 1000),
      },
    });

  function state(): SignInState {
    if (accounts.activeAdminsWithPassword() > 0) return 'ready';
    return accounts.peopleCount() === 0 ? 'new' : 'setup';
  }

  function userNameTaken(userName: string, exceptPersonId: string | null): boolean {
    const holder = accounts.byUserName(userName);
    return !!holder && holder.personId !== exceptPersonId;
  }

  function check(sessionId: string | null): { person: Person; mustChangePassword: boolean } {
    if (!sessionId) throw new AppError('unauthorized', { key: 'auth.signInRequired' });
    const idHash = sha256(sessionId);
    const session = accounts.session(idHash);
    if (!session || session.revokedAt)
      throw new AppError('unauthorized', { key: 'auth.signInRequired' });
    const at = now();
    if (at >= Date.parse(session.expiresAt))
      throw new AppError('unauthorized', { key: 'auth.sessionExpired' });
    const person = people.get(session.personId);
    if (at - Date.parse(session.lastUsedAt) > idleLockMinutes() * 60_000) {
      accounts.revokeSession(idHash, iso(at), 'idle');
      log('idle_lock', {
        personId: session.personId,
        userName: accounts.byPerson(session.personId)?.userName ?? '',
        actor: person?.name ?? '',
        client: session.client,
      });
      throw new AppError('unauthorized', { key: 'auth.idleLocked' });
    }
    if (!person?.active) throw new AppError('unauthorized', { key: 'auth.signInRequired' });
    if (at - Date.parse(session.lastUsedAt) > touchEveryMs) accounts.touchSession(idHash, iso(at));
    return { person, mustChangePassword: accounts.byPerson(person.id)?.mustChange ?? false };
  }

  return {
    idleLockMinutes,

    state,

    /** Administrators who may claim the setup state (an upgraded office): their names only. */
    setupCandidates(): { personId: string; name: string; userName: string }[] {
      if (state() !== 'setup') return [];
      return people
        .list(false)
        .filter((person) => person.role === 'admin')
        .map((person) => ({
          personId: person.id,
          name: person.name,
          userName: ensureAccount(person).userName,
        }));
    },

    /**
     * The first administrator's password: a new office creates the person, an upgraded one names
     * an existing administrator. Only while no active administrator has a password; signs in.
     */
    async setup(
      request: { name?: string; personId?: string; userName: string; password: string },
      client: string,
    ): Promise<{ sessionId: string; signedIn: SignedIn }> {
      const current = state();
      if (current === 'ready') throw new AppError('forbidden', { key: 'auth.setupDone' });
      checkNewPassword(request.password, 'password');
      let person: Person;
      if (current === 'new') {
        if (!request.name)
          throw new AppError('invalid_request', { key: 'auth.nameRequired', field: 'name' });
        const at = iso();
        person = {
          id: randomUUID(),
          name: request.name,
          role: 'admin',
          active: true,
          createdAt: at,
          updatedAt: at,
        };
        db.transaction(() => {
          people.insert(person);
          accounts.insert(person.id, request.userName, at);
        })();
      } else {
        const chosen = request.personId ? people.get(request.personId) : undefined;
        if (!chosen || chosen.role !== 'admin' || !chosen.active) {
          throw new AppError('forbidden', { key: 'auth.setupNotAdmin', field: 'personId' });
        }
        person = chosen;
        const account = ensureAccount(person);
        if (userNameTaken(request.userName, person.id)) {
          throw new AppError('conflict', {
            key: 'auth.userNameTaken',
            params: { userName: request.userName },
            field: 'userName',
          });
        }
        if (account.userName !== request.userName)
          accounts.setUserName(person.id, request.userName, iso());
      }
      await storePassword(person.id, request.password, false);
      log('password_set', {
        personId: person.id,
        userName: request.userName,
        actor: person.name,
        client,
        detail: 'penyiapan',
      });
      const sessionId = openSession(person.id, client);
      log('sign_in', {
        personId: person.id,
        userName: request.userName,
        actor: person.name,
        client,
      });
      return { sessionId, signedIn: signedIn(person) };
    },

    userNameTaken,

    async signIn(
      request: { userName: string; password: string },
      client: string,
    ): Promise<{ sessionId: string; signedIn: SignedIn }> {
      const userKey = `user:${request.userName.trim().toLowerCase()}`;
      const clientKey = `client:${client}`;
      const wait = Math.max(pendingWait(userKey), pendingWait(clientKey));
      if (wait > 0) throw lockedError(wait);

      const stored = accounts.credentials(request.userName.trim());
      const secret: PasswordHash = stored
        ? {
            hash: stored.hash,
            salt: stored.salt,
            kdf: 'scrypt',
            params: parseParams(stored.params),
          }
        : await dummyHash();
      const matches = await verifyPassword(request.password, secret);
      const person = stored ? people.get(stored.personId) : undefined;
      if (!stored || !matches || !person?.active) {
        const waitNow = Math.max(countFailure(userKey), countFailure(clientKey));
        log('sign_in_failed', {
          personId: person?.id ?? null,
          userName: request.userName.slice(0, 64),
          actor: '',
          client,
        });
        if (waitNow > 0) {
          log('locked', {
            personId: person?.id ?? null,
            userName: request.userName.slice(0, 64),
            actor: '',
            client,
            detail: `${Math.ceil(waitNow / 60_000)} menit`,
          });
          throw lockedError(waitNow);
        }
        throw wrongCredentials();
      }
      accounts.clearFailures(userKey);
      accounts.clearFailures(clientKey);
      if (needsRehash(secret.params, params))
        await storePassword(person.id, request.password, stored.mustChange);
      const sessionId = openSession(person.id, client);
      log('sign_in', {
        personId: person.id,
        userName: stored.userName,
        actor: person.name,
        client,
      });
      return { sessionId, signedIn: signedIn(person) };
    },

    /**
     * The person behind a session id, or `unauthorized`. Called by dispatch before every
     * method but sign-in: one indexed read, and a write at most every 15 s.
     */
    check,

    /** For file routes (media, uploads, downloads): a live session, without an error to word. */
    isLive(sessionId: string | null): boolean {
      try {
        check(sessionId);
        return true;
      } catch {
        return false;
      }
    },

    /**
     * The live stream's recheck: the person behind a live session, or null; writes nothing (an
     * open stream must not keep an idle window from locking, nor lock it itself).
     */
    peek(sessionId: string | null): Person | null {
      if (!sessionId) return null;
      const session = accounts.session(sha256(sessionId));
      if (!session || session.revokedAt) return null;
      const at = now();
      if (at >= Date.parse(session.expiresAt)) return null;
      if (at - Date.parse(session.lastUsedAt) > idleLockMinutes() * 60_000) return null;
      const person = people.get(session.personId);
      return person?.active ? person : null;
    },

    me: (person: Person): SignedIn => signedIn(person),

    signOut(sessionId: string | null, person: Person): void {
      if (!sessionId) return;
      if (accounts.revokeSession(sha256(sessionId), iso(), 'sign_out')) {
        log('sign_out', {
          personId: person.id,
          userName: accounts.byPerson(person.id)?.userName ?? '',
          actor: person.name,
          client: accounts.session(sha256(sessionId))?.client ?? '',
        });
      }
    },

    /**
     * The window locked itself after the idle time (the renderer counts the person's own input;
     * requests the app makes on its own, such as the sidebar's counter, would keep a session
     * alive for ever). The session ends here, so the lock is not only a screen: unlocking is a
     * new sign-in. `check` refuses a session idle for longer even when no window says so.
     */
    lock(sessionId: string | null, person: Person): void {
      if (!sessionId) return;
      const idHash = sha256(sessionId);
      if (accounts.revokeSession(idHash, iso(), 'idle')) {
        log('idle_lock', {
          personId: person.id,
          userName: accounts.byPerson(person.id)?.userName ?? '',
          actor: person.name,
          client: accounts.session(idHash)?.client ?? '',
        });
      }
    },

    /** The person's own password; ends their other sessions (the one in use stays). */
    async changePassword(
      actor: { person: Person; sessionId: string | null },
      request: { currentPassword: string; newPassword: string },
    ): Promise<SignedIn> {
      const account = ensureAccount(actor.person);
      const stored = accounts.credentials(account.userName);
      const secret = stored
        ? {
            hash: stored.hash,
            salt: stored.salt,
            kdf: 'scrypt' as const,
            params: parseParams(stored.params),
          }
        : await dummyHash();
      if (!stored || !(await verifyPassword(request.currentPassword, secret))) {
        throw new AppError('forbidden', {
          key: 'auth.currentPasswordWrong',
          field: 'currentPassword',
        });
      }
      checkNewPassword(request.newPassword, 'newPassword');
      if (request.newPassword === request.currentPassword) {
        throw new AppError('invalid_request', {
          key: 'auth.passwordUnchanged',
          field: 'newPassword',
        });
      }
      await storePassword(actor.person.id, request.newPassword, false);
      const keep = actor.sessionId ? sha256(actor.sessionId) : null;
      const ended = accounts.revokeOthers(actor.person.id, keep, iso(), 'password_changed');
      log('password_changed', {
        personId: actor.person.id,
        userName: account.userName,
        actor: actor.person.name,
        detail: ended > 0 ? `${ended} sesi lain diakhiri` : '',
      });
      return signedIn(actor.person);
    },

    /**
     * An administrator (or the CLI at the machine) gives a person a one-time password; they
     * must change it at their next sign-in, and every session of theirs ends now.
     */
    async resetPassword(
      actor: Actor,
      personId: string,
    ): Promise<{ userName: string; oneTimePassword: string }> {
      const person = people.get(personId);
      if (!person) throw notFound('person', personId);
      const account = ensureAccount(person);
      const password = oneTimePassword();
      await storePassword(person.id, password, true);
      accounts.revokeOthers(person.id, null, iso(), 'password_reset');
      accounts.clearFailures(`user:${account.userName.toLowerCase()}`);
      log('password_reset', {
        personId: person.id,
        userName: account.userName,
        actor: actorLabel(actor),
      });
      return { userName: account.userName, oneTimePassword: password };
    },

    /** A new person's account (people.create), or a changed user name. */
    setUserName(actor: Actor, person: Person, userName: string | undefined): void {
      const account = ensureAccount(person, userName);
      if (userName && account.userName !== userName) {
        if (userNameTaken(userName, person.id)) {
          throw new AppError('conflict', {
            key: 'auth.userNameTaken',
            params: { userName },
            field: 'userName',
          });
        }
        accounts.setUserName(person.id, userName, iso());
      }
      log('account_created', {
        personId: person.id,
        userName: accounts.byPerson(person.id)!.userName,
        actor: actorLabel(actor),
      });
    },

    /** Logs a role change or a deactivation; a deactivated person's sessions end. */
    personChanged(actor: Actor, before: Person, after: Person): void {
      const userName = ensureAccount(after).userName;
      if (before.role !== after.role) {
        log('role_changed', {
          personId: after.id,
          userName,
          actor: actorLabel(actor),
          detail: `${before.role} → ${after.role}`,
        });
      }
      if (before.active && !after.active) {
        accounts.revokeOthers(after.id, null, iso(), 'deactivated');
        log('deactivated', { personId: after.id, userName, actor: actorLabel(actor) });
      }
    },

    accounts(): AccountSummary[] {
      for (const person of people.list(true)) ensureAccount(person);
      return accounts.all().map((account) => ({
        personId: account.personId,
        userName: account.userName,
        hasPassword: account.hasPassword,
        mustChangePassword: account.mustChange,
      }));
    },

    setIdleLockMinutes(minutes: number): number {
      accounts.setIdleLockMinutes(minutes);
      return minutes;
    },

    securityLog: (limit: number): SecurityLogEntry[] => accounts.securityLog(limit),
    /** The whole log as CSV, times in the office zone (`timeZone`, from the settings). */
    securityLogCsv: (timeZone: string): string =>
      securityLogCsv(accounts.securityLog(100_000), timeZone),
    hashParams: () => params,
  };
}
export type AuthService = ReturnType<typeof authService>;
