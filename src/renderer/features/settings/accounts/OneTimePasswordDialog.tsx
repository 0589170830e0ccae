import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/Dialog';
import './accounts.css';

/**
 * The one-time password, shown once: large and monospaced so it can be read aloud or copied
 * from a note, with a copy button. The password lives only in this dialog's props; closing it
 * forgets it (the host keeps only its hash), so the dialog says so before it is closed.
 */
export function OneTimePasswordDialog({
  name,
  userName,
  password,
  onClose,
}: {
  name: string;
  userName: string;
  password: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const passwordId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copyPassword = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      // The clipboard can be refused (a browser's permission); the text stays selectable.
      setCopy('failed');
    }
  };

  return (
    // A stray click beside the dialog must not lose a password that is never shown again.
    <ModalDialog
      className="settings-dialog one-time-dialog"
      labelledBy={titleId}
      onClose={onClose}
      closeOnBackdrop={false}
    >
      <h2 id={titleId}>{t('accounts.oneTime.title')}</h2>
      <p>{t('accounts.oneTime.intro', { name, userName })}</p>
      <p className="one-time-dialog__label" id={passwordId}>
        {t('accounts.oneTime.label', { name })}
      </p>
      <output className="one-time-dialog__password" aria-labelledby={passwordId}>
        {password}
      </output>
      <div className="one-time-dialog__copy">
        <button type="button" className="button" onClick={() => void copyPassword()}>
          {t('accounts.oneTime.copy')}
        </button>
        <span role="status">
          {copy === 'copied'
            ? t('accounts.oneTime.copied')
            : copy === 'failed'
              ? t('accounts.oneTime.copyFailed')
              : ''}
        </span>
      </div>
      <p className="one-time-dialog__warning">
        <strong>{t('accounts.oneTime.shownOnce')}</strong>
      </p>
      <p>{t('accounts.oneTime.sessionsEnded', { name })}</p>
      <div className="settings-dialog__actions">
        <button type="button" className="button button--primary" autoFocus onClick={onClose}>
          {t('accounts.oneTime.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
