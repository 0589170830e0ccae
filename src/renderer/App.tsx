import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LockIcon } from './components/icons';
import { SignInView } from './features/signin/SignInView';
import { useSignIn } from './features/signin/store';
import { Shell } from './Shell';
import { useSession } from './stores/session';
import { useSettings } from './stores/settings';

/** Decides what fills the window: the sign-in help, a loading or error page, or the app itself. */
export function App() {
  const unauthorized = useSession((state) => state.unauthorized);
  const signIn = useSession((state) => state.signIn);
  const status = useSettings((state) => state.status);
  const loadError = useSettings((state) => state.loadError);

  // Who this window is comes first (auth.status is the one call before sign-in).
  useEffect(() => {
    void useSignIn.getState().load();
  }, []);
  useEffect(() => {
    if (signIn === 'signedIn') void useSettings.getState().load();
  }, [signIn]);

  if (unauthorized) return <UnauthorizedPage />;
  if (signIn === 'unknown') return <LoadingPage />;
  if (signIn === 'signedOut') return <SignInView />;
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
