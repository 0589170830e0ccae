import type { ApiError } from '../../shared/api/errors';

/**
 * The server names the field at fault and prefixes its message with it (`name: Wajib diisi`).
 * Next to the input the prefix is noise, so it is dropped there.
 */
export function messageForField(error: ApiError): string {
  const prefix = error.field ? `${error.field}: ` : '';
  return prefix && error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
}

export interface PlacedError {
  /** Message per input, for the fields this form shows. */
  byField: Partial<Record<string, string>>;
  /** Shown above the buttons: errors without a field, or about a field this form does not show. */
  general: string | null;
}

export function placeError(error: ApiError | null, fields: readonly string[]): PlacedError {
  if (!error) return { byField: {}, general: null };
  // `channels.0.color` belongs to the `channels` input when that is what the form shows.
  const field = error.field?.split('.')[0];
  if (field && fields.includes(field))
    return { byField: { [field]: messageForField(error) }, general: null };
  return { byField: {}, general: error.message };
}
