import {
  contract,
  methodNames,
  type LinimasaApi,
  type MethodName,
} from '../../shared/api/contract';
import type { ApiError, ApiResult, ErrorDetails } from '../../shared/api/errors';
import { readReply, type ReplySchema } from './reply';

/**
 * Builds the renderer's one `LinimasaApi`. Both transports (the Electron preload and plain HTTP)
 * go through `guard`, so every screen gets an `ApiResult` it can show and never a thrown
 * exception that would blank the window. This file touches no browser globals, so Node unit
 * tests can drive it with a fake `fetch`.
 */

/** Texts for failures that happen before the main process could answer; a getter so they follow the language. */
export interface ClientMessages {
  network: string;
  notJson: string;
  badResponse: string;
  /** A full disk in the page's language, from the figures main measured. */
  diskFull?: (details: ErrorDetails) => string;
  /** An error main raised, in the page's language from its catalog key and values. */
  error?: (error: ApiError) => string;
}

export const indonesianMessages: ClientMessages = {
  network:
    'Tidak dapat menghubungi Linimasa. Pastikan Linimasa masih berjalan (jendela terminalnya masih terbuka), lalu coba lagi.',
  notJson:
    'Jawaban Linimasa tidak dapat dibaca. Muat ulang halaman; bila berulang, jalankan ulang Linimasa.',
  badResponse:
    'Jawaban Linimasa tidak sesuai dengan versi tampilan ini. Muat ulang halaman; bila berulang, jalankan ulang Linimasa.',
};

export type ApiCall = (method: MethodName, request: unknown) => Promise<unknown>;

export interface ApiClientOptions {
  messages?: () => ClientMessages;
  /**
   * Called once per `unauthorized` reply: with an `auth.*` key the session ended (sign in
   * again); without one the launch gate refused (the "open the terminal URL" page).
   */
  onUnauthorized?: (error: { key?: string }) => void;
  /**
   * Whether the host answered: false at a network failure (the request never got a reply, or a
   * gateway said 502/503/504), true at any reply at all. The connection store listens here.
   */
  onReachability?: (reachable: boolean) => void;
}

export interface HttpCallOptions {
  fetch?: typeof fetch;
  /** Where `/api/…` lives; empty means the page's own origin. */
  baseUrl?: string;
}

/** Thrown inside the HTTP call only, and caught by `guard`, to tell a non-JSON reply from a lost connection. */
class NotJsonReply extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}: reply is not JSON`);
  }
}

/** A gateway between us and the host says the host is not there: no reply from the host itself. */
const gatewayStatuses = new Set([502, 503, 504]);

/** `POST /api/<method>` with a JSON body; resolves to whatever JSON came back, whatever the status. */
export function httpCall(options: HttpCallOptions = {}): ApiCall {
  const baseUrl = options.baseUrl ?? '';
  return async (method, request) => {
    const doFetch = options.fetch ?? fetch;
    const response = await doFetch(`${baseUrl}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(request ?? {}),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new NotJsonReply(response.status);
    }
  };
}

/** Calls the preload's grouped object (`preload.people.create(…)`) by contract method name. */
export function preloadCall(preload: LinimasaApi): ApiCall {
  return (method, request) => {
    const [group, verb] = method.split('.') as [string, string];
    const target = (
      preload as unknown as Record<string, Record<string, (request: unknown) => Promise<unknown>>>
    )[group]?.[verb];
    if (typeof target !== 'function') return Promise.reject(new Error(`preload lacks ${method}`));
    return target(request);
  };
}

/**
 * Turns whatever came back into a trustworthy `ApiResult`: a successful value must match the
 * contract's response schema, an error must carry a known code. Anything else becomes `internal`
 * with a readable message.
 */
export function readResult(
  method: MethodName,
  reply: unknown,
  messages: ClientMessages,
): ApiResult<unknown> {
  // The union of every method's schema is too wide for inference: read as unknown, which is
  // what the grouped client hands on (groupMethods casts to the contract's types once).
  const schema: ReplySchema<unknown> = contract[method].response;
  const read = readReply(reply, schema);
  if (read.kind === 'value') return { ok: true, value: read.value };
  if (read.kind === 'unreadable') return internal(messages.badResponse);
  const { error } = read;
  if (error.key && messages.error) {
    return { ok: false, error: { ...error, message: messages.error(error) } };
  }
  if (error.code === 'disk_full' && messages.diskFull) {
    return { ok: false, error: { ...error, message: messages.diskFull(error.details ?? {}) } };
  }
  return { ok: false, error };
}

const internal = (message: string): ApiResult<never> => ({
  ok: false,
  error: { code: 'internal', message },
});

/** Wraps a raw call so it always resolves to a checked `ApiResult`. */
export function guard(
  call: ApiCall,
  options: ApiClientOptions = {},
): (method: MethodName, request: unknown) => Promise<ApiResult<unknown>> {
  const messages = options.messages ?? (() => indonesianMessages);
  return async (method, request) => {
    let result: ApiResult<unknown>;
    let reachable = true;
    try {
      result = readResult(method, await call(method, request), messages());
    } catch (error) {
      if (error instanceof NotJsonReply) {
        // A gateway's own page (502/503/504): the office host did not answer.
        reachable = !gatewayStatuses.has(error.status);
        result =
          error.status === 401
            ? { ok: false, error: { code: 'unauthorized', message: messages().notJson } }
            : internal(messages().notJson);
      } else {
        reachable = false;
        result = internal(messages().network);
      }
    }
    options.onReachability?.(reachable);
    if (!result.ok && result.error.code === 'unauthorized') options.onUnauthorized?.(result.error);
    return result;
  };
}

/** The grouped client (`api.settings.update(…)`) built from the contract table, one function per method. */
export function groupMethods(
  call: (method: MethodName, request: unknown) => Promise<ApiResult<unknown>>,
): LinimasaApi {
  const api: Record<string, Record<string, (request: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const method of methodNames) {
    const [group, verb] = method.split('.') as [string, string];
    (api[group] ??= {})[verb] = (request) => call(method, request);
  }
  // The loop walks the same table `LinimasaApi` is computed from and `readResult` checks every
  // value against that table's schemas; the compiler cannot follow a loop, hence the cast.
  return api as unknown as LinimasaApi;
}

export interface CreateApiOptions extends ApiClientOptions, HttpCallOptions {
  /** `window.linimasa` when the Electron preload provided it. */
  preload?: LinimasaApi;
}

export function createApi(options: CreateApiOptions = {}): LinimasaApi {
  const call = options.preload ? preloadCall(options.preload) : httpCall(options);
  return groupMethods(guard(call, options));
}
