import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekStart } from '../../../shared/domain/settings';
import { formatLocalDay, weekdayNames } from './format';
import { previewRepeat, repeatRule, type RepeatDraft, type RepeatFrequency } from './repeat';
import { DateInput } from '../../components/DateInput';

const frequencies: RepeatFrequency[] = ['none', 'weekly', 'monthly', 'daily'];
/** How many dates the preview lists before "and N more". */
const previewDates = 4;

interface RepeatFieldsProps {
  repeat: RepeatDraft;
  onRepeat(update: (repeat: RepeatDraft) => RepeatDraft): void;
  startDate: string;
  time: string;
  zone: string;
  weekStart: WeekStart;
  disabled: boolean;
}

/**
 * "Ulangi" for a new post: weekly on chosen weekdays, monthly on day N, or every N days, ending
 * on a date or after a count. The preview below uses the API's own expansion, so what it lists
 * is what "Simpan" creates.
 */
export function RepeatFields({
  repeat,
  onRepeat,
  startDate,
  time,
  zone,
  weekStart,
  disabled,
}: RepeatFieldsProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const names = weekdayNames(i18n.language);
  const order = Array.from({ length: 7 }, (_, index) => (weekStart + index) % 7);
  const set = <K extends keyof RepeatDraft>(key: K, value: RepeatDraft[K]) =>
    onRepeat((current) => ({ ...current, [key]: value }));

  if (!startDate) {
    return (
      <div className="repeat">
        <p className="field__hint">{t('editor.repeat.needsDate')}</p>
      </div>
    );
  }

  const rule = repeatRule(repeat, startDate, time, weekStart);
  const preview = rule ? previewRepeat(rule, zone) : null;

  return (
    <div className="repeat">
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-frequency`}>
          {t('editor.repeat.legend')}
        </label>
        <select
          id={`${ids}-frequency`}
          name="repeat"
          value={repeat.frequency}
          disabled={disabled}
          onChange={(event) => set('frequency', event.target.value as RepeatFrequency)}
        >
          {frequencies.map((frequency) => (
            <option key={frequency} value={frequency}>
              {t(`editor.repeat.${frequency}`)}
            </option>
          ))}
        </select>
      </div>

      {repeat.frequency === 'weekly' && (
        <fieldset className="fieldset repeat__weekdays">
          <legend>{t('editor.repeat.weekdays')}</legend>
          <div className="weekday-toggles">
            {order.map((weekday) => (
              <label key={weekday} className="weekday-toggle">
                <input
                  type="checkbox"
                  checked={repeat.weekdays.includes(weekday)}
                  disabled={disabled}
                  onChange={(event) =>
                    set(
                      'weekdays',
                      event.target.checked
                        ? [...repeat.weekdays, weekday]
                        : repeat.weekdays.filter((day) => day !== weekday),
                    )
                  }
                />
                <span>{names[weekday]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {repeat.frequency === 'monthly' && (
        <NumberField
          label={t('editor.repeat.dayOfMonth')}
          value={repeat.dayOfMonth}
          min={1}
          max={31}
          disabled={disabled}
          onValue={(value) => set('dayOfMonth', value)}
        />
      )}

      {repeat.frequency === 'daily' && (
        <NumberField
          label={t('editor.repeat.interval')}
          value={repeat.everyDays}
          min={1}
          max={365}
          disabled={disabled}
          onValue={(value) => set('everyDays', value)}
        />
      )}

      {repeat.frequency !== 'none' && (
        <>
          <fieldset className="fieldset repeat__end">
            <legend>{t('editor.repeat.endLegend')}</legend>
            <div className="repeat__end-options">
              <label className="repeat__end-option">
                <input
                  type="radio"
                  name={`${ids}-end`}
                  checked={repeat.endKind === 'count'}
                  disabled={disabled}
                  onChange={() => set('endKind', 'count')}
                />
                <span>{t('editor.repeat.endCount')}</span>
              </label>
              {repeat.endKind === 'count' && (
                <NumberField
                  label={t('editor.repeat.count')}
                  value={repeat.count}
                  min={1}
                  max={366}
                  disabled={disabled}
                  onValue={(value) => set('count', value)}
                />
              )}
              <label className="repeat__end-option">
                <input
                  type="radio"
                  name={`${ids}-end`}
                  checked={repeat.endKind === 'until'}
                  disabled={disabled}
                  onChange={() => set('endKind', 'until')}
                />
                <span>{t('editor.repeat.endUntil')}</span>
              </label>
              {repeat.endKind === 'until' && (
                <div className="field field--compact">
                  <label className="field__label" htmlFor={`${ids}-until`}>
                    {t('editor.repeat.until')}
                  </label>
                  <DateInput
                    id={`${ids}-until`}
                    value={repeat.until}
                    min={startDate}
                    disabled={disabled}
                    onValue={(value) => set('until', value)}
                  />
                </div>
              )}
            </div>
          </fieldset>
          {preview && (
            <p
              className={`repeat__preview${preview.ok ? '' : ' repeat__preview--invalid'}`}
              role="status"
            >
              {preview.ok
                ? t('editor.repeat.preview', {
                    count: preview.occurrences.length,
                    dates: listDates(
                      preview.occurrences.map((item) => formatLocalDay(item.date, i18n.language)),
                      (dates, rest) => t('editor.repeat.previewMore', { dates, rest }),
                    ),
                  })
                : preview.message}
            </p>
          )}
        </>
      )}
    </div>
  );
}

function listDates(dates: string[], more: (dates: string, rest: number) => string): string {
  const shown = dates.slice(0, previewDates).join('; ');
  return dates.length > previewDates ? more(shown, dates.length - previewDates) : shown;
}

function NumberField({
  label,
  value,
  min,
  max,
  disabled,
  onValue,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled: boolean;
  onValue(value: number): void;
}) {
  const id = useId();
  return (
    <div className="field field--compact">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={Number.isFinite(value) ? value : ''}
        disabled={disabled}
        onChange={(event) => onValue(event.target.valueAsNumber)}
      />
    </div>
  );
}
