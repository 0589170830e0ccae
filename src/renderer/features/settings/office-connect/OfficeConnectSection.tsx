import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeConnectProblem } from '../../../../shared/api/desktop';

/**
 * "Hubungkan ke kantor" (desktop app only): the office host's address and, for https, the
 * certificate fingerprint its screen shows. Main checks both, remembers them and restarts; the
 * app then opens the host's page with that certificate pinned. File › "Putuskan dari kantor"
 * returns to the data on this computer.
 */
export function OfficeConnectSection() {
  const { t } = useTranslation();
  const desktop = window.linimasaDesktop;
  const ids = useId();
  const [address, setAddress] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [problem, setProblem] = useState<{
    field: 'address' | 'fingerprint';
    problem: OfficeConnectProblem;
  } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  if (!desktop) return <p>{t('officeConnect.browser')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setStatus('');
    const result = await desktop.connectOffice({ address, fingerprint });
    setBusy(false);
    if (result.outcome === 'refused') {
      setProblem({ field: result.field, problem: result.problem });
      document.getElementById(`${ids}-${result.field}`)?.focus();
    }
    if (result.outcome === 'restarting')
      setStatus(t('officeConnect.restarting', { origin: result.origin }));
  };
  const errorOf = (field: 'address' | 'fingerprint') =>
    problem?.field === field ? t(`officeConnect.problems.${problem.problem}`) : null;

  return (
    <form aria-label={t('officeConnect.form')} noValidate onSubmit={(event) => void submit(event)}>
      <p>{t('officeConnect.intro')}</p>
      {(['address', 'fingerprint'] as const).map((field) => {
        const error = errorOf(field);
        return (
          <div className="field" key={field}>
            <label htmlFor={`${ids}-${field}`}>{t(`officeConnect.${field}`)}</label>
            <input
              id={`${ids}-${field}`}
              name={field}
              type="text"
              spellCheck={false}
              autoComplete="off"
              placeholder={t(`officeConnect.${field}Example`)}
              value={field === 'address' ? address : fingerprint}
              aria-describedby={`${ids}-${field}-hint`}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                field === 'address'
                  ? setAddress(event.target.value)
                  : setFingerprint(event.target.value)
              }
            />
            <p className="field__hint" id={`${ids}-${field}-hint`}>
              {t(`officeConnect.${field}Hint`)}
            </p>
            {error && <p className="field__error">{error}</p>}
          </div>
        );
      })}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('officeConnect.connect')}
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
