import { AppError } from '../../shared/api/errors';
import type { TextParams } from '../../shared/api/errors';
import { translate, wordError } from '../../shared/i18n/translate';

/**
 * The CLI speaks Indonesian, the office's first language: an error the app raised on purpose is
 * worded from the same catalog the interface uses (`errors.<key>`), anything else by its message.
 */
export function errorText(error: unknown): string {
  if (error instanceof AppError) return wordError('id', error.key, error.params);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Words main gave as a catalog key beside its Indonesian text (a bundle dry run's notices, a
 * file's import reason), from the key when there is one, as the interface does.
 */
export function keyedText(text: { message: string; key?: string; params?: TextParams }): string {
  return text.key ? translate('id', `errors.${text.key}`, text.params ?? {}) : text.message;
}

/** A failed file's import reason. */
export function reasonText(result: {
  reason: string | null;
  reasonKey?: string;
  reasonParams?: TextParams;
}): string {
  return keyedText({
    message: result.reason ?? '',
    key: result.reasonKey,
    params: result.reasonParams,
  });
}
