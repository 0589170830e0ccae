import { useTranslation } from 'react-i18next';
import { postStatuses, type PostStatus } from '../../../shared/domain/post-status';
import { formatCount } from '../assets/format';
import { useExports, type ExportPreview } from './store';
import type { ExportForm } from './model';

/**
 * What the status filter leaves out of the range ("1 unggahan menunggu persetujuan pada rentang
 * ini tidak ikut"), each with a button that adds that status to the filter, so a post still
 * waiting for approval never vanishes from a schedule without a word.
 */
export function LeftOutNotice({
  form,
  leftOut,
}: {
  form: ExportForm;
  leftOut: ExportPreview['leftOut'];
}) {
  const { t, i18n } = useTranslation();
  if (leftOut.length === 0) return null;
  const include = (status: PostStatus) =>
    useExports.getState().setForm({
      statuses: postStatuses.filter((s) => s === status || form.statuses.includes(s)),
    });
  return (
    <ul className="export-left-out" aria-label={t('export.leftOut.label')}>
      {leftOut.map(({ status, count }) => (
        <li key={status} className="notice notice--warning">
          <span>
            {t('export.leftOut.text', {
              n: formatCount(count, i18n.language),
              status: t(`approval.status.${status}`).toLocaleLowerCase(i18n.language),
            })}
          </span>{' '}
          <button type="button" className="button button--small" onClick={() => include(status)}>
            {t('export.leftOut.show')}
          </button>
        </li>
      ))}
    </ul>
  );
}
