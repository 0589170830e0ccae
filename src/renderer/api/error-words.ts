import type { i18n as I18n } from 'i18next';
import type { ApiError, TextParams } from '../../shared/api/errors';

/**
 * An error reply in the page's language: main sends a key of the shared catalog (`errors.<key>`)
 * with its values, and the words are the interface's. A reply without a key (a request that
 * failed its schema, worded by zod in the office's language) or with a key this build does not
 * know (a newer main) keeps main's own text, which is Indonesian.
 */
export function wordApiError(error: ApiError, i18n: Pick<I18n, 'exists' | 't'>): string {
  return wordKeyed(error, i18n);
}

/**
 * Anything else main words from a catalog key beside its own Indonesian text, the same way: a
 * file's import reason (`reason`, `reasonKey`, `reasonParams`), a bundle dry run's notices.
 */
export function wordKeyed(
  text: { message: string; key?: string; params?: TextParams },
  i18n: Pick<I18n, 'exists' | 't'>,
): string {
  if (!text.key) return text.message;
  const key = `errors.${text.key}`;
  if (!i18n.exists(key)) return text.message;
  // The key comes from the wire, so the typed `t` cannot check it; `exists` just did.
  return (i18n.t as (key: string, params?: object) => string)(key, text.params ?? {});
}

/** A failed file's import reason in the interface's language (main's Indonesian without a key). */
export function wordReason(
  result: { reason: string | null; reasonKey?: string; reasonParams?: TextParams },
  i18n: Pick<I18n, 'exists' | 't'>,
): string {
  return wordKeyed(
    { message: result.reason ?? '', key: result.reasonKey, params: result.reasonParams },
    i18n,
  );
}
