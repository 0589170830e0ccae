import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/fields';
import { FormFooter } from '../../../components/FormFooter';
import { useFormSubmit } from '../../../forms/use-form-submit';
import { daysIn } from './day-text';
import { useObservances, type CustomDay } from './store';
import { DateInput } from '../../../components/DateInput';

/** A day of the office's own: yearly (day and month) or on one date. */
export function AddLocalDayForm() {
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
        const result = await form.submit(() => useObservances.getState().add(request));
        if (result?.ok) {
          setName('');
          setDate('');
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
          <DateInput
            id={`${ids}-date`}
            name="date"
            value={date}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${ids}-date-error` : undefined}
            onValue={(value) => touched(setDate)(value)}
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
