import i18next, { type i18n as I18n } from 'i18next';
import { formatBytes } from '../domain/media-fit';
import type { Locale } from '../domain/settings';
import { en } from './en';
import { id, type Catalog } from './id';

/** Values a catalog text is filled with: `{{name}}`, or `{{limit, bytes}}` for a file size. */
export type TextParams = Record<string, string | number>;

/** Every dotted path to a text in `T`: `missing.post`, `bundle.notZip`, … */
export type LeafKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafKey<T[K]>}`;
}[keyof T & string];

/** A text in `errors.*`, the words the interface gives an error a service raised. */
export type ErrorKey = LeafKey<Catalog['errors']>;

/**
 * The formats our texts use besides i18next's own: `bytes` (1,5 MB / 1.5 MB, decimal, as the
 * interface shows file sizes) and `binaryBytes` (limits set in MiB read round: 256 MB).
 * Registered on the renderer's instance too, so a text reads the same wherever it is worded.
 */
export function addFormatters(instance: I18n): void {
  const numberLocale = (lng: string | undefined) => (lng === 'en' ? 'en-US' : 'id-ID');
  instance.services.formatter?.add('bytes', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatBytes(value, numberLocale(lng)) : String(value),
  );
  instance.services.formatter?.add('binaryBytes', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatBinaryBytes(value, numberLocale(lng)) : String(value),
  );
}

function formatBinaryBytes(bytes: number, locale: string): string {
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const figure = value.toLocaleString(locale, { maximumFractionDigits: 1 });
  return `${figure} ${units[unit]}`;
}

const instances = new Map<Locale, I18n>();

/**
 * An i18next instance per language over the same catalogs the renderer uses, for words said
 * outside the interface: exported files, the CLI, and the Indonesian fallback text an API error
 * carries. Made on first use (the catalogs are bundled, so init is synchronous).
 */
function instanceFor(locale: Locale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: { id: { translation: id }, en: { translation: en } },
      lng: locale,
      fallbackLng: 'id',
      initAsync: false,
      // Plain text (files, terminals, JSON): nothing to escape for.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    addFormatters(instance);
    instances.set(locale, instance);
  }
  return instance;
}

/** The catalog text at `key` (dotted, from the root) in `locale`, filled with `params`. */
export function translate(locale: Locale, key: string, params: TextParams = {}): string {
  // Keys are checked by the callers' own types (ErrorKey, LeafKey); the renderer's typed `t`
  // (i18next.d.ts) would refuse a plain string here.
  const t = instanceFor(locale).t as (key: string, params: TextParams) => string;
  return t(key, params);
}

/** The words of an error key (`errors.<key>`) in `locale`. */
export function wordError(locale: Locale, key: ErrorKey, params: TextParams = {}): string {
  return translate(locale, `errors.${key}`, params);
}
