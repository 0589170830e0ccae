import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChipInputProps {
  label: ReactNode;
  name: string;
  values: string[];
  onValues(values: string[]): void;
  /** Cleans one typed entry; null refuses it with `invalidMessage`. */
  normalise(raw: string): string | null;
  invalidMessage: string;
  /** How a chip is shown: "#HariPahlawan" for hashtags. */
  display?: (value: string) => string;
  hint?: ReactNode;
  /** Extra read-only chips shown after the list (hashtags found in the caption). */
  extra?: ReactNode;
  addLabel: string;
  disabled?: boolean;
  maxLength?: number;
}

/**
 * A list of short words as removable chips: type, then Enter or comma adds; Backspace in the
 * empty input takes the last one back into the input for correction. Each chip's remove button
 * names the chip ("Hapus #Pariwisata") for screen readers.
 */
export function ChipInput({
  label,
  name,
  values,
  onValues,
  normalise,
  invalidMessage,
  display = (value) => value,
  hint,
  extra,
  addLabel,
  disabled,
  maxLength = 140,
}: ChipInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = useId();

  const commit = (raw: string): boolean => {
    const parts = raw
      .split(/[,\s]+/)
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length === 0) return true;
    const added: string[] = [];
    for (const part of parts) {
      const value = normalise(part);
      if (value === null) {
        setError(invalidMessage);
        return false;
      }
      const key = value.toLocaleLowerCase('id');
      const taken = [...values, ...added].some((item) => item.toLocaleLowerCase('id') === key);
      if (!taken) added.push(value);
    }
    setError(null);
    if (added.length > 0) onValues([...values, ...added]);
    setText('');
    return true;
  };

  const describedBy = [error ? `${ids}-error` : '', hint ? `${ids}-hint` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className={`field chip-field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={`${ids}-input`}>
        {label}
      </label>
      <div className="chip-field__row">
        <div className="chip-field__box">
          {values.length > 0 && (
            <ul className="tag-chips" aria-label={typeof label === 'string' ? label : undefined}>
              {values.map((value) => (
                <li key={value} className="tag-chip">
                  <span>{display(value)}</span>
                  {!disabled && (
                    <button
                      type="button"
                      className="tag-chip__remove"
                      aria-label={t('editor.removeChip', { value: display(value) })}
                      onClick={() => onValues(values.filter((item) => item !== value))}
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <input
            id={`${ids}-input`}
            name={name}
            type="text"
            className="chip-field__input"
            value={text}
            disabled={disabled}
            maxLength={maxLength}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy || undefined}
            onChange={(event) => {
              const value = event.target.value;
              if (value.endsWith(',')) commit(value.slice(0, -1));
              else {
                setText(value);
                if (error) setError(null);
              }
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commit(text);
              } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
                event.preventDefault();
                setText(values[values.length - 1]!);
                onValues(values.slice(0, -1));
              }
            }}
            onBlur={() => {
              if (text.trim()) commit(text);
            }}
          />
        </div>
        {!disabled && (
          <button
            type="button"
            className="button button--small"
            onClick={() => commit(text)}
            disabled={text.trim() === ''}
          >
            {addLabel}
          </button>
        )}
      </div>
      {extra}
      {hint && (
        <p className="field__hint" id={`${ids}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${ids}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
