import { useTranslation } from 'react-i18next';
import { useAssets, type VerifyRun } from './store';
import { formatBytes, formatCount } from './format';

/** Problems listed by name; the counts cover all of them. */
const shownProblems = 50;

/**
 * "Verifikasi pustaka": every file of the library hashed again and compared with what was
 * stored. The report says in plain words how many are intact, which vanished and which changed,
 * and offers to show the missing ones in the grid.
 */
export function VerifyPanel({ run }: { run: VerifyRun }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { progress, summary } = run;
  const running = run.state === 'running';
  const problems = run.problems.slice(0, shownProblems);
  const report =
    summary.missing + summary.corrupt === 0
      ? t('assets.verify.allGood', { n: formatCount(summary.ok, language) })
      : t('assets.verify.someBad', {
          ok: formatCount(summary.ok, language),
          missing: formatCount(summary.missing, language),
          corrupt: formatCount(summary.corrupt, language),
        });

  return (
    <section className="assets-panel" aria-labelledby="assets-verify-title" aria-busy={running}>
      <div className="assets-panel__head">
        <h2 id="assets-verify-title">
          {running ? t('assets.verify.title') : t(`assets.verify.finished.${run.state}`)}
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => useAssets.getState().dismissVerify()}
        >
          {running ? t('assets.verify.cancel') : t('assets.verify.close')}
        </button>
      </div>
      {running ? (
        <>
          <progress
            className="assets-panel__progress"
            max={1}
            value={progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : undefined}
            aria-label={t('assets.verify.progressLabel')}
          />
          <p className="assets-panel__figures">
            {t('assets.verify.progress', {
              done: formatCount(progress.filesDone, language),
              total: formatCount(progress.filesTotal, language),
              bytes: formatBytes(progress.bytesDone, language),
            })}
          </p>
        </>
      ) : (
        <p className="assets-panel__summary">
          {run.state === 'done' ? report : ''}
          {run.state === 'done' && summary.thumbsMissing > 0 && (
            <>
              {' '}
              {t('assets.verify.thumbs', {
                missing: formatCount(summary.thumbsMissing, language),
                rebuilt: formatCount(summary.thumbsRebuilt, language),
              })}
            </>
          )}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {running
          ? ''
          : `${t(`assets.verify.finished.${run.state}`)}. ${run.state === 'done' ? report : ''}`}
      </p>
      {run.error && (
        <p className="form-error" role="alert">
          {run.error}
        </p>
      )}
      {!running && problems.length > 0 && (
        <>
          <ul className="assets-results" tabIndex={0} aria-label={t('assets.verify.problemsLabel')}>
            {problems.map((problem) => (
              <li key={problem.assetId} className="assets-result assets-result--failed">
                <span className="assets-result__name">{problem.name}</span>
                <span className="assets-result__status">
                  {t(`assets.verify.problem.${problem.status}`)}
                </span>
              </li>
            ))}
          </ul>
          {run.problems.length > problems.length && (
            <p className="muted">
              {t('assets.verify.moreProblems', { count: run.problems.length - problems.length })}
            </p>
          )}
          {summary.missing > 0 && (
            <button
              type="button"
              className="button button--small"
              onClick={() => useAssets.getState().setFilters({ missingOnly: true })}
            >
              {t('assets.verify.showMissing')}
            </button>
          )}
          <p className="muted">{t('assets.verify.advice')}</p>
        </>
      )}
    </section>
  );
}
