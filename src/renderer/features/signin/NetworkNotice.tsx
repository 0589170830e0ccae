import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNetwork } from '../../stores/network';
import './session.css';

/**
 * On the sign-in page: over HTTPS the certificate's fingerprint, to compare with the one the
 * office host shows; over plain HTTP from another computer, a plain warning that the password
 * crosses the office network unencrypted. Nothing on the host's own computer without TLS.
 */
export function NetworkNotice() {
  const { t } = useTranslation();
  const info = useNetwork((state) => state.info);
  useEffect(() => void useNetwork.getState().load(), []);
  if (!info) return null;
  if (info.tls && info.fingerprint) {
    return (
      <div className="notice notice--ok signin-network" role="note">
        <p>{t('officeNetwork.signin.fingerprint')}</p>
        <code className="signin-network__fingerprint">{info.fingerprint}</code>
      </div>
    );
  }
  if (!info.network) return null;
  return (
    <p className="notice notice--warning signin-network" role="alert">
      {t('officeNetwork.signin.unencrypted')}
    </p>
  );
}
