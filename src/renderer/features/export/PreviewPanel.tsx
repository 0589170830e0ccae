import { useTranslation } from 'react-i18next';
import { postStatuses } from '../../../shared/domain/post-status';
import { LoadProblem } from '../../components/LoadProblem';
import { useChannels } from '../../stores/collections';
import { useExports, type PreviewState } from './store';
import { formatCount } from '../assets/format';
import { formatShortDate } from '../calendar/format';
import { isPostStatus, type ExportForm } from './model';
import { LeftOutNotice } from './LeftOutNotice';
import { BulkNotice } from './BulkNotice';

/**
 * What the export will hold: counts by status and channel, then the first rows as the files
 * list them (one per post × channel). While a new filter is counted the last answer stays,
 * marked busy, so the table does not flash empty on every tick of a checkbox.
 */
export function PreviewPanel({
  form,
  preview,
  valid,
  onRetry,
}: {
  form: ExportForm;
  preview: PreviewState;
  valid: boolean;
  onRetry(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const channels = useChannels((state) => state.rows);
  const value = preview.value;
  const busy = preview.status === 'loading';

  if (!valid) return <p className="muted">{t('export.preview.invalid')}</p>;
  if (preview.status === 'error') {
    return <LoadProblem message={preview.error ?? ''} onRetry={onRetry} />;
  }
  if (!value) {
    return (
      <p className="muted" role="status">
        {t('export.preview.loading')}
      </p>
    );
  }

  const colorOf = (id: string) => channels.find((channel) => channel.id === id)?.color ?? '#777777';
  const onlyApproved = form.statuses.length === 1 && form.statuses[0] === 'approved';

  return (
    <div className="export-preview" aria-busy={busy || undefined}>
      <p className="export-preview__counts" role="status">
        {busy
          ? t('export.preview.loading')
          : t('export.preview.counts', {
              posts: formatCount(value.posts, language),
              rows: formatCount(value.rows, language),
            })}
      </p>
      <LeftOutNotice form={form} leftOut={value.leftOut} />
      <BulkNotice bulk={value.bulk} preset={form.preset} />
      {value.rows === 0 ? (
        <div className="export-empty">
          <p className="export-empty__title">{t('export.preview.empty')}</p>
          <p className="muted">
            {onlyApproved ? t('export.preview.emptyHintApproved') : t('export.preview.emptyHint')}
          </p>
          {form.statuses.length < postStatuses.length && (
            <button
              type="button"
              className="button button--small"
              onClick={() => useExports.getState().setForm({ statuses: [...postStatuses] })}
            >
              {t('export.preview.includeAll')}
            </button>
          )}
        </div>
      ) : (
        <>
          <div className="export-preview__groups">
            <div>
              <h3 className="export-preview__heading">{t('export.preview.byStatus')}</h3>
              <ul className="export-tally" aria-label={t('export.preview.byStatus')}>
                {value.byStatus.map((entry) => (
                  <li key={entry.id}>
                    <span>
                      {isPostStatus(entry.id) ? t(`approval.status.${entry.id}`) : entry.name}
                    </span>
                    <span className="export-tally__count">
                      {formatCount(entry.count, language)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="export-preview__heading">{t('export.preview.byChannel')}</h3>
              <ul className="export-tally" aria-label={t('export.preview.byChannel')}>
                {value.byChannel.map((entry) => (
                  <li key={entry.id}>
                    <span>
                      <span
                        className="swatch"
                        style={{ backgroundColor: colorOf(entry.id) }}
                        aria-hidden="true"
                      />
                      {entry.name}
                    </span>
                    <span className="export-tally__count">
                      {formatCount(entry.count, language)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <div
            className="export-table-wrap"
            tabIndex={0}
            role="region"
            aria-label={t('export.preview.tableLabel')}
          >
            <table className="export-table">
              <thead>
                <tr>
                  <th scope="col">{t('exportFile.columns.date')}</th>
                  <th scope="col">{t('exportFile.columns.time')}</th>
                  <th scope="col">{t('exportFile.columns.channel')}</th>
                  <th scope="col">{t('exportFile.columns.format')}</th>
                  <th scope="col">{t('exportFile.columns.title')}</th>
                  <th scope="col">{t('exportFile.columns.status')}</th>
                  <th scope="col">{t('exportFile.columns.campaign')}</th>
                  <th scope="col">{t('exportFile.columns.pic')}</th>
                </tr>
              </thead>
              <tbody>
                {value.sample.map((row) => (
                  <tr key={`${row.postId}|${row.channelId}`}>
                    <td className="export-table__nowrap">{formatShortDate(row.date, language)}</td>
                    <td className="export-table__nowrap">
                      {row.time} {row.zoneLabel}
                    </td>
                    <td>
                      <span
                        className="swatch"
                        style={{ backgroundColor: row.channelColor }}
                        aria-hidden="true"
                      />
                      {row.channelName}
                    </td>
                    <td>{t(`editor.formats.${row.format}`)}</td>
                    <td>{row.title}</td>
                    <td>{t(`approval.status.${row.status}`)}</td>
                    <td>{row.campaignName ?? t('export.preview.none')}</td>
                    <td>{row.assigneeName ?? t('export.preview.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {value.rows > value.sample.length && (
            <p className="muted export-preview__more">
              {t('export.preview.showing', {
                shown: formatCount(value.sample.length, language),
                rows: formatCount(value.rows, language),
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
