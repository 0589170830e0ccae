import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { wordApiError } from '../../api/error-words';
import { ModalDialog } from '../../components/Dialog';
import { TextField } from '../../components/fields';
import { LockIcon } from '../../components/icons';
import { useSession } from '../../stores/session';
import { useSignIn } from './store';
import './session.css';

/**
 * "Terkunci": a modal over the app after the idle time. Its backdrop hides the screen, the app
 * behind it stays as it was (an unsaved caption is still there after unlocking), and the session
 * has already ended on the server: unlocking is a sign-in under the same user name. Escape does
 * not close it; "Ganti pengguna" leaves for the sign-in screen.
 */
export function LockScreen() {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const signedIn = useSession((s) => s.signedIn);
  const busy = useSignIn((s) => s.busy);
  const error = useSignIn((s) => s.error);
  const [password, setPassword] = useState('');
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => passwordRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void useSignIn.getState().unlock(password);
    setPassword('');
  };

  return (
    <ModalDialog
      className="lock-screen"
      labelledBy={titleId}
      onClose={() => undefined}
      closeOnBackdrop={false}
    >
      <form className="lock-screen__card" onSubmit={submit}>
        <div className="full-page__icon">
          <LockIcon />
        </div>
        <h1 id={titleId}>{t('session.lock.title')}</h1>
        <p className="lock-screen__person">
          {signedIn?.person.name}
          {signedIn && <span className="lock-screen__user"> ({signedIn.userName})</span>}
        </p>
        <p>{t('session.lock.body', { minutes: signedIn?.idleLockMinutes ?? 0 })}</p>
        <TextField
          ref={passwordRef}
          label={t('signin.password')}
          name="password"
          type="password"
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
          required
        />
        {error && (
          <p className="field__error" role="alert">
            {wordApiError(error, i18n)}
          </p>
        )}
        <div className="password-form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('session.lock.unlock')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void useSignIn.getState().signOut('switchUser')}
          >
            {t('session.menu.switchUser')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
