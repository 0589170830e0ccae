import { useTranslation } from 'react-i18next';
import type { SubmitPhase } from '../forms/use-form-submit';

interface FormFooterProps {
  phase: SubmitPhase;
  generalError: string | null;
  submitLabel: string;
  onCancel?: () => void;
}

/**
 * Submit button, the "Tersimpan" live region and the error that belongs to no single field.
 * The status element is always rendered: a live region that appears together with its text is
 * often not announced.
 */
export function FormFooter({ phase, generalError, submitLabel, onCancel }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <div className="form-footer">
      {generalError && (
        <p className="form-error" role="alert">
          {generalError}
        </p>
      )}
      <div className="form-footer__actions">
        <button type="submit" className="button button--primary" disabled={phase === 'saving'}>
          {phase === 'saving' ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <p className="form-status" role="status" aria-live="polite">
          {phase === 'saved' ? (
            <>
              <span aria-hidden="true">✓ </span>
              {t('common.saved')}
            </>
          ) : null}
        </p>
      </div>
    </div>
  );
}
