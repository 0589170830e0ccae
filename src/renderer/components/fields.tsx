import {
  useId,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
} from 'react';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (ids: {
    inputId: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
  className?: string;
}

/** Label, input, hint and error, tied together with ids so a screen reader reads them as one. */
export function FieldFrame({ label, hint, error, children, className }: FieldFrameProps) {
  const base = useId();
  const inputId = `${base}-input`;
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = error ? `${base}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  onValue(value: string): void;
  hint?: ReactNode;
  error?: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'name' | 'id'>;

export function TextField({
  label,
  name,
  value,
  onValue,
  hint,
  error,
  className,
  ref,
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {({ inputId, describedBy, invalid }) => (
        <input
          type="text"
          {...input}
          ref={ref}
          id={inputId}
          name={name}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onValue(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

type TextAreaFieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  onValue(value: string): void;
  hint?: ReactNode;
  error?: string;
  placeholder?: string;
  rows?: number;
  maxLength?: number;
};

export function TextAreaField({
  label,
  name,
  value,
  onValue,
  hint,
  error,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          {...textarea}
          id={inputId}
          name={name}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => onValue(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps<Value extends string> = {
  label: ReactNode;
  name: string;
  value: Value;
  options: readonly { value: Value; label: string; lang?: string }[];
  onValue(value: NoInfer<Value>): void;
  hint?: ReactNode;
  error?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'name' | 'id'>;

export function SelectField<Value extends string>({
  label,
  name,
  value,
  options,
  onValue,
  hint,
  error,
  ...select
}: SelectFieldProps<Value>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          {...select}
          id={inputId}
          name={name}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onValue(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

type ColorFieldProps = {
  label: ReactNode;
  name: string;
  value: string;
  onValue(value: string): void;
  hint?: ReactNode;
  error?: string;
};

/** The native colour picker, with the hex value beside it for people who copy brand colours. */
export function ColorField({ label, name, value, onValue, hint, error }: ColorFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className="field--color">
      {({ inputId, describedBy, invalid }) => (
        <span className="color-input">
          <input
            type="color"
            id={inputId}
            name={name}
            value={value}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onValue(event.target.value)}
          />
          <span className="color-input__value" aria-hidden="true">
            {value}
          </span>
        </span>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({
  label,
  checked,
  onChecked,
  id: givenId,
}: {
  label: ReactNode;
  checked: boolean;
  onChecked(checked: boolean): void;
  id?: string;
}) {
  const ownId = useId();
  const id = givenId ?? ownId;
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChecked(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
