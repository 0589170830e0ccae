import { wordError, type ErrorKey, type TextParams } from '../i18n/translate';

export type { ErrorKey, TextParams };

/** Error codes every API method may return; each method lists the ones it can raise. */
export const errorCodes = [
  'invalid_request',
  'not_found',
  'conflict',
  'forbidden',
  'unauthorized',
  'unknown_method',
  /** The disk holding the data directory (or the chosen target) is full; nothing was changed. */
  'disk_full',
  'internal',
  /** Another program holds a file open (Windows), still after the retries: close it, try again. */
  'file_locked',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * An error reply. `key` and `params` are what the interface words it from: the text
 * `errors.<key>` of the shared catalogs in the office's language. `message` is the same text in
 * Indonesian, worded by main from that catalog, for clients that do not know the key (and for
 * logs and the CLI); errors without a key (request validation, worded by zod in the office's
 * language) carry only `message`.
 */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The catalog text under `errors.` that words this error, e.g. `post.versionConflict`. */
  key?: string;
  params?: TextParams;
  /** The request field at fault, dotted (`channels.0.color`), for invalid_request. */
  field?: string;
  /** Figures the renderer words the error with (disk_full: bytes needed and free). */
  details?: ErrorDetails;
}

export interface ErrorDetails {
  neededBytes?: number;
  freeBytes?: number;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What a service says about an error: a catalog key (type-checked) and its values. */
export interface ErrorWording {
  key: ErrorKey;
  params?: TextParams;
  /** The request field at fault, dotted (`assetIds.2`). */
  field?: string;
  details?: ErrorDetails;
}

/**
 * An error a service raises on purpose, as a code and a catalog key with parameters: main never
 * writes the sentence itself. The API turns it into `{ ok: false, error }`; any other thrown
 * error becomes `internal` so no stack trace crosses the boundary. `message` is the Indonesian
 * text of the key, for logs and for callers that do not word it themselves.
 */
export class AppError extends Error {
  readonly key: ErrorKey;
  readonly params: TextParams | undefined;
  readonly field: string | undefined;
  readonly details: ErrorDetails | undefined;

  constructor(
    readonly code: ErrorCode,
    wording: ErrorWording,
  ) {
    super(wordError('id', wording.key, wording.params));
    this.name = 'AppError';
    this.key = wording.key;
    this.params = wording.params;
    this.field = wording.field;
    this.details = wording.details;
  }
}

/** What cannot be found, each with its catalog text `errors.missing.<thing>`. */
export type MissingThing =
  Extract<ErrorKey, `missing.${string}`> extends `missing.${infer T}` ? T : never;

export const notFound = (thing: MissingThing, id: string, field?: string): AppError =>
  new AppError('not_found', { key: `missing.${thing}`, params: { id }, ...(field && { field }) });
