import { AppError } from '../../shared/api/errors';
import { wordError } from '../../shared/i18n/translate';

/**
 * The CLI speaks Indonesian, the office's first language: an error the app raised on purpose is
 * worded from the same catalog the interface uses (`errors.<key>`), anything else by its message.
 */
export function errorText(error: unknown): string {
  if (error instanceof AppError) return wordError('id', error.key, error.params);
  return error instanceof Error ? error.message : String(error);
}
