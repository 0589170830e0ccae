import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/domain/assets';
import { useAssets, type ImportBatch } from './store';
import { wordReason } from '../../api/error-words';
import { formatBytes, formatCount } from './format';
import { countResults, resultsToShow } from './model';

/** Results listed under the bar; the counts above them always cover the whole batch. */
const shownResults = 100;
/**
 * Lines shown before "Tampilkan semua hasil": each in full, wrapped. A scrolling box of fixed
 * height cut its last visible line mid-sentence, so the list grows instead, and only when asked.
 */
const collapsedResults = 5;

/**
 * The running (or just finished) import: files and bytes done, the files being read right now,
 * a Cancel button, and one line per file saying what became of it. Failures are listed first,
 * since they are what a person has to act on.
 */
export function ImportPanel({ batch }: { batch: ImportBatch }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { progress } = batch;
  const counts = countResults(batch.results);
  const running = batch.state === 'running';
  const fraction = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  const [expanded, setExpanded] = useState(false);
  const listed = resultsToShow(batch.results, shownResults);
  const shown = expanded ? listed : listed.slice(0, collapsedResults);
  const summary = [
    t('assets.import.summary.imported', { count: counts.imported }),
    t('assets.import.summary.duplicate', { count: counts.duplicate }),
    t('assets.import.summary.failed', { count: counts.failed }),
    batch.skipped > 0 ? t('assets.import.summary.skipped', { count: batch.skipped }) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="assets-panel" aria-labelledby="assets-import-title" aria-busy={running}>
      <div className="assets-panel__head">
        <h2 id="assets-import-title">
          {running ? t('assets.import.title') : t(`assets.import.finished.${batch.state}`)}
        </h2>
        {running ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => useAssets.getState().cancelImport()}
          >
            {t('assets.import.cancel')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => useAssets.getState().dismissImport()}
          >
            {t('assets.import.close')}
          </button>
        )}
      </div>
      <progress
        className="assets-panel__progress"
        max={1}
        value={running && progress.filesTotal === 0 ? undefined : running ? fraction : 1}
        aria-label={t('assets.import.progressLabel')}
      />
      <p className="assets-panel__figures">
        {t('assets.import.files', {
          done: formatCount(progress.filesDone, language),
          total: formatCount(progress.filesTotal, language),
        })}
        {' · '}
        {t('assets.import.bytes', {
          done: formatBytes(progress.bytesDone, language),
          total: formatBytes(progress.bytesTotal, language),
        })}
      </p>
      {running && progress.current.length > 0 && (
        <p className="assets-panel__current">
          {t('assets.import.current', { names: progress.current.join(', ') })}
        </p>
      )}
      <p className="assets-panel__summary">{summary}</p>
      {/* Announced once, when the batch ends; the moving figures would only chatter. */}
      <p className="visually-hidden" role="status">
        {running ? '' : `${t(`assets.import.finished.${batch.state}`)}. ${summary}`}
      </p>
      {batch.state === 'cancelled' && <p className="muted">{t('assets.import.cancelledNote')}</p>}
      {batch.error && (
        <p className="form-error" role="alert">
          {batch.error}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="assets-results" aria-label={t('assets.import.resultsLabel')}>
          {shown.map((result, index) => (
            <ResultLine key={`${index}-${result.source}`} result={result} />
          ))}
        </ul>
      )}
      {listed.length > collapsedResults && (
        <button
          type="button"
          className="button button--small"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded
            ? t('assets.import.showFewer')
            : t('assets.import.showAll', { count: batch.results.length })}
        </button>
      )}
      {batch.results.length > listed.length && expanded && (
        <p className="muted">
          {t('assets.import.moreResults', { count: batch.results.length - listed.length })}
        </p>
      )}
    </section>
  );
}

function ResultLine({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const text =
    result.status === 'imported'
      ? t('assets.import.result.imported')
      : result.status === 'duplicate'
        ? result.existingName
          ? t('assets.import.result.duplicateOf', { name: result.existingName })
          : t('assets.import.result.duplicate')
        : t('assets.import.result.failed', {
            reason: result.reason ? wordReason(result, i18n) : t('assets.import.unknownReason'),
          });
  return (
    <li className={`assets-result assets-result--${result.status}`}>
      <span className="assets-result__name">{result.name}</span>
      <span className="assets-result__status">
        {text}
        {result.status === 'duplicate' && result.assetId && (
          <button
            type="button"
            className="assets-result__open"
            onClick={() => useAssets.getState().openAsset(result.assetId!)}
          >
            {t('assets.import.openExisting', { name: result.existingName ?? result.name })}
          </button>
        )}
      </span>
    </li>
  );
}
