import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { maxExportDays } from '../../../shared/domain/exports';
import type { LocalDate } from '../../../shared/time';
import { useExports } from './store';
import { formatMonthYear } from '../calendar/format';
import {
  defaultMonth,
  monthBounds,
  monthChoices,
  rangeDays,
  type ExportForm,
  type RangeMode,
  type RangeProblem,
} from './model';
import { DateInput } from '../../components/DateInput';

/**
 * "Rentang": one month from a list (the usual case: the month to be signed), or "Rentang lain"
 * with two dates. Changing the month also moves the two dates, so switching to "Rentang lain"
 * starts from the month on screen.
 */
export function RangePicker({
  form,
  problem,
  today,
}: {
  form: ExportForm;
  problem: RangeProblem | null;
  today: LocalDate;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const setForm = useExports((state) => state.setForm);
  const choices = monthChoices(defaultMonth(today));
  if (!choices.includes(form.month)) choices.push(form.month);
  choices.sort();
  const errorId = `${ids}-error`;
  const hintId = `${ids}-hint`;
  const custom = form.mode === 'custom';
  const problemText = problem
    ? problem === 'tooLong'
      ? t('export.range.problems.tooLong', {
          days: rangeDays(form.from, form.to),
          max: maxExportDays,
        })
      : t(`export.range.problems.${problem}`)
    : '';

  const modeRadio = (mode: RangeMode, label: string) => (
    <label className="export-range__mode">
      <input
        type="radio"
        name={`${ids}-mode`}
        checked={form.mode === mode}
        onChange={() => setForm({ mode })}
      />
      {label}
    </label>
  );

  return (
    <fieldset className="fieldset export-range">
      <legend>{t('export.range.legend')}</legend>
      <div className="export-range__modes">
        {modeRadio('month', t('export.range.month'))}
        {modeRadio('custom', t('export.range.custom'))}
      </div>
      {!custom ? (
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-month`}>
            {t('export.range.monthLabel')}
          </label>
          <select
            id={`${ids}-month`}
            value={form.month}
            onChange={(event) =>
              setForm({ month: event.target.value, ...monthBounds(event.target.value) })
            }
          >
            {choices.map((month) => (
              <option key={month} value={month}>
                {formatMonthYear(`${month}-01`, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <>
          <div className="export-range__dates">
            {(['from', 'to'] as const).map((end) => {
              const invalid =
                (end === 'from' && problem === 'fromInvalid') ||
                (end === 'to' && problem !== null && problem !== 'fromInvalid');
              return (
                <div className="field" key={end}>
                  <label className="field__label" htmlFor={`${ids}-${end}`}>
                    {t(`export.range.${end}`)}
                  </label>
                  <DateInput
                    id={`${ids}-${end}`}
                    value={form[end]}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
                    onValue={(value) => setForm({ [end]: value })}
                  />
                </div>
              );
            })}
          </div>
          <p className="field__hint" id={hintId}>
            {t('export.range.customHint', { max: maxExportDays })}
          </p>
          {problem && (
            <p className="field__error" id={errorId} role="alert">
              {problemText}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
