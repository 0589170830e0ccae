import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import type { ObservanceSources, Settings } from '../../../shared/domain/settings';
import { api } from '../../api';
import { SelectField, TextField } from '../../components/fields';
import { FormFooter } from '../../components/FormFooter';
import { LoadProblem } from '../../components/LoadProblem';
import { useFormSubmit } from '../../forms/use-form-submit';
import { useSettings } from '../../stores/settings';
import './settings-extra.css';

type CustomDay = ResponseOf<'observances.custom'>[number];
const sourceKeys = ['national', 'local', 'imported'] as const;

/**
 * Day badges on the calendar: which sources to show, the office's own days (Hari Jadi
 * Kabupaten), and moving holidays imported from an .ics file, since those dates change every
 * year by joint ministerial decree and the app cannot know them in advance.
 */
export function ObservancesSection({ settings }: { settings: Settings }) {
  const [days, setDays] = useState<CustomDay[]>([]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const apply = useCallback((result: ApiResult<CustomDay[]>) => {
    if (result.ok) {
      setDays(result.value);
      setStatus('ready');
      setLoadError(null);
    } else {
      setStatus('error');
      setLoadError(result.error);
    }
  }, []);

  const load = useCallback(async () => apply(await api.observances.custom({})), [apply]);

  useEffect(() => {
    let live = true;
    void api.observances.custom({}).then((result) => {
      if (live) apply(result);
    });
    return () => {
      live = false;
    };
  }, [apply]);

  return (
    <div className="observance-settings">
      <SourcesForm sources={settings.observanceSources} />
      {status === 'error' ? (
        <LoadProblem message={loadError?.message ?? ''} onRetry={() => void load()} />
      ) : (
        <>
          <LocalDays
            days={days.filter((day) => day.kind === 'local')}
            ready={status === 'ready'}
            onChanged={load}
          />
          <ImportedDays days={days.filter((day) => day.kind === 'imported')} onChanged={load} />
        </>
      )}
    </div>
  );
}

function SourcesForm({ sources }: { sources: ObservanceSources }) {
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

/** "17 Agustus" or "17 Agustus 2027": month names from the catalog, no zone involved. */
function useDayText() {
  const { t } = useTranslation();
  return (day: CustomDay) => {
    if (day.month !== null && day.day !== null)
      return t('observances.yearly', {
        date: `${day.day} ${t(`observances.months.${day.month}` as 'observances.months.1')}`,
      });
    if (!day.date) return '';
    const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
    return t('observances.once', {
      date: `${date} ${t(`observances.months.${month}` as 'observances.months.1')} ${year}`,
    });
  };
}

function LocalDays({
  days,
  ready,
  onChanged,
}: {
  days: CustomDay[];
  ready: boolean;
  onChanged(): Promise<void>;
}) {
  const { t } = useTranslation();
  const dayText = useDayText();
  const [actionError, setActionError] = useState<string | null>(null);

  const remove = async (day: CustomDay) => {
    setActionError(null);
    const result = await api.observances.delete({ id: day.id });
    if (!result.ok) setActionError(result.error.message);
    await onChanged();
  };

  return (
    <section className="subsection" aria-labelledby="observances-local-title">
      <h3 id="observances-local-title" className="subsection__title">
        {t('observances.localTitle')}
      </h3>
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
      {ready && days.length === 0 ? (
        <p className="list-empty">{t('observances.empty')}</p>
      ) : (
        <ul className="record-list" aria-label={t('observances.listLabel')}>
          {days.map((day) => (
            <li key={day.id} className="record">
              <span className="record__summary">
                <span className="record__text">
                  <span className="record__name">{day.name}</span>
                  <span className="record__meta">{dayText(day)}</span>
                </span>
              </span>
              <span className="record__actions">
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('observances.deleteItem', { name: day.name })}
                  onClick={() => void remove(day)}
                >
                  {t('observances.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <AddLocalDayForm onAdded={onChanged} />
    </section>
  );
}

function AddLocalDayForm({ onAdded }: { onAdded(): Promise<void> }) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<CustomDay>(['name', 'month', 'day', 'date'], formRef);
  const [name, setName] = useState('');
  const [repeat, setRepeat] = useState<'yearly' | 'once'>('yearly');
  const [month, setMonth] = useState('1');
  const [day, setDay] = useState('1');
  const [date, setDate] = useState('');
  const ids = useId();
  const dateError = form.errors.byField.date;
  const touched =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      form.touch();
      setter(value);
    };

  const monthOptions = Array.from({ length: 12 }, (_, index) => ({
    value: String(index + 1),
    label: t(`observances.months.${index + 1}` as 'observances.months.1'),
  }));
  const dayOptions = Array.from({ length: daysIn(Number(month)) }, (_, index) => ({
    value: String(index + 1),
    label: String(index + 1),
  }));

  return (
    <form
      ref={formRef}
      className="add-form"
      aria-label={t('observances.addTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const request =
          repeat === 'yearly' ? { name, month: Number(month), day: Number(day) } : { name, date };
        const result = await form.submit(() => api.observances.create(request));
        if (result?.ok) {
          setName('');
          setDate('');
          await onAdded();
        }
      }}
    >
      <h4 className="add-form__title">{t('observances.addTitle')}</h4>
      <TextField
        label={t('observances.name')}
        name="name"
        value={name}
        onValue={touched(setName)}
        placeholder={t('observances.namePlaceholder')}
        error={form.errors.byField.name}
        maxLength={120}
        autoComplete="off"
      />
      <fieldset className="fieldset">
        <legend>{t('observances.repeatLegend')}</legend>
        <div className="radio-inline">
          <label className="radio">
            <input
              type="radio"
              name="repeat"
              checked={repeat === 'yearly'}
              onChange={() => touched(setRepeat)('yearly')}
            />
            <span>{t('observances.repeatYearly')}</span>
          </label>
          <label className="radio">
            <input
              type="radio"
              name="repeat"
              checked={repeat === 'once'}
              onChange={() => touched(setRepeat)('once')}
            />
            <span>{t('observances.repeatOnce')}</span>
          </label>
        </div>
      </fieldset>
      {repeat === 'yearly' ? (
        <div className="form-grid form-grid--pair">
          <SelectField
            label={t('observances.day')}
            name="day"
            value={Number(day) > dayOptions.length ? '1' : day}
            options={dayOptions}
            onValue={touched(setDay)}
            error={form.errors.byField.day}
          />
          <SelectField
            label={t('observances.month')}
            name="month"
            value={month}
            options={monthOptions}
            onValue={touched(setMonth)}
            error={form.errors.byField.month}
          />
        </div>
      ) : (
        <div className={`field field--date${dateError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={`${ids}-date`}>
            {t('observances.date')}
          </label>
          <input
            id={`${ids}-date`}
            name="date"
            type="date"
            value={date}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${ids}-date-error` : undefined}
            onChange={(event) => touched(setDate)(event.target.value)}
          />
          {dateError && (
            <p className="field__error" id={`${ids}-date-error`} role="alert">
              {dateError}
            </p>
          )}
        </div>
      )}
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('observances.add')}
      />
    </form>
  );
}

/** Days a yearly date may fall on in that month; 29 February is allowed (it shows in leap years). */
function daysIn(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

function ImportedDays({ days, onChanged }: { days: CustomDay[]; onChanged(): Promise<void> }) {
  const { t } = useTranslation();
  const dayText = useDayText();
  const [actionError, setActionError] = useState<string | null>(null);
  const groups = new Map<string, CustomDay[]>();
  for (const day of days)
    groups.set(day.sourceLabel, [...(groups.get(day.sourceLabel) ?? []), day]);

  const removeGroup = async (label: string, members: CustomDay[]) => {
    setActionError(null);
    for (const day of members) {
      const result = await api.observances.delete({ id: day.id });
      if (!result.ok) {
        setActionError(`${label}: ${result.error.message}`);
        break;
      }
    }
    await onChanged();
  };

  return (
    <section className="subsection" aria-labelledby="observances-import-title">
      <h3 id="observances-import-title" className="subsection__title">
        {t('observances.importTitle')}
      </h3>
      <p className="subsection__hint">{t('observances.importHint')}</p>
      <ImportForm onImported={onChanged} />
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
      {groups.size > 0 && (
        <ul className="import-groups" aria-label={t('observances.importedListLabel')}>
          {[...groups].map(([label, members]) => (
            <li key={label} className="import-group">
              <details>
                <summary>
                  {t('observances.importedGroup', { label, count: members.length })}
                </summary>
                <ul className="import-group__days">
                  {members.map((day) => (
                    <li key={day.id}>
                      <span className="record__name">{day.name}</span>{' '}
                      <span className="record__meta">{dayText(day)}</span>
                    </li>
                  ))}
                </ul>
              </details>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => void removeGroup(label, members)}
              >
                {t('observances.deleteGroup', { label })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ImportForm({ onImported }: { onImported(): Promise<void> }) {
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
          api.observances.importIcs({ label: label.trim() || file.name, text }),
        );
        if (result?.ok) {
          setOutcome(t('observances.imported', result.value));
          setFile(null);
          setLabel('');
          if (fileRef.current) fileRef.current.value = '';
          await onImported();
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
