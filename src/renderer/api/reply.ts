import { errorCodes, type ApiError, type ErrorDetails } from '../../shared/api/errors';

/**
 * The renderer's one reader of the host's `{ ok: true, value } | { ok: false, error }` reply,
 * whoever sent it: the API client (IPC or HTTP), the asset upload and the bundle upload. A value
 * counts only when it matches the schema it was asked for; an error only with a known code and a
 * message. Everything else is unreadable, and each caller words that in its own way.
 */

export type Reply<T> =
  { kind: 'value'; value: T } | { kind: 'error'; error: ApiError } | { kind: 'unreadable' };

/** What the reader needs of a schema (a zod schema has it). */
export interface ReplySchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export function readReply<T>(reply: unknown, schema: ReplySchema<T>): Reply<T> {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    if (reply.ok === true && 'value' in reply) {
      const parsed = schema.safeParse(reply.value);
      if (parsed.success) return { kind: 'value', value: parsed.data };
    } else if (reply.ok === false && 'error' in reply) {
      const error = toApiError(reply.error);
      if (error) return { kind: 'error', error };
    }
  }
  return { kind: 'unreadable' };
}

function toApiError(value: unknown): ApiError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, message, field, details, key, params } = value as Record<string, unknown>;
  if (typeof code !== 'string' || !(errorCodes as readonly string[]).includes(code))
    return undefined;
  if (typeof message !== 'string') return undefined;
  return {
    code: code as ApiError['code'],
    message,
    ...(typeof field === 'string' && field ? { field } : {}),
    ...(isDetails(details) ? { details } : {}),
    ...(typeof key === 'string' && key ? { key } : {}),
    ...(isParams(params) ? { params } : {}),
  };
}

function isParams(value: unknown): value is Record<string, string | number> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (param) => typeof param === 'string' || (typeof param === 'number' && Number.isFinite(param)),
  );
}

function isDetails(value: unknown): value is ErrorDetails {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).every(
    ([key, figure]) =>
      (key === 'neededBytes' || key === 'freeBytes') &&
      typeof figure === 'number' &&
      Number.isFinite(figure) &&
      figure >= 0,
  );
}
