import { en } from './en';
import { id, type Catalog } from './id';
import type { Locale } from '../domain/settings';

export type { Catalog };
export { id, en };

/** One catalog per supported locale; `Record<Locale, …>` makes a new locale without a catalog a type error. */
export const catalogs: Record<Locale, Catalog> = { id, en };

/** Language names are shown in their own language, so a user who picked the wrong one can find their way back. */
export const localeNames: Record<Locale, string> = { id: 'Bahasa Indonesia', en: 'English' };
