import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields';
import { FormFooter } from '../../../components/FormFooter';
import { useFormSubmit } from '../../../forms/use-form-submit';
import { idleLockRange, parseIdleMinutes } from './idle-lock';
import { useSecurity } from './store';

/** Minutes without use after which a window locks (auth.setIdleLock). */
export function IdleLockForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const saveIdleLock = useSecurity((state) => state.saveIdleLock);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<{ minutes: number }>(['minutes'], formRef);
  const [text, setText] = useState(String(minutes));

  return (
    <form
      ref={formRef}
      className="security-idle-form"
      aria-label={t('accounts.security.idleLockTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const parsed = parseIdleMinutes(text);
        if (parsed === null) {
          form.reject({
            code: 'invalid_request',
            message: t('accounts.security.idleLockInvalid'),
            field: 'minutes',
          });
          return;
        }
        const result = await form.submit(() => saveIdleLock(parsed));
        if (result?.ok) setText(String(result.value.minutes));
      }}
    >
      <TextField
        label={t('accounts.security.idleLock')}
        hint={t('accounts.security.idleLockHint')}
        name="minutes"
        type="number"
        inputMode="numeric"
        min={idleLockRange.min}
        max={idleLockRange.max}
        step={1}
        value={text}
        error={form.errors.byField.minutes}
        onValue={(value) => {
          form.touch();
          setText(value);
        }}
      />
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
      />
    </form>
  );
}
