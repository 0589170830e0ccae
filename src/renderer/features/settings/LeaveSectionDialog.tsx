import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/Dialog';

/** Asked when the user picks another settings section while this one has unsaved edits. */
export function LeaveSectionDialog({
  section,
  onStay,
  onLeave,
}: {
  section: string;
  onStay(): void;
  onLeave(): void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <ModalDialog className="settings-dialog" labelledBy={titleId} onClose={onStay}>
      <h2 id={titleId}>{t('settings.unsaved.title')}</h2>
      <p className="settings-dialog__body">{t('settings.unsaved.body', { section })}</p>
      <div className="settings-dialog__actions">
        <button type="button" className="button" onClick={onLeave}>
          {t('settings.unsaved.leave')}
        </button>
        <button type="button" className="button button--primary" autoFocus onClick={onStay}>
          {t('settings.unsaved.stay')}
        </button>
      </div>
    </ModalDialog>
  );
}
