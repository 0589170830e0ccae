import { create } from 'zustand';

/**
 * Which mounted forms hold edits not yet saved: `useFormSubmit` marks a form when the user
 * edits it (`touch`) and clears it when it saves or unmounts. The settings screen asks before
 * leaving a section while any is marked, so a half-typed signer is not lost silently.
 */
interface UnsavedEdits {
  forms: ReadonlySet<string>;
  mark(form: string): void;
  clear(form: string): void;
}

export const useUnsavedEdits = create<UnsavedEdits>()((set) => ({
  forms: new Set(),
  mark: (form) =>
    set((state) => (state.forms.has(form) ? state : { forms: new Set(state.forms).add(form) })),
  clear: (form) =>
    set((state) => {
      if (!state.forms.has(form)) return state;
      const forms = new Set(state.forms);
      forms.delete(form);
      return { forms };
    }),
}));

export const hasUnsavedEdits = (): boolean => useUnsavedEdits.getState().forms.size > 0;
