import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useSettings } from '../../stores/settings';
import { Dialog } from '../../components/Dialog';
import { formatBytes, formatInstant } from '../assets/format';
import { useBackups, type BackupFile } from './backup-store';

const backupFields = ['backupKeep'] as const;

/**
 * "Cadangan": how many copies to keep, "Cadangkan sekarang", the integrity check, and the list
 * of copies in backups/ with "Pulihkan" (after a confirmation; the current state is backed up
 * first). After a restore the page reloads: every store then reads the restored data.
 */
export function BackupSection({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const update = useSettings((state) => state.update);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Settings>(backupFields, formRef);
  const [keep, setKeep] = useState(String(settings.backupKeep));
  const backups = useBackups((state) => state.backups);
  const busy = useBackups((state) => state.busy);
  const status = useBackups((state) => state.status);
  const problem = useBackups((state) => state.problem);
  const [confirming, setConfirming] = useState<BackupFile | null>(null);
  const ids = useId();

  useEffect(() => useBackups.getState().init(), []);

  const restore = async (backup: BackupFile) => {
    const restored = await useBackups.getState().restore(backup);
    setConfirming(null);
    if (restored) window.location.reload();
  };
  const when = (backup: BackupFile) =>
    formatInstant(backup.createdAt, settings.timeZone, i18n.language);

  return (
    <div className="backup-section">
      <form
        ref={formRef}
        aria-label={t('backup.keepForm')}
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await form.submit(() => update({ backupKeep: Number(keep) }));
          if (result?.ok) setKeep(String(result.value.backupKeep));
        }}
      >
        <div className="field">
          <label htmlFor={`${ids}-keep`}>{t('backup.keep')}</label>
          <input
            id={`${ids}-keep`}
            name="backupKeep"
            type="number"
            min={1}
            max={365}
            inputMode="numeric"
            value={keep}
            aria-describedby={`${ids}-keep-hint`}
            aria-invalid={form.errors.byField.backupKeep ? true : undefined}
            onChange={(event) => {
              form.touch();
              setKeep(event.target.value);
            }}
          />
          <p className="field__hint" id={`${ids}-keep-hint`}>
            {t('backup.keepHint')}
          </p>
          {form.errors.byField.backupKeep && (
            <p className="field__error">{form.errors.byField.backupKeep}</p>
          )}
        </div>
        <FormFooter
          phase={form.phase}
          generalError={form.errors.general}
          submitLabel={t('common.save')}
        />
      </form>

      <div className="backup-section__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null}
          onClick={() => void useBackups.getState().backupNow()}
        >
          {busy === 'backup' ? t('backup.working') : t('backup.now')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void useBackups.getState().check()}
        >
          {busy === 'check' ? t('backup.checking') : t('backup.check')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="backup-section__status">
        {status}
      </p>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}

      <h3 className="backup-section__heading">{t('backup.listTitle')}</h3>
      {backups === null ? (
        <p>{t('backup.loading')}</p>
      ) : backups.length === 0 ? (
        <p className="empty-hint">{t('backup.empty')}</p>
      ) : (
        <ul className="backup-section__list" aria-label={t('backup.listTitle')}>
          {backups.map((backup) => (
            <li key={backup.name}>
              <span>{formatInstant(backup.createdAt, settings.timeZone, i18n.language)}</span>
              <span className="badge">{t(`backup.reasons.${backup.reason}`)}</span>
              <span>{formatBytes(backup.bytes, i18n.language)}</span>
              <code>{backup.name}</code>
              <button
                type="button"
                className="button button--small"
                disabled={busy !== null}
                aria-label={t('backup.restoreLabel', { date: when(backup) })}
                onClick={() => setConfirming(backup)}
              >
                {t('backup.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="field__hint">{t('backup.restoreHint')}</p>
      {confirming && (
        <Dialog
          title={t('backup.restoreTitle')}
          onClose={() => busy === null && setConfirming(null)}
          onSubmit={() => void restore(confirming)}
          actions={
            <>
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                onClick={() => setConfirming(null)}
              >
                {t('common.cancel')}
              </button>
              <button
                type="submit"
                className="button button--danger-solid"
                disabled={busy !== null}
              >
                {busy === 'restore' ? t('backup.restoring') : t('backup.restoreConfirm')}
              </button>
            </>
          }
        >
          <p>{t('backup.restoreBody', { date: when(confirming) })}</p>
          <p>
            <code>{confirming.name}</code>
          </p>
        </Dialog>
      )}
    </div>
  );
}
