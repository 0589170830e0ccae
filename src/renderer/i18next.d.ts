import type { Catalog } from '../shared/i18n';

// Typed keys: `t('nav.calendr')` fails the type check instead of showing the raw key to a user.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
    returnNull: false;
  }
}
