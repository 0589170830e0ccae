import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { canSaveWithDialog, exportUrl, useExports, type Delivery, type ExportRun } from './store';
import { formatCount } from '../assets/format';
import { ProgressBar } from '../../components/ProgressBar';

/**
 * The export under way, then what became of it: a progress bar with "Batalkan" while the job
 * runs; afterwards the file's name with "Unduh lagi" (browser) or where it was saved (desktop),
 * or why it failed.
 */
export function ProgressPanel({ run }: { run: ExportRun }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const running = run.state === 'running' || run.state === 'starting';
  const title = run.format
    ? t('export.progress.title', { format: t(`export.format.names.${run.format}`) })
    : t('export.progress.titleUnknown');
  const rowsText =
    run.total > 0
      ? t('export.progress.rows', {
          done: formatCount(run.done, language),
          total: formatCount(run.total, language),
        })
      : t('export.progress.preparing');
  const outcome = outcomeText(run, t);
  const readyText =
    run.state === 'done' && run.fileName
      ? t('export.progress.ready', { fileName: run.fileName })
      : '';

  return (
    <section
      className={`export-progress export-progress--${run.state}`}
      aria-label={title}
      aria-busy={running || undefined}
    >
      {running ? (
        <>
          <div className="export-progress__head">
            <p className="export-progress__title">{title}</p>
            <button
              type="button"
              className="button button--small"
              disabled={run.jobId === null}
              onClick={() => void useExports.getState().cancel()}
            >
              {t('export.progress.cancel')}
            </button>
          </div>
          <ProgressBar
            label={t('export.progress.label')}
            done={run.done}
            total={run.total}
            text={rowsText}
          />
        </>
      ) : (
        <div className="export-progress__head">
          <div className="export-progress__result">
            <div>
              {run.state === 'done' && run.exportId && run.fileName ? (
                <p className="export-progress__ready">
                  {readyText}
                  {' — '}
                  {canSaveWithDialog() ? (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => void useExports.getState().redeliver()}
                    >
                      {t('export.progress.saveAgain')}
                    </button>
                  ) : (
                    <a href={exportUrl(run.exportId)} download={run.fileName}>
                      {t('export.progress.downloadAgain')}
                    </a>
                  )}
                </p>
              ) : null}
              {outcome?.tone === 'info' && <p className="export-progress__note">{outcome.text}</p>}
            </div>
            {outcome?.tone === 'error' && (
              <p className="form-error" role="alert">
                {outcome.text}
              </p>
            )}
          </div>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => useExports.getState().dismissRun()}
          >
            {t('export.progress.close')}
          </button>
        </div>
      )}
      {/* Announced once, when the export ends; the moving figures would only chatter. */}
      <p className="visually-hidden" role="status">
        {running
          ? ''
          : [readyText, outcome?.tone === 'info' ? outcome.text : ''].filter(Boolean).join('. ')}
      </p>
    </section>
  );
}

type Translate = TFunction;

function outcomeText(
  run: ExportRun,
  t: Translate,
): { tone: 'info' | 'error'; text: string } | null {
  if (run.state === 'cancelled') return { tone: 'info', text: t('export.progress.cancelled') };
  if (run.state === 'failed') {
    return {
      tone: 'error',
      text: t('export.progress.failed', {
        message: run.error || t('export.progress.unknownError'),
      }),
    };
  }
  if (run.state === 'done') return deliveryText(run.delivery, t);
  return null;
}

function deliveryText(
  delivery: Delivery | null,
  t: Translate,
): { tone: 'info' | 'error'; text: string } | null {
  if (!delivery) return null;
  switch (delivery.outcome) {
    case 'downloaded':
      return { tone: 'info', text: t('export.progress.downloaded') };
    case 'saved':
      return { tone: 'info', text: t('export.progress.saved', { path: delivery.path }) };
    case 'cancelled':
      return { tone: 'info', text: t('export.progress.saveCancelled') };
    case 'failed':
      return {
        tone: 'error',
        text: t('export.progress.saveFailed', { message: delivery.message }),
      };
  }
}
