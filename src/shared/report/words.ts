import type { Catalog } from '../i18n/id';
import { translate, type LeafKey, type TextParams } from '../i18n/translate';
import type { Locale } from '../domain/settings';

/** A text of the `report.*` catalog block with its placeholders filled in. */
export type ReportWord = (key: LeafKey<Catalog['report']>, params?: TextParams) => string;

/** The report's words outside the interface (PDF, XLSX, CLI), from the same catalog. */
export const reportWords =
  (locale: Locale): ReportWord =>
  (key, params) =>
    translate(locale, `report.${key}`, params);
