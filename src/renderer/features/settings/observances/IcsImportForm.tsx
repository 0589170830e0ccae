import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/api/contract';
import { TextField } from '../../../components/fields';
import { useFormSubmit } from '../../../forms/use-form-submit';
import { useObservances } from './store';

/**
 * Moving holidays from an .ics file: those dates change every year by joint ministerial decree,
 * so the app cannot know them in advance.
 */
export function IcsImportForm() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<ResponseOf<'observances.importIcs'>>(['label', 'text'], formRef);
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [outcome, setOutcome] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const fileError = form.errors.byField.text;

  return (
    <form
      ref={formRef}
      aria-label={t('observances.importTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setOutcome('');
        if (!file) {
          form.reject({ code: 'invalid_request', field: 'text', message: t('observances.noFile') });
          return;
        }
        let text: string;
        try {
          text = await file.text();
        } catch {
          form.reject({
            code: 'invalid_request',
            field: 'text',
            message: t('observances.readFailed'),
          });
          return;
        }
        const result = await form.submit(() =>
          useObservances.getState().importIcs({ label: label.trim() || file.name, text }),
        );
        if (result?.ok) {
          setOutcome(t('observances.imported', result.value));
          setFile(null);
          setLabel('');
          if (fileRef.current) fileRef.current.value = '';
        }
      }}
    >
      <div className="form-grid">
        <div className={`field${fileError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${ids}-file`}>
            {t('observances.file')}
          </label>
          <div className="file-picker">
            <input
              ref={fileRef}
              id={`${ids}-file`}
              name="text"
              type="file"
              accept=".ics,text/calendar"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${ids}-file-name${fileError ? ` ${ids}-file-error` : ''}`}
              onChange={(event) => {
                form.touch();
                setOutcome('');
                const chosen = event.target.files?.[0] ?? null;
                setFile(chosen);
                // The file's name is a good default label: "libur-nasional-2027.ics" → "libur-nasional-2027".
                if (chosen && !label) setLabel(chosen.name.replace(/\.ics$/i, ''));
              }}
            />
            {/* The browser's own button speaks the browser's language; this one speaks ours. */}
            <span className="button file-picker__button" aria-hidden="true">
              {t('observances.chooseFile')}
            </span>
            <span className="file-picker__name" id={`${ids}-file-name`}>
              {file?.name ?? t('observances.noFileChosen')}
            </span>
          </div>
          {fileError && (
            <p className="field__error" id={`${ids}-file-error`} role="alert">
              {fileError}
            </p>
          )}
        </div>
        <TextField
          label={t('observances.label')}
          name="label"
          value={label}
          onValue={(value) => {
            form.touch();
            setLabel(value);
          }}
          placeholder={t('observances.labelPlaceholder')}
          error={form.errors.byField.label}
          maxLength={120}
          autoComplete="off"
        />
      </div>
      <div className="form-footer">
        {form.errors.general && (
          <p className="form-error" role="alert">
            {form.errors.general}
          </p>
        )}
        <div className="form-footer__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={form.phase === 'saving'}
          >
            {form.phase === 'saving' ? t('observances.importing') : t('observances.import')}
          </button>
          <p className="form-status" role="status" aria-live="polite">
            {outcome}
          </p>
        </div>
      </div>
    </form>
  );
}
