import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDayMonthYear, toDayMonthYear } from '../../shared/time';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'defaultValue'
>;

interface DateInputProps extends NativeProps {
  id: string;
  /** 'YYYY-MM-DD', or '' for no date. */
  value: string;
  /** Called with 'YYYY-MM-DD' once a whole, real day is typed, or '' when the field is cleared. */
  onValue(date: string): void;
}

/**
 * A day typed as dd/mm/yyyy, whatever the browser's locale. `<input type="date">` draws the
 * browser's own format (12/31/2026 in an English Chromium), which an Indonesian office misreads;
 * no date-picker library we could add reads and shows dd/mm/yyyy while staying a plain, labelled
 * text field for keyboards and screen readers, so this is a text input with a parser
 * (`parseDayMonthYear`). The caller labels it with `htmlFor={id}`; the error is said in words
 * under it and tied to the field with aria-describedby.
 */
export function DateInput({ id, value, onValue, onBlur, ...native }: DateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(toDayMonthYear(value));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<'format' | 'invalid' | null>(null);
  // A new value from outside (a reload, "make idea", a reset) replaces what is typed.
  if (value !== shown) {
    setShown(value);
    setText(toDayMonthYear(value));
    setProblem(null);
  }
  const errorId = `${id}-date-error`;
  const describedBy =
    [native['aria-describedby'], problem ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...native}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateInput.placeholder')}
        maxLength={10}
        value={text}
        aria-invalid={problem || native['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseDayMonthYear(event.target.value);
          if (parsed.ok) {
            setProblem(null);
            setShown(parsed.date);
            onValue(parsed.date);
          }
        }}
        onBlur={(event) => {
          const parsed = parseDayMonthYear(text);
          if (parsed.ok) {
            setText(toDayMonthYear(parsed.date));
            setProblem(null);
          } else if (parsed.reason === 'empty') {
            setProblem(null);
            if (value !== '') {
              setShown('');
              onValue('');
            }
          } else {
            setProblem(parsed.reason);
          }
          onBlur?.(event);
        }}
      />
      {problem && (
        <span className="field__error" id={errorId} role="alert">
          {t(`dateInput.${problem}`)}
        </span>
      )}
    </>
  );
}
