import type { PostFormat } from '../../shared/domain/posts';
import type { PostStatus } from '../../shared/domain/post-status';
import type { Platform } from '../../shared/domain/channels';
import { catalogs, type Catalog } from '../../shared/i18n';
import { translate, type LeafKey, type TextParams } from '../../shared/i18n/translate';
import type { Schedule } from '../../shared/domain/exports';

/**
 * The words exported files print, in the office's language, from the same catalogs the
 * interface uses (so "Menunggu persetujuan" reads the same on screen and on paper).
 */
export function exportLabels(locale: Schedule['office']['locale']) {
  const catalog = catalogs[locale];
  return {
    ...catalog.exportFile,
    status: (status: PostStatus) => catalog.approval.status[status],
    format: (format: PostFormat) => catalog.editor.formats[format],
    platform: (platform: Platform) => catalog.channels.platforms[platform],
    /** The text `exportFile.<key>` with its `{{name}}` placeholders filled in, by i18next. */
    text: (key: LeafKey<Catalog['exportFile']>, values: TextParams) =>
      translate(locale, `exportFile.${key}`, values),
    /** The text `printDocument.<key>` (the PDF's own words) with its placeholders filled in. */
    printText: (key: LeafKey<Catalog['printDocument']>, values: TextParams) =>
      translate(locale, `printDocument.${key}`, values),
  };
}
export type ExportLabels = ReturnType<typeof exportLabels>;
