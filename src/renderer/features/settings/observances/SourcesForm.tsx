import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObservanceSources, Settings } from '../../../../shared/domain/settings';
import { FormFooter } from '../../../components/FormFooter';
import { useFormSubmit } from '../../../forms/use-form-submit';
import { useSettings } from '../../../stores/settings';

const sourceKeys = ['national', 'holidays', 'cutiBersama', 'local', 'imported'] as const;

/** Which sources the calendar's day badges come from (kept in the office's settings). */
export function SourcesForm({ sources }: { sources: ObservanceSources }) {
  const { t } = useTranslation();
  const update = useSettings((state) => state.update);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Settings>(['observanceSources'], formRef);
  const [draft, setDraft] = useState<ObservanceSources>(sources);
  const ids = useId();

  return (
    <form
      ref={formRef}
      aria-label={t('observances.sourcesLegend')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => update({ observanceSources: draft }));
        if (result?.ok) setDraft(result.value.observanceSources);
      }}
    >
      <fieldset className="fieldset fieldset--first">
        <legend>{t('observances.sourcesLegend')}</legend>
        <div className="toggle-list">
          {sourceKeys.map((key) => (
            <div className="toggle-row" key={key}>
              <input
                id={`${ids}-${key}`}
                name={`observanceSources.${key}`}
                type="checkbox"
                checked={draft[key]}
                aria-describedby={`${ids}-${key}-hint`}
                onChange={(event) => {
                  form.touch();
                  setDraft((current) => ({ ...current, [key]: event.target.checked }));
                }}
              />
              <span>
                <label htmlFor={`${ids}-${key}`} className="toggle-row__label">
                  {t(`observances.sources.${key}`)}
                </label>
                <span className="toggle-row__hint" id={`${ids}-${key}-hint`}>
                  {t(`observances.sourceHints.${key}`)}
                </span>
              </span>
            </div>
          ))}
        </div>
      </fieldset>
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
      />
    </form>
  );
}
