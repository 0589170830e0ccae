import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../shared/i18n';
import { addFormatters } from '../shared/i18n/translate';
import type { Locale } from '../shared/domain/settings';

/**
 * Indonesian first: it is what the app shows before settings arrive and whenever a key is
 * missing. The catalogs are bundled, so init is synchronous and nothing is fetched.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    id: { translation: catalogs.id },
    en: { translation: catalogs.en },
  },
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  initAsync: false,
  // React escapes text itself; escaping twice would show `&amp;` in office names.
  interpolation: { escapeValue: false },
  returnNull: false,
});
addFormatters(i18n);

i18n.on('languageChanged', (language) => {
  // Screen readers pick their voice from `lang`; a stale "id" would read English with Indonesian phonetics.
  // Read through globalThis: unit tests word errors with this instance in Node, with no document.
  const page = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  if (page) page.documentElement.lang = language;
});

export function applyLocale(locale: Locale): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
}
