import { useCallback, useEffect, useId, useState, type RefObject } from 'react';
import type { ApiError, ApiResult } from '../../shared/api/errors';
import { placeError, type PlacedError } from './errors';
import { useUnsavedEdits } from './unsaved-edits';

export type SubmitPhase = 'idle' | 'saving' | 'saved';

export interface FormSubmit<Value> {
  phase: SubmitPhase;
  error: ApiError | null;
  errors: PlacedError;
  /** Runs the save; on an error that names a field, moves focus to that field. */
  submit(run: () => Promise<ApiResult<Value>>): Promise<ApiResult<Value> | undefined>;
  /** Client-side check failed: show it the same way a server error is shown. */
  reject(error: ApiError): void;
  /** The user is editing again: "Tersimpan" no longer describes what is on screen. */
  touch(): void;
}

/**
 * Save state for one form. The form's ref is created by the component and passed in (rather than
 * returned) so the React compiler's lint can tell it apart from the render-time state here.
 */
export function useFormSubmit<Value>(
  fields: readonly string[],
  formRef: RefObject<HTMLFormElement | null>,
): FormSubmit<Value> {
  const [phase, setPhase] = useState<SubmitPhase>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const formKey = useId();

  useEffect(() => () => useUnsavedEdits.getState().clear(formKey), [formKey]);

  const focusField = useCallback(
    (field: string | undefined) => {
      const name = field?.split('.')[0];
      const element = name ? formRef.current?.elements.namedItem(name) : null;
      // Wait for the error text to render so the screen reader reads it with the field.
      if (element instanceof HTMLElement) requestAnimationFrame(() => element.focus());
    },
    [formRef],
  );

  const reject = useCallback(
    (rejected: ApiError) => {
      setPhase('idle');
      setError(rejected);
      focusField(rejected.field);
    },
    [focusField],
  );

  const submit = useCallback(
    async (run: () => Promise<ApiResult<Value>>) => {
      setPhase('saving');
      setError(null);
      const result = await run();
      if (result.ok) {
        setPhase('saved');
        useUnsavedEdits.getState().clear(formKey);
      } else reject(result.error);
      return result;
    },
    [reject, formKey],
  );

  const touch = useCallback(() => {
    useUnsavedEdits.getState().mark(formKey);
    setPhase((current) => (current === 'saved' ? 'idle' : current));
  }, [formKey]);

  return { phase, error, errors: placeError(error, fields), submit, reject, touch };
}
