import { useState, type ReactNode } from 'react';
import { normaliseTime } from './draft';

interface TimeFieldProps {
  id: string;
  label: ReactNode;
  name: string;
  value: string;
  onValue(value: string): void;
  disabled?: boolean;
  error?: string;
  describedBy?: string;
}

/** A stored "09:30" as the office writes it everywhere else: "09.30". */
const written = (time: string) => time.replace(/^(\d{2}):(\d{2})$/, '$1.$2');

/**
 * A 24-hour time typed as text ("09.30" or "9:30" are kept as 09:30 and shown as "09.30" when
 * the field is left), so the office always sees WIB-style times rather than the AM/PM a browser
 * in English would draw, in the one format the rest of the app uses.
 */
export function TimeField({
  id,
  label,
  name,
  value,
  onValue,
  disabled,
  error,
  describedBy,
}: TimeFieldProps) {
  const [text, setText] = useState(written(value));
  const [shown, setShown] = useState(value);
  // A new value from outside (a reload, a reset) replaces what is typed.
  if (value !== shown) {
    setShown(value);
    setText(written(value));
  }
  const ids = [describedBy, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field field--compact field--time-text${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="09.00"
        maxLength={5}
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids || undefined}
        onChange={(event) => {
          setText(event.target.value);
          const time = normaliseTime(event.target.value);
          // Only complete times reach the draft; "9" while typing is not yet 09:00.
          if (time && event.target.value.trim().length >= 4) {
            setShown(time);
            onValue(time);
          }
        }}
        onBlur={() => {
          const time = normaliseTime(text);
          if (time) {
            setText(written(time));
            setShown(time);
            onValue(time);
          } else {
            onValue(text.trim());
            setShown(text.trim());
          }
        }}
      />
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
