import { useTranslation } from 'react-i18next';

/** A list that failed to load says so, with the reason and a way to try again. */
export function LoadProblem({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="load-problem" role="alert">
      <p>
        <strong>{t('errors.loadFailed')}.</strong> {message}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
