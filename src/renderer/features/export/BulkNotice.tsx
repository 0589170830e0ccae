import { useTranslation } from 'react-i18next';
import type { CsvPresetId } from '../../../shared/domain/exports';
import { formatShortDate } from '../calendar/format';
import { useExports, type ExportPreview } from './store';
import { displayTime } from '../../../shared/time';

/**
 * A scheduling tool's bulk layout, before it is exported: how many files (one per channel, the
 * tools import one file per profile, split at the tool's row limit) and which posts break the
 * tool's documented limits (posts too close together, video, no text), each post named.
 */
export function BulkNotice({ bulk, preset }: { bulk: ExportPreview['bulk']; preset: CsvPresetId }) {
  const { t, i18n } = useTranslation();
  const presets = useExports((state) => state.presets);
  if (!bulk) return null;
  const language = i18n.language;
  const tool = presets.find((entry) => entry.id === preset)?.label ?? preset;
  return (
    <section className="export-bulk" aria-label={t('export.bulk.title')}>
      <p className="muted">{t('export.bulk.files', { n: bulk.files.length })}</p>
      {bulk.issues.length > 0 && (
        <ul className="export-bulk__issues">
          {bulk.issues.map((issue, index) => {
            const posts = issue.posts
              .map(
                (post) =>
                  `“${post.title}” (${formatShortDate(post.date, language)} ${displayTime(post.time, language)})`,
              )
              .join(issue.kind === 'tooClose' ? ` ${t('export.bulk.and')} ` : '; ');
            return (
              <li
                key={`${issue.kind}-${issue.channelId}-${index}`}
                className="notice notice--warning"
              >
                {t(`export.bulk.${issue.kind}`, {
                  channel: issue.channelName,
                  tool,
                  limit: issue.limit ?? 0,
                  parts: issue.parts ?? 0,
                  n: issue.posts.length,
                  posts,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
