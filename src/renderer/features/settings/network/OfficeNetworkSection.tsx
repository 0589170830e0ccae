import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostSetting } from '../../../../shared/domain/office-network';
import { wordApiError } from '../../../api/error-words';
import { CheckboxField, TextField } from '../../../components/fields';
import { useNetwork } from '../../../stores/network';
import { useIsAdmin } from '../../../stores/session';
import { useHostSetting } from './host-setting-store';
import { hostStateWords } from './host-state';
import { qrImageUrl } from './qr';
import './office-network.css';

/**
 * Settings › Jaringan kantor: the addresses colleagues open (each with a QR code for a phone or
 * a laptop's camera), whether the connection is encrypted and the certificate's fingerprint.
 * Administrators also get the desktop app's switch: in the desktop window it applies at once and
 * says whether the listener opened (or why not: a port another program holds).
 */
export function OfficeNetworkSection() {
  const { t } = useTranslation();
  const info = useNetwork((state) => state.info);
  const isAdmin = useIsAdmin();
  useEffect(() => void useNetwork.getState().load(), []);

  return (
    <div className="office-network">
      <h3>{t('officeNetwork.addresses')}</h3>
      {info && info.addresses.length === 0 && <p>{t('officeNetwork.noAddresses')}</p>}
      <ul className="office-network__addresses">
        {info?.addresses.map((address) => (
          <AddressCard key={address.url} url={address.url} label={address.label} />
        ))}
      </ul>
      <dl className="office-network__facts">
        <dt>{t('officeNetwork.tls')}</dt>
        <dd>{info?.tls ? t('officeNetwork.tlsOn') : t('officeNetwork.tlsOff')}</dd>
        {info?.fingerprint && (
          <>
            <dt>{t('officeNetwork.fingerprint')}</dt>
            <dd>
              <code className="office-network__fingerprint">{info.fingerprint}</code>
            </dd>
          </>
        )}
      </dl>
      {isAdmin && <HostSwitch />}
    </div>
  );
}

function AddressCard({ url, label }: { url: string; label: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void qrImageUrl(url).then((image) => live && setQr(image));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <li className="office-network__address">
      {qr && <img src={qr} width={128} height={128} alt={t('officeNetwork.qrAlt', { url })} />}
      <div>
        <code>{url}</code>
        <p className="field__hint">{label}</p>
      </div>
    </li>
  );
}

const defaultListen = '0.0.0.0:8080';

/** "Buka untuk jaringan kantor": the address and HTTPS of the desktop app's listener. */
function HostSwitch() {
  const setting = useHostSetting((state) => state.setting);
  useEffect(() => void useHostSetting.getState().load(), []);
  // A saved setting starts the form afresh from what the host stored.
  return setting && <HostSwitchForm key={JSON.stringify(setting)} setting={setting} />;
}

function HostSwitchForm({ setting }: { setting: HostSetting }) {
  const { t, i18n } = useTranslation();
  const busy = useHostSetting((state) => state.busy);
  const error = useHostSetting((state) => state.error);
  const saved = useHostSetting((state) => state.saved);
  // Present in the desktop window only: its own listener, which follows the switch at once.
  const desktopHost = useNetwork((state) => state.info?.desktopHost);
  const hostWords = desktopHost && hostStateWords(desktopHost);
  const [draft, setDraft] = useState(() => ({
    open: setting.listen !== null,
    listen: setting.listen ?? defaultListen,
    tls: setting.tls,
  }));

  const edit = (patch: Partial<typeof draft>) => {
    useHostSetting.getState().edited();
    setDraft({ ...draft, ...patch });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: HostSetting = { listen: draft.open ? draft.listen : null, tls: draft.tls };
    void useHostSetting.getState().save(next);
  };

  return (
    <form className="office-network__switch" onSubmit={submit} noValidate>
      <h3>{t('officeNetwork.desktop')}</h3>
      <CheckboxField
        label={t('officeNetwork.open')}
        checked={draft.open}
        onChecked={(open) => edit({ open })}
      />
      {draft.open && (
        <>
          <TextField
            label={t('officeNetwork.listen')}
            name="listen"
            value={draft.listen}
            onValue={(listen) => edit({ listen })}
            hint={t('officeNetwork.listenHint')}
            error={error?.field === 'listen' ? wordApiError(error, i18n) : undefined}
          />
          <CheckboxField
            label={t('officeNetwork.useTls')}
            checked={draft.tls}
            onChecked={(tls) => edit({ tls })}
          />
        </>
      )}
      {error && error.field !== 'listen' && (
        <p className="field__error" role="alert">
          {wordApiError(error, i18n)}
        </p>
      )}
      {hostWords &&
        (hostWords.problem ? (
          <p className="field__error" role="alert">
            {t(hostWords.key, hostWords.params)}
          </p>
        ) : (
          <p className="office-network__state">{t(hostWords.key, hostWords.params)}</p>
        ))}
      <p className="field__hint">
        {desktopHost ? t('officeNetwork.appliesNow') : t('officeNetwork.restartNote')}
      </p>
      <div className="office-network__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('officeNetwork.save')}
        </button>
        <span role="status">
          {saved ? t(desktopHost ? 'officeNetwork.savedNow' : 'officeNetwork.saved') : ''}
        </span>
      </div>
    </form>
  );
}
