import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/domain/settings';
import { LoadProblem } from '../../../components/LoadProblem';
import { useIsAdmin } from '../../../stores/session';
import { IdleLockForm } from './IdleLockForm';
import { SecurityLogTable } from './SecurityLogTable';
import { useSecurity } from './store';
import '../accounts/accounts.css';

/**
 * Settings › Keamanan (administrators): the idle lock and the security log. Anyone else who
 * reaches the address is told the section is not theirs; the host would answer 403 anyway.
 */
export function SecuritySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const { status, loadError, idleLockMinutes, entries, load } = useSecurity();

  useEffect(() => {
    if (isAdmin) void useSecurity.getState().load();
  }, [isAdmin]);

  if (!isAdmin) return <p className="list-empty">{t('accounts.security.adminOnly')}</p>;
  if (status === 'error')
    return <LoadProblem message={loadError?.message ?? ''} onRetry={() => void load()} />;
  if (status !== 'ready' || idleLockMinutes === null) return null;

  return (
    <>
      <div className="security-block">
        <h3>{t('accounts.security.idleLockTitle')}</h3>
        <IdleLockForm minutes={idleLockMinutes} />
      </div>
      <div className="security-block">
        <h3>{t('accounts.security.logTitle')}</h3>
        <SecurityLogTable entries={entries} zone={settings.timeZone} />
      </div>
    </>
  );
}
