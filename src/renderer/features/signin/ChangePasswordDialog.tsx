import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/Dialog';
import { PasswordChangeForm } from './PasswordChangeForm';

/** "Ganti kata sandi" from the session menu; a success closes it and the menu shows the toast. */
export function ChangePasswordDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <ModalDialog className="session-dialog" labelledBy={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('session.password.title')}</h2>
      <PasswordChangeForm
        currentLabel={t('session.password.current')}
        submitLabel={t('session.password.submit')}
        onDone={onClose}
        actions={
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        }
      />
    </ModalDialog>
  );
}
