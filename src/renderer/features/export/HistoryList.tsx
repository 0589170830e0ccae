import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRecord } from '../../../shared/domain/exports';
import { LoadProblem } from '../../components/LoadProblem';
import { useCampaigns, useChannels } from '../../stores/collections';
import { canSaveWithDialog, exportUrl, useExports } from './store';
import { useIsAdmin } from '../../stores/session';
import { useSettings } from '../../stores/settings';
import { Dialog } from '../../components/Dialog';
import { formatBytes, formatCount, formatInstant } from '../assets/format';
import { formatPeriod } from './format';
import { shortHash } from './model';
import { defaultTimeZone } from '../../../shared/domain/time-zones';

/**
 * "Riwayat ekspor": every file exported here, newest first, with who made it, what it holds and
 * its SHA-256; the stored copy can be downloaded (or saved) again, or deleted while the record
 * and its fingerprint stay.
 */
export function HistoryList() {
  const { t } = useTranslation();
  const history = useExports((state) => state.history);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [removing, setRemoving] = useState<ExportRecord | null>(null);

  const report = (message: string, failed = false) => {
    setStatus(failed ? '' : message);
    setProblem(failed ? message : '');
  };

  return (
    <>
      {history.status === 'error' ? (
        <LoadProblem
          message={history.error ?? ''}
          onRetry={() => void useExports.getState().loadHistory()}
        />
      ) : history.status !== 'ready' ? (
        <p className="muted">{t('export.history.loading')}</p>
      ) : history.records.length === 0 ? (
        <p className="list-empty">{t('export.history.empty')}</p>
      ) : (
        <ul className="export-history" aria-label={t('export.history.title')}>
          {history.records.map((record) => (
            <HistoryItem
              key={record.id}
              record={record}
              report={report}
              onRemove={() => setRemoving(record)}
            />
          ))}
        </ul>
      )}
      <p className="export-history__status" role="status">
        {status}
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {removing && (
        <Dialog
          title={t('export.history.confirmTitle')}
          onClose={() => setRemoving(null)}
          onSubmit={() => {
            const record = removing;
            setRemoving(null);
            void useExports
              .getState()
              .removeStored(record.id)
              .then((error) =>
                error
                  ? report(error, true)
                  : report(t('export.history.removed', { fileName: record.fileName })),
              );
          }}
          actions={
            <>
              <button type="button" className="button" onClick={() => setRemoving(null)}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button--danger-solid">
                {t('export.history.confirm')}
              </button>
            </>
          }
        >
          <p>{t('export.history.confirmBody', { fileName: removing.fileName })}</p>
        </Dialog>
      )}
    </>
  );
}

function HistoryItem({
  record,
  report,
  onRemove,
}: {
  record: ExportRecord;
  report(message: string, failed?: boolean): void;
  onRemove(): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const presets = useExports((state) => state.presets);
  const channels = useChannels((state) => state.rows);
  const campaigns = useCampaigns((state) => state.rows);
  // Deleting a stored copy is an administrator's (the host refuses anyone else).
  const isAdmin = useIsAdmin();
  const { filter } = record;

  const formatLabel =
    record.format === 'csv' && record.preset
      ? `${t('export.format.names.csv')} · ${presets.find((p) => p.id === record.preset)?.label ?? record.preset}`
      : t(`export.format.names.${record.format}`);
  const names = (ids: string[], rows: readonly { id: string; name: string }[]) =>
    ids.map((id) => rows.find((row) => row.id === id)?.name ?? '?').join(', ');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(record.sha256);
      report(t('export.history.copied', { fileName: record.fileName }));
    } catch {
      report(t('export.history.copyFailed'), true);
    }
  };

  const save = async () => {
    const delivery = await useExports.getState().deliver(record);
    if (delivery.outcome === 'saved') report(t('export.history.saved', { path: delivery.path }));
    else if (delivery.outcome === 'failed')
      report(t('export.progress.saveFailed', { message: delivery.message }), true);
  };

  return (
    <li className="export-history__item">
      <div className="export-history__main">
        <p className="export-history__title">
          <span className="export-history__file">{record.fileName}</span>
          <span className="badge">{formatLabel}</span>
        </p>
        <p className="export-history__what">
          {formatPeriod(filter.from, filter.to, language)}
          {' · '}
          {record.rekap
            ? t('province.rollup.title')
            : record.report
              ? t('report.title')
              : filter.statuses.map((status) => t(`approval.status.${status}`)).join(', ')}
          {filter.channelIds.length > 0 &&
            ` · ${t('export.history.channels', { names: names(filter.channelIds, channels) })}`}
          {filter.campaignIds.length > 0 &&
            ` · ${t('export.history.campaigns', { names: names(filter.campaignIds, campaigns) })}`}
        </p>
        <p className="export-history__meta">
          {formatInstant(record.createdAt, zone, language)}
          {' · '}
          {record.actorName
            ? t('export.history.by', { name: record.actorName })
            : t('export.history.by', { name: t('export.history.nobody') })}
          {' · '}
          {t('export.history.counts', {
            posts: formatCount(record.posts, language),
            rows: formatCount(record.rows, language),
          })}
          {' · '}
          {formatBytes(record.bytes, language)}
        </p>
        <p className="export-history__hash">
          <span>{t('export.history.hash')}: </span>
          <code title={record.sha256}>{shortHash(record.sha256)}</code>
          <button
            type="button"
            className="button button--small button--quiet export-history__copy"
            aria-label={`${t('export.history.copy')} ${record.fileName}`}
            onClick={() => void copy()}
          >
            {t('export.history.copy')}
          </button>
        </p>
      </div>
      <div className="export-history__actions">
        {record.available ? (
          <>
            {canSaveWithDialog() ? (
              <button type="button" className="button button--small" onClick={() => void save()}>
                {t('export.history.save')}
              </button>
            ) : (
              <a
                className="button button--small"
                href={exportUrl(record.id)}
                download={record.fileName}
                aria-label={`${t('export.history.download')} ${record.fileName}`}
              >
                {t('export.history.download')}
              </a>
            )}
            {isAdmin && (
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`${t('export.history.remove')} ${record.fileName}`}
                onClick={onRemove}
              >
                {t('export.history.remove')}
              </button>
            )}
          </>
        ) : (
          <span className="badge badge--muted">{t('export.history.gone')}</span>
        )}
      </div>
    </li>
  );
}
