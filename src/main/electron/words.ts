import { app } from 'electron';
import type { Catalog } from '../../shared/i18n';
import { translate, type LeafKey, type TextParams } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/domain/settings';
import type { AppError } from '../../shared/api/errors';
import { wordError } from '../../shared/i18n/translate';

/**
 * The words of the desktop app's own windows (native dialogs, the menu), from the catalogs the
 * interface uses. Before the data is open the office's language is unknown, so the computer's
 * language decides (English for an English system, Indonesian otherwise); once the data is
 * open, the office's setting does.
 */
let officeLocale: (() => Locale) | null = null;

export function followOfficeLocale(read: () => Locale): void {
  officeLocale = read;
}

export function desktopLocale(): Locale {
  if (officeLocale) return officeLocale();
  return app.getLocale().toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** The text `desktop.<key>` in the desktop's language, filled with `params`. */
export function desktopText(key: LeafKey<Catalog['desktop']>, params: TextParams = {}): string {
  return translate(desktopLocale(), `desktop.${key}`, params);
}

/** An error the app raised on purpose, in the desktop's language. */
export function desktopError(error: AppError): string {
  return wordError(desktopLocale(), error.key, error.params);
}
