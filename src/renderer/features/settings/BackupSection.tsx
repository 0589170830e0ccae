import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { Settings } from '../../../shared/domain/settings';
import { api } from '../../api';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useSettings } from '../../stores/settings';
import { Dialog } from '../../components/Dialog';
import { formatBytes, formatInstant } from '../assets/format';

type BackupList = ResponseOf<'backup.list'>;

const backupFields = ['backupKeep'] as const;

type BackupFile = BackupList[number];

/** Survives the reload after a restore, so the section can say what happened. */
const restoredKey = 'linimasa:restored';

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
  const [backups, setBackups] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState<'backup' | 'check' | 'restore' | null>(null);
  const [confirming, setConfirming] = useState<BackupFile | null>(null);
  const [status, setStatus] = useState(() => {
    const restored = sessionStorage.getItem(restoredKey) ?? '';
    sessionStorage.removeItem(restoredKey);
    return restored;
  });
  const [problem, setProblem] = useState('');
  const ids = useId();

  const apply = useCallback((result: ApiResult<BackupList>) => {
    if (result.ok) setBackups(result.value);
    else setProblem(result.error.message);
  }, []);
  const load = useCallback(async () => apply(await api.backup.list({})), [apply]);

  useEffect(() => {
    let live = true;
    void api.backup.list({}).then((result) => {
      if (live) apply(result);
    });
    return () => {
      live = false;
    };
  }, [apply]);

  const backupNow = async () => {
    setBusy('backup');
    setProblem('');
    const result = await api.backup.create({});
    setBusy(null);
    if (!result.ok) return setProblem(result.error.message);
    setStatus(t('backup.created', { name: result.value.name }));
    await load();
  };

  const restore = async (backup: BackupFile) => {
    setBusy('restore');
    setProblem('');
    const result = await api.backup.restore({ name: backup.name });
    setBusy(null);
    setConfirming(null);
    if (!result.ok) return setProblem(result.error.message);
    sessionStorage.setItem(
      restoredKey,
      t('backup.restored', { name: backup.name, safety: result.value.safetyCopy.name }),
    );
    window.location.reload();
  };
  const when = (backup: BackupFile) =>
    formatInstant(backup.createdAt, settings.timeZone, i18n.language);

  const check = async () => {
    setBusy('check');
    setProblem('');
    const result = await api.backup.check({});
    setBusy(null);
    if (!result.ok) return setProblem(result.error.message);
    if (result.value.ok) setStatus(t('backup.checkOk'));
    else
      setProblem(
        t('backup.checkProblems', { problems: result.value.problems.slice(0, 5).join('; ') }),
      );
  };

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
          onClick={() => void backupNow()}
        >
          {busy === 'backup' ? t('backup.working') : t('backup.now')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void check()}
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
