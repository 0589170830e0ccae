import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBundleImport } from './store';
import { BundlePicker } from './BundlePicker';
import { useFocusOnArrival } from './use-focus-on-arrival';

/**
 * A bundle that was refused (damaged, hostile, from a newer Linimasa, a checksum that does not
 * match) or an import that failed: the host's reason in full, that nothing changed, and the
 * way on. A failed import keeps its bundle, so it can be checked again (the office may have
 * edited a post meanwhile, which makes a new conflict).
 */
export function BundleFailurePanel() {
  const { t } = useTranslation();
  const failure = useBundleImport((state) => state.failure);
  const fileName = useBundleImport((state) => state.fileName);
  const canCheckAgain = useBundleImport((state) => state.source !== null);
  const titleRef = useRef<HTMLParagraphElement>(null);
  useFocusOnArrival(titleRef);
  if (!failure) return null;
  const store = useBundleImport.getState();

  return (
    <div className="bundle-failure" role="alert">
      <p className="bundle-failure__title" ref={titleRef} tabIndex={-1}>
        {t(`bundleImport.failed.${failure.step}`)}
        {fileName ? <span className="bundle-failure__file"> — {fileName}</span> : null}
      </p>
      <p className="bundle-failure__message">{failure.message}</p>
      {failure.nothingChanged && <p>{t('bundleImport.failed.nothingChanged')}</p>}
      <div className="bundle-failure__actions">
        {failure.step === 'import' && canCheckAgain ? (
          <>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void store.checkAgain()}
            >
              {t('bundleImport.failed.checkAgain')}
            </button>
            <button type="button" className="button" onClick={() => void store.reset()}>
              {t('bundleImport.failed.close')}
            </button>
          </>
        ) : (
          <>
            <BundlePicker label={t('bundleImport.failed.chooseOther')} hint={false} />
            <button type="button" className="button" onClick={() => void store.reset()}>
              {t('bundleImport.failed.close')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
