import { z } from 'zod';
import { changeRules, changedVersion, isReadOnly } from '../../shared/api/changes';
import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import type { ChangeInput } from '../../shared/api/events';
import { AppError, type ApiError, type ApiResult } from '../../shared/api/errors';
import { roleMayCall } from '../../shared/api/methods/define';
import type { Person } from '../../shared/domain/people';
import { diskFullWording } from '../disk/full';
import { isDiskFull } from '../disk/space';
import { actorRole, type Actor } from '../services/auth';
import { localCaller, type Caller } from './caller';
import type { Handlers } from './handlers';

export type { Caller };

/** The transports' door: every call names its caller, whose session says who is acting. */
export type Dispatch = (
  method: string,
  request: unknown,
  caller: Caller,
) => Promise<ApiResult<unknown>>;

/** An in-process door for a known actor (the CLI at the machine, tests): no session involved. */
export type LocalDispatch = (method: string, request: unknown) => Promise<ApiResult<unknown>>;

/** How dispatch learns who a session belongs to (services/auth.ts `check`); throws `unauthorized`. */
export interface SessionGate {
  check(sessionId: string | null): { person: Person; mustChangePassword: boolean };
}

/** With a one-time password, only these until it is changed. */
const allowedBeforePasswordChange = new Set([
  'auth.status',
  'auth.me',
  'auth.signOut',
  'auth.changePassword',
  'settings.get',
  'app.info',
]);

export interface DispatchOptions {
  /** Check each response against its schema too: on in tests and development. */
  validateResponses?: boolean;
  /** Where unexpected errors go; they reach the caller only as `internal`. */
  logError?: (method: string, error: unknown) => void;
  /**
   * Announces a committed change on the live stream (the app's event bus): one event after each
   * successful call of a changing method, as `changeRules` (src/shared/api/changes.ts) says.
   */
  publish?: (change: ChangeInput) => void;
}

/** Names the first offending field, the way a form shows it: `channels.0.color: …`. */
export function describeInvalid(error: z.ZodError): ApiError {
  const issue = error.issues[0] && innermost(error.issues[0]);
  const field = issue?.path.map(String).join('.') ?? '';
  const message = issue
    ? field
      ? `${field}: ${issue.message}`
      : issue.message
    : 'Permintaan tidak valid';
  return { code: 'invalid_request', message, ...(field ? { field } : {}) };
}

/**
 * A union that matched no alternative reports only "invalid input" at the top: `observances.create
 * {}` named no field. Follow the alternative that came closest (fewest issues, the first on a
 * tie) down to a field the person can fix.
 */
function innermost(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const closest = issue.errors.reduce((best, branch) =>
    branch.length > 0 && branch.length < best.length ? branch : best,
  );
  if (!closest[0]) return issue;
  const inner = innermost(closest[0]);
  return { path: [...issue.path, ...inner.path], message: inner.message };
}

/**
 * zod's own messages ("expected string, received undefined") in the language the office chose
 * in Settings; the schemas' own messages stay as written. zod 4 ships both locales.
 */
const zodLocales = { id: z.locales.id, en: z.locales.en } as const;
const localeErrors = new Map<string, z.core.$ZodErrorMap>();
function localeError(locale: unknown): z.core.$ZodErrorMap {
  const key = locale === 'en' ? 'en' : 'id';
  let map = localeErrors.get(key);
  if (!map) {
    map = zodLocales[key]().localeError;
    localeErrors.set(key, map);
  }
  return map;
}

/**
 * The single entry point both transports call. A request that fails its schema never reaches a
 * handler; anything a handler throws becomes an error result, so the renderer always gets
 * `{ ok, ... }` and never a transport-level exception.
 */
