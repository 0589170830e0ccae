import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { wordApiError } from '../../api/error-words';
import { TextField } from '../../components/fields';
import { newPasswordProblem } from './model';
import { useSignIn } from './store';

type Field = 'currentPassword' | 'newPassword' | 'repeat';

/**
 * Current (or one-time) password, new password, repeat. A short new password or a repeat that
 * differs is caught here and never sent; the server's refusals (a wrong current password, a
 * common new one) show on the field they name. Used by the must-change screen and the
 * "Ganti kata sandi" dialog.
 */
export function PasswordChangeForm({
  currentLabel,
  submitLabel,
  onDone,
  actions,
}: {
  currentLabel: string;
  submitLabel: string;
  onDone(): void;
  /** Buttons beside the submit button (the dialog's "Batal"). */
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const busy = useSignIn((s) => s.busy);
  const serverError = useSignIn((s) => s.error);
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    repeat: '',
  });
  const [local, setLocal] = useState<{ field: Field; text: string } | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    useSignIn.getState().clearError();
    firstRef.current?.focus();
  }, []);

  const server = serverError
    ? { field: serverError.field as Field | undefined, text: wordApiError(serverError, i18n) }
    : null;
  const errorOf = (field: Field): string | undefined => {
    if (local?.field === field) return local.text;
    if (server && server.field === field) return server.text;
    return undefined;
  };
  const unplaced =
    server && !['currentPassword', 'newPassword', 'repeat'].includes(server.field ?? '')
      ? server.text
      : null;

  const set = (field: Field) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (local?.field === field) setLocal(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPasswordProblem(values.newPassword, values.repeat);
    if (problem) {
      setLocal({ field: problem.field, text: t(problem.key) });
      return;
    }
    setLocal(null);
    const changed = await useSignIn
      .getState()
      .changePassword(values.currentPassword, values.newPassword);
    if (changed) onDone();
  };

  return (
    <form className="password-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        ref={firstRef}
        label={currentLabel}
        name="currentPassword"
        type="password"
        value={values.currentPassword}
        onValue={set('currentPassword')}
        autoComplete="current-password"
        error={errorOf('currentPassword')}
        required
      />
      <TextField
        label={t('session.password.new')}
        name="newPassword"
        type="password"
        value={values.newPassword}
        onValue={set('newPassword')}
        autoComplete="new-password"
        hint={t('signin.passwordHint')}
        error={errorOf('newPassword')}
        required
      />
      <TextField
        label={t('session.password.repeat')}
        name="repeat"
        type="password"
        value={values.repeat}
        onValue={set('repeat')}
        autoComplete="new-password"
        error={errorOf('repeat')}
        required
      />
      {unplaced && (
        <p className="field__error" role="alert">
          {unplaced}
        </p>
      )}
      <div className="password-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}
