import type { PostFormat } from '../../shared/domain/posts';
import type { PostStatus } from '../../shared/domain/post-status';
import type { Platform } from '../../shared/domain/channels';
import { catalogs } from '../../shared/i18n';
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
    /** `{{name}}` placeholders filled in, as i18next would. */
    fill: (template: string, values: Record<string, string | number>) =>
      template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? '')),
  };
}
export type ExportLabels = ReturnType<typeof exportLabels>;
