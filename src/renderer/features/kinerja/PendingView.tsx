import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '../../../shared/domain/time-zones';
import { displayTime, localParts, longDate } from '../../../shared/time';
import { EmptyState } from '../../components/EmptyState';
import { LoadProblem } from '../../components/LoadProblem';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Section } from '../../components/Section';
import { routeHash } from '../../navigation/routes';
import { useSettings } from '../../stores/settings';
import { usePendingMatches, type PendingRow } from './pending-store';
import './kinerja.css';

/**
 * Laporan › Perlu dicocokkan: the rows of earlier imports that looked like more than one planned
 * post (or only partly like one) and were left for later. Each is settled here: "Cocokkan dengan
 * …" a candidate, "Terbit di luar rencana", or "Jangan dihitung"; a selection at once.
 */
export function PendingView() {
  const { t } = useTranslation();
  const status = usePendingMatches((state) => state.status);
  const rows = usePendingMatches((state) => state.rows);
  const error = usePendingMatches((state) => state.error);
  const notice = usePendingMatches((state) => state.notice);
  const problem = usePendingMatches((state) => state.problem);

  useEffect(() => {
    void usePendingMatches.getState().load();
  }, []);

  const back = (
    <a className="button" href={routeHash({ screen: 'report' })}>
      {t('kinerja.pending.back')}
    </a>
  );
  return (
    <>
      <ScreenHeader title={t('kinerja.pending.title')}>
        <p>{t('kinerja.pending.intro')}</p>
        {back}
      </ScreenHeader>
      <p className="muted" role="status">
        {notice ?? ''}
      </p>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {status === 'error' && (
        <LoadProblem
          message={error ?? ''}
          onRetry={() => void usePendingMatches.getState().load()}
        />
      )}
      {status === 'loading' && <p className="muted">{t('kinerja.pending.loading')}</p>}
      {status === 'ready' && rows.length === 0 && (
        <EmptyState
          title={t('kinerja.pending.emptyTitle')}
          action={
            <a
              className="button button--primary"
              href={routeHash({ screen: 'report', section: 'import' })}
            >
              {t('report.importLink')}
            </a>
          }
        >
          {t('kinerja.pending.emptyBody')}
        </EmptyState>
      )}
      {status === 'ready' && rows.length > 0 && <PendingList rows={rows} />}
    </>
  );
}

function PendingList({ rows }: { rows: PendingRow[] }) {
  const { t } = useTranslation();
  const selected = usePendingMatches((state) => state.selected);
  const busy = usePendingMatches((state) => state.busy);
  const all = selected.length === rows.length;
  const ids = useId();
  return (
    <Section
      title={t('kinerja.pending.listTitle', { count: rows.length })}
      description={t('kinerja.pending.listHint')}
    >
      <div className="pending-bulk" role="group" aria-label={t('kinerja.pending.bulkLabel')}>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={all}
            onChange={(event) => usePendingMatches.getState().selectAll(event.target.checked)}
          />{' '}
          {t('kinerja.pending.selectAll')}
        </label>
        <span className="muted" id={`${ids}-count`}>
          {t('kinerja.pending.selectedCount', { count: selected.length })}
        </span>
        <button
          type="button"
          className="button"
          aria-describedby={`${ids}-count`}
          disabled={busy || selected.length === 0}
          onClick={() => void usePendingMatches.getState().settleSelected('unplanned')}
        >
          {t('kinerja.pending.bulkUnplanned')}
        </button>
        <button
          type="button"
          className="button"
          aria-describedby={`${ids}-count`}
          disabled={busy || selected.length === 0}
          onClick={() => void usePendingMatches.getState().settleSelected('skip')}
        >
          {t('kinerja.pending.bulkSkip')}
        </button>
      </div>
      <ul className="pending-list">
        {rows.map((row) => (
          <PendingItem key={row.id} row={row} checked={selected.includes(row.id)} busy={busy} />
        ))}
      </ul>
    </Section>
  );
}

function PendingItem({ row, checked, busy }: { row: PendingRow; checked: boolean; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const zone = useSettings((state) => state.settings?.timeZone ?? defaultTimeZone);
  const titleId = useId();
  const language = i18n.language;
  const when = (instant: string) => {
    const { date, time } = localParts(instant, zone);
    return t('kinerja.pending.when', {
      date: longDate(date, language),
      time: displayTime(time, language),
    });
  };
  const settle = usePendingMatches.getState().settle;
  return (
    <li className="pending-item">
      <div role="group" aria-labelledby={titleId}>
        <div className="pending-item__head">
          <input
            type="checkbox"
            checked={checked}
            aria-label={t('kinerja.pending.selectRow', { row: row.row, file: row.fileName })}
            onChange={(event) => usePendingMatches.getState().toggle(row.id, event.target.checked)}
          />
          <h3 id={titleId} className="pending-item__title">
            {t('kinerja.pending.rowTitle', {
              row: row.row,
              date: longDate(row.day, language),
              channel: row.channelName,
            })}
          </h3>
        </div>
        <p className="muted">
          {t('kinerja.pending.source', {
            file: row.fileName,
            platform: t(`kinerja.import.platforms.${row.platform}`),
            imported: when(row.importedAt),
          })}
        </p>
        <p className="kinerja-import__caption">{row.caption || '—'}</p>
        <div className="button-row">
          {row.candidates.map((candidate) => (
            <button
              key={candidate.postId}
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void settle(row.id, { postId: candidate.postId })}
            >
              {candidate.scheduledAt
                ? t('kinerja.pending.matchWhen', {
                    title: candidate.title,
                    when: when(candidate.scheduledAt),
                  })
                : t('kinerja.pending.match', { title: candidate.title })}
            </button>
          ))}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void settle(row.id, 'unplanned')}
          >
            {t('kinerja.import.unplanned')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void settle(row.id, 'skip')}
          >
            {t('kinerja.pending.skip')}
          </button>
        </div>
      </div>
    </li>
  );
}
