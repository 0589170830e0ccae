import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LockIcon } from './components/icons';
import { Shell } from './Shell';
import { useSession } from './stores/session';
import { useSettings } from './stores/settings';

/** Decides what fills the window: the sign-in help, a loading or error page, or the app itself. */
export function App() {
  const unauthorized = useSession((state) => state.unauthorized);
  const status = useSettings((state) => state.status);
  const loadError = useSettings((state) => state.loadError);

  useEffect(() => {
    void useSettings.getState().load();
  }, []);

  if (unauthorized) return <UnauthorizedPage />;
  if (status === 'loading') return <LoadingPage />;
  if (status === 'error') return <LoadErrorPage message={loadError?.message ?? ''} />;
  return <Shell />;
}

function UnauthorizedPage() {
  const { t } = useTranslation();
  return (
    <main className="full-page" id="main">
      <div className="full-page__card">
        <div className="full-page__icon">
          <LockIcon />
        </div>
        <h1>{t('unauthorized.title')}</h1>
        <p>{t('unauthorized.body')}</p>
        <p className="full-page__strong">{t('unauthorized.action')}</p>
        <p className="muted">{t('unauthorized.hint')}</p>
      </div>
    </main>
  );
}

function LoadingPage() {
  const { t } = useTranslation();
  return (
    <main className="full-page" id="main" aria-busy="true">
      <p className="full-page__loading" role="status">
        {t('app.loading')}
      </p>
    </main>
  );
}

function LoadErrorPage({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <main className="full-page" id="main">
      <div className="full-page__card" role="alert">
        <h1>{t('errors.loadFailed')}</h1>
        <p>{message}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void useSettings.getState().load()}
        >
          {t('common.retry')}
        </button>
      </div>
    </main>
  );
}
