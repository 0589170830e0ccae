import { useTranslation } from 'react-i18next';
import { LockIcon } from '../../components/icons';
import { useSession } from '../../stores/session';
import { PasswordChangeForm } from './PasswordChangeForm';
import { useSignIn } from './store';
import './session.css';

/**
 * After a sign-in with a one-time password from an administrator: nothing else of the app shows
 * (the API refuses everything else too) until the person has chosen their own password.
 */
export function MustChangePasswordView() {
  const { t } = useTranslation();
  const name = useSession((s) => s.signedIn?.person.name ?? '');
  return (
    <main className="full-page" id="main">
      <section className="full-page__card session-card" aria-labelledby="must-change-title">
        <div className="full-page__icon">
          <LockIcon />
        </div>
        <h1 id="must-change-title">{t('session.mustChange.title')}</h1>
        <p>{t('session.mustChange.body', { name })}</p>
        <PasswordChangeForm
          currentLabel={t('session.mustChange.oneTime')}
          submitLabel={t('session.mustChange.submit')}
          onDone={() => undefined}
          actions={
            <button
              type="button"
              className="button"
              onClick={() => void useSignIn.getState().signOut('signedOut')}
            >
              {t('session.menu.signOut')}
            </button>
          }
        />
      </section>
    </main>
  );
}
