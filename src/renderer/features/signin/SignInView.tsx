import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { wordApiError } from '../../api/error-words';
import { TextField } from '../../components/fields';
import { LockIcon } from '../../components/icons';
import { useSession } from '../../stores/session';
import { NetworkNotice } from './NetworkNotice';
import { useSignIn } from './store';

/**
 * Before the app: sign in, or (a new or upgraded office) set up the first administrator's
 * password. Indonesian first; the same message for a wrong user name and a wrong password.
 * After "Keluar", "Ganti pengguna" or a session that ended elsewhere it says so; the user-name
 * field is empty and has the focus, ready for whoever signs in next.
 */
export function SignInView() {
  const { t, i18n } = useTranslation();
  const office = useSignIn((s) => s.state);
  const candidates = useSignIn((s) => s.candidates);
  const busy = useSignIn((s) => s.busy);
  const error = useSignIn((s) => s.error);
  const [name, setName] = useState('');
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [personId, setPersonId] = useState('');
  const reason = useSession((s) => s.signOutReason);
  const setup = office === 'new' || office === 'setup';
  const userNameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!setup) userNameRef.current?.focus();
  }, [setup]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const store = useSignIn.getState();
    if (!setup) return void store.signIn(userName, password);
    void store.setup({
      ...(office === 'new' ? { name } : { personId: personId || candidates[0]?.personId }),
      userName,
      password,
    });
  };

  return (
    <main className="full-page" id="main">
      <form className="full-page__card" onSubmit={submit} aria-labelledby="signin-title">
        <div className="full-page__icon">
          <LockIcon />
        </div>
        <h1 id="signin-title">{setup ? t('signin.setupTitle') : t('signin.title')}</h1>
        {setup && <p>{office === 'new' ? t('signin.setupNew') : t('signin.setupUpgrade')}</p>}
        <NetworkNotice />
        {!setup && reason && (
          <p className="notice signin-notice" role="status">
            {t(`session.notice.${reason}`)}
          </p>
        )}
        {office === 'new' && (
          <TextField label={t('signin.name')} name="name" value={name} onValue={setName} required />
        )}
        {office === 'setup' && (
          <label className="field">
            <span className="field__label">{t('signin.admin')}</span>
            <select value={personId} onChange={(event) => setPersonId(event.target.value)}>
              {candidates.map((candidate) => (
                <option key={candidate.personId} value={candidate.personId}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <TextField
          ref={userNameRef}
          label={t('signin.userName')}
          name="userName"
          value={userName}
          onValue={setUserName}
          autoComplete="username"
          required
        />
        <TextField
          label={t('signin.password')}
          name="password"
          type="password"
          value={password}
          onValue={setPassword}
          autoComplete={setup ? 'new-password' : 'current-password'}
          hint={setup ? t('signin.passwordHint') : undefined}
          required
        />
        {error && (
          <p className="field__error" role="alert">
            {wordApiError(error, i18n)}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {setup ? t('signin.setupSubmit') : t('signin.submit')}
        </button>
      </form>
    </main>
  );
}
