import type { i18n as I18n } from 'i18next';
import type { ApiError } from '../../shared/api/errors';

/**
 * An error reply in the page's language: main sends a key of the shared catalog (`errors.<key>`)
 * with its values, and the words are the interface's. A reply without a key (a request that
 * failed its schema, worded by zod in the office's language) or with a key this build does not
 * know (a newer main) keeps main's own text, which is Indonesian.
 */
export function wordApiError(error: ApiError, i18n: Pick<I18n, 'exists' | 't'>): string {
  if (!error.key) return error.message;
  const key = `errors.${error.key}`;
  if (!i18n.exists(key)) return error.message;
  // The key comes from the wire, so the typed `t` cannot check it; `exists` just did.
  return (i18n.t as (key: string, params?: object) => string)(key, error.params ?? {});
}
