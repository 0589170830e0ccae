import { useTranslation } from 'react-i18next';
import type { BulkStore } from './bulk-store';
import { tally, type BulkOutcomeResult } from './model';

/**
 * What the last bulk action did, post by post: done, or refused with the reason in words
 * (someone changed it meanwhile, the role may not, it is your own submission…). "Urungkan" where
 * there is a way back.
 */
export function BulkResults({ store, titleOf }: { store: BulkStore; titleOf(id: string): string }) {
  const { t } = useTranslation();
  const outcome = store((state) => state.outcome);
  const busy = store((state) => state.busy);
  const problem = store((state) => state.problem);
  if (!outcome) {
    return problem ? (
      <p className="notice notice--error bulk-results__problem" role="alert">
        {problem}
      </p>
    ) : null;
  }
  const { done, refused } = tally(outcome.results);
  const verb = t(`actions.bulk.done.${outcome.action}`);
  const name = (result: BulkOutcomeResult) =>
    result.ok ? result.post.title : (result.title ?? titleOf(result.id));
  return (
    <section
      className={`bulk-results${refused > 0 ? ' bulk-results--refused' : ''}`}
      aria-label={t('actions.bulk.resultsLabel')}
    >
      <p className="bulk-results__summary" role="status">
        {t('actions.bulk.summary', { verb, done, refused })}
        {outcome.stayedDraft > 0 &&
          ` ${t('actions.bulk.stayedDraft', { count: outcome.stayedDraft })}`}
      </p>
      <ul className="bulk-results__list">
        {outcome.results.map((result) => (
          <li key={result.id} className={result.ok ? 'bulk-result--done' : 'bulk-result--refused'}>
            <span className="bulk-result__mark" aria-hidden="true">
              {result.ok ? '✓' : '✕'}
            </span>
            <span className="bulk-result__title">{name(result)}</span>
            <span className="bulk-result__reason">
              {result.ok
                ? result.returnedToDraft
                  ? t('actions.bulk.returnedToDraft')
                  : t('actions.bulk.resultDone')
                : t('actions.bulk.resultRefused', { reason: result.error.message })}
            </span>
          </li>
        ))}
      </ul>
      <div className="bulk-results__actions">
        {outcome.undo && (
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() => void store.getState().undo()}
          >
            {t(`actions.bulk.undo.${outcome.undo.kind}`)}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => store.getState().dismissOutcome()}
        >
          {t('actions.bulk.closeResults')}
        </button>
      </div>
    </section>
  );
}
