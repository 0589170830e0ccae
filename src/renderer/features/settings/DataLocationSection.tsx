import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataLocationInfo } from '../../../shared/api/desktop';

/**
 * "Lokasi data": where the database, photos and backups live. In the desktop app "Pindahkan…"
 * picks an empty folder and restarts; the copy is made and checked before the app opens the
 * data again. A browser cannot move it (the host is a command-line process): it shows the
 * command instead.
 */
export function DataLocationSection() {
  const { t } = useTranslation();
  const desktop = window.linimasaDesktop;
  const [info, setInfo] = useState<DataLocationInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    void desktop?.dataLocation().then((answer) => {
      if (live) setInfo(answer);
    });
    return () => {
      live = false;
    };
  }, [desktop]);

  if (!desktop) {
    return (
      <div className="data-location">
        <p>{t('dataLocation.browser')}</p>
        <pre>
          <code>npm run cli -- move-data --to FOLDER</code>
        </pre>
      </div>
    );
  }

  const move = async () => {
    setBusy(true);
    setProblem('');
    setStatus('');
    const result = await desktop.moveData();
    setBusy(false);
    if (result.outcome === 'refused') setProblem(result.message);
    if (result.outcome === 'restarting') setStatus(t('dataLocation.restarting', { to: result.to }));
  };

  return (
    <div className="data-location">
      {info === null ? (
        <p>{t('dataLocation.loading')}</p>
      ) : (
        <dl>
          <dt>{t('dataLocation.current')}</dt>
          <dd>
            <code>{info.dir}</code>
          </dd>
          {info.dir !== info.defaultDir && (
            <>
              <dt>{t('dataLocation.suggested')}</dt>
              <dd>
                <code>{info.defaultDir}</code>
              </dd>
            </>
          )}
        </dl>
      )}
      {info?.fixedBy ? (
        <p className="field__hint">{t('dataLocation.fixed')}</p>
      ) : (
        <button
          type="button"
          className="button"
          disabled={busy || info === null}
          onClick={() => void move()}
        >
          {t('dataLocation.move')}
        </button>
      )}
      <p className="field__hint">{t('dataLocation.hint')}</p>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </div>
  );
}