export function createDispatch(
  handlers: Handlers,
  gate: SessionGate,
  options: DispatchOptions = {},
): { dispatch: Dispatch; dispatchAs: (actor: Actor) => LocalDispatch } {
  const {
    validateResponses = true,
    logError = (method, error) => console.error(`[api] ${method}`, error),
  } = options;

  /** The office's UI language, from the settings handler; Indonesian when it cannot be read. */
  const currentLocale = (): unknown => {
    try {
      const settings = (handlers['settings.get'] as (request: unknown) => unknown)({});
      return (settings as { locale?: unknown } | undefined)?.locale;
    } catch {
      return 'id';
    }
  };

  /**
   * Who is calling, checked before anything else: a method that is not public needs a live
   * session (else `unauthorized`), a one-time password must be changed first, and the person's
   * role must be one the contract lists for the method (else `forbidden`). This is the one
   * place roles are enforced; handlers receive the actor and never read one from the request.
   */
  function admit(
    method: keyof typeof contract,
    caller: Caller,
    given: Actor | null,
  ): { actor: Actor | null } | { refused: AppError } {
    const access = contract[method].access;
    let actor = given;
    let mustChange = false;
    if (!actor) {
      try {
        const session =
          access === 'public' && !caller.sessionId ? null : gate.check(caller.sessionId);
        if (session) {
          actor = { kind: 'person', person: session.person, sessionId: caller.sessionId };
          mustChange = session.mustChangePassword;
        }
      } catch (error) {
        if (access === 'public') return { actor: null };
        if (error instanceof AppError) return { refused: error };
        throw error;
      }
    }
    if (access === 'public') return { actor };
    if (!actor) return { refused: new AppError('unauthorized', { key: 'auth.signInRequired' }) };
    if (mustChange && !allowedBeforePasswordChange.has(method)) {
      return { refused: new AppError('forbidden', { key: 'auth.mustChangePassword' }) };
    }
    if (!roleMayCall(access, actorRole(actor))) {
      return { refused: new AppError('forbidden', { key: 'auth.roleRefused' }) };
    }
    return { actor };
  }

  async function run(
    method: string,
    request: unknown,
    caller: Caller,
    given: Actor | null,
  ): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) {
      return failure(new AppError('unknown_method', { key: 'unknownMethod', params: { method } }));
    }
    let admitted: ReturnType<typeof admit>;
    try {
      admitted = admit(method, caller, given);
    } catch (error) {
      logError(method, error);
      return failure(new AppError('internal', { key: 'internal', params: { method } }));
    }
    if ('refused' in admitted) return failure(admitted.refused);
    const definition = contract[method];
    const parsed = definition.request.safeParse(request ?? {}, {
      // Read only when there is an issue to word: a valid request costs no settings read.
      error: (issue) => localeError(currentLocale())(issue),
    });
    if (!parsed.success) return { ok: false, error: describeInvalid(parsed.error) };

    try {
      const handler = handlers[method] as (request: unknown, context: unknown) => unknown;
      const value = await handler(parsed.data, { actor: admitted.actor, caller });
      if (validateResponses) definition.response.parse(value);
      announce(method, parsed.data, value, admitted.actor);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return failure(error);
      // A full disk is the computer's state, not a fault of the app: say so, in its own code.
      // Services measure the free space themselves (namingDiskFull); this is the safety net.
      if (isDiskFull(error)) return failure(new AppError('disk_full', diskFullWording()));
      // Another process (a backup, a CLI command) held the write lock for longer than the
      // connection's busy_timeout: nothing was written, and trying again later works.
      if (isDatabaseBusy(error))
        return failure(new AppError('file_locked', { key: 'databaseBusy' }));
      logError(method, error);
      return failure(new AppError('internal', { key: 'internal', params: { method } }));
    }
  }

  /** After the change is committed: a failure to announce never fails the call itself. */
  function announce(method: MethodName, request: unknown, value: unknown, actor: Actor | null) {
    if (!options.publish || isReadOnly(method)) return;
    const rule = changeRules[method as keyof typeof changeRules];
    if (typeof rule !== 'object') return;
    try {
      const ids = rule.ids?.(request, value) ?? [];
      const version = rule.kind === 'post' && ids.length === 1 ? changedVersion(value) : undefined;
      options.publish({
        kind: rule.kind,
        ids,
        method,
        by: actor?.kind === 'person' ? { id: actor.person.id, name: actor.person.name } : null,
        ...(version !== undefined && { version }),
        ...(rule.roles && { roles: [...rule.roles] }),
      });
    } catch (error) {
      logError(method, error);
    }
  }

  return {
    dispatch: (method, request, caller) => run(method, request, caller, null),
    dispatchAs: (actor) => (method, request) => run(method, request, localCaller, actor),
  };
}

/** The reply for an error: its key and values for the interface, its Indonesian text as well. */
function failure(error: AppError): ApiResult<never> {
  return {
    ok: false,
    error: {
      code: error.code,
      message: error.message,
      key: error.key,
      ...(error.params && { params: error.params }),
      ...(error.field ? { field: error.field } : {}),
      ...(error.details && Object.keys(error.details).length > 0 ? { details: error.details } : {}),
    },
  };
}

/** SQLITE_BUSY (and its extended codes): "database is locked" after the busy timeout. */
function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
