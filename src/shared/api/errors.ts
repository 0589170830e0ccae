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

export interface ApiError {
  code: ErrorCode;
  message: string;
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

/**
 * An error a service raises on purpose. The API turns it into `{ ok: false, error }`;
 * any other thrown error becomes `internal` so no stack trace crosses the boundary.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: string): AppError =>
  new AppError('not_found', `${what} ${id} tidak ditemukan.`);
