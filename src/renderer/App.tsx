import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LockIcon } from './components/icons';
import { LockScreen } from './features/signin/LockScreen';
import { MustChangePasswordView } from './features/signin/MustChangePasswordView';
import { SignInView } from './features/signin/SignInView';
import { useSignIn } from './features/signin/store';
import { useIdleLock } from './features/signin/use-idle-lock';
import { useLiveStream } from './hooks/use-live-stream';
import { Shell } from './Shell';
import { useSession } from './stores/session';
import { useSettings } from './stores/settings';

/**
 * Decides what fills the window: the sign-in help, the sign-in screen, the one-time password's
 * change, a loading or error page, or the app itself (with the lock screen over it when idle).
 */
export function App() {
  const unauthorized = useSession((state) => state.unauthorized);
  const signIn = useSession((state) => state.signIn);
  const mustChange = useSession((state) => state.signedIn?.mustChangePassword ?? false);
  const idleMinutes = useSession((state) =>
    state.signIn === 'signedIn' && !state.locked ? (state.signedIn?.idleLockMinutes ?? null) : null,
  );
  const locked = useSession((state) => state.locked);
  const status = useSettings((state) => state.status);
  const loadError = useSettings((state) => state.loadError);
  const statusError = useSignIn((state) => state.loadError);

  // Who this window is comes first (auth.status is the one call before sign-in).
  useEffect(() => {
    void useSignIn.getState().load();
  }, []);
  useEffect(() => {
    if (signIn === 'signedIn') void useSettings.getState().load();
  }, [signIn]);

  const lock = useCallback(() => void useSignIn.getState().lock(), []);
  useIdleLock(mustChange ? null : idleMinutes, lock);
  useLiveStream(signIn === 'signedIn' && !mustChange);

  if (unauthorized) return <UnauthorizedPage />;
  if (signIn === 'unknown' && statusError)
    return (
      <LoadErrorPage
        message={statusError.message}
        onRetry={() => void useSignIn.getState().load()}
      />
    );
  if (signIn === 'unknown') return <LoadingPage />;
  if (signIn === 'signedOut') return <SignInView />;
  if (mustChange) return <MustChangePasswordView />;
  return (
    <>
      {status === 'loading' ? (
        <LoadingPage />
      ) : status === 'error' ? (
        <LoadErrorPage
          message={loadError?.message ?? ''}
          onRetry={() => void useSettings.getState().load()}
        />
      ) : (
        <Shell />
      )}
      {locked && <LockScreen />}
    </>
  );
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

function LoadErrorPage({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="full-page" id="main">
      <div className="full-page__card" role="alert">
        <h1>{t('errors.loadFailed')}</h1>
        <p>{message}</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    </main>
  );
}
