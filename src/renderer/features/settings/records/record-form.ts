import { useRef, useState } from 'react';
import type { ApiResult } from '../../../../shared/api/errors';
import { useFormSubmit } from '../../../forms/use-form-submit';

/** One field of a settings list's add/edit form; its value is `draft[name]`. */
export type RecordField<Draft> = {
  name: keyof Draft & string;
  label: string;
  hint?: string;
  /** Marked "(opsional)" after the label. */
  optional?: boolean;
  /** Placed below the row of short fields, at full width (a note). */
  wide?: boolean;
} & (
  | { kind: 'text'; maxLength: number; placeholder?: string; spellCheck?: boolean }
  | { kind: 'textarea'; maxLength: number; rows: number; placeholder?: string }
  | { kind: 'color' }
  | { kind: 'select'; options: readonly { value: string; label: string }[] }
);

/**
 * What differs between the settings lists (people, channels, content pillars): their fields,
 * their drafts and what is sent. Everything else (saving, errors on fields, "Tersimpan", focus)
 * is the same form, `RecordForm.tsx`.
 */
export interface RecordForm<Row, Draft> {
  fields: readonly RecordField<Draft>[];
  /** The class of the grid that holds the short fields. */
  gridClass: string;
  blank(): Draft;
  fromRow(row: Row): Draft;
  /** A field's new value in the draft; by default just that field (a channel's platform also sets its colour). */
  change?(draft: Draft, name: keyof Draft & string, value: string): Draft;
  /** What the add form keeps after an add; blank by default. */
  afterAdd?(draft: Draft): Draft;
  /** After an add, focus returns to the first field (people are often added several in a row). */
  focusAfterAdd?: boolean;
  create(draft: Draft): Promise<ApiResult<Row>>;
  update(row: Row, draft: Draft): Promise<ApiResult<Row>>;
  texts: { addTitle: string; add: string; editTitle(name: string): string };
}

/** The draft and save state of one add or edit form of a settings list. */
export function useRecordForm<Row, Draft>(
  definition: RecordForm<Row, Draft>,
  initial: () => Draft,
) {
  const [draft, setDraft] = useState<Draft>(initial);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Row>(
    definition.fields.map((field) => field.name),
    formRef,
  );
  const change = (name: keyof Draft & string, value: string) => {
    form.touch();
    setDraft((current) =>
      definition.change ? definition.change(current, name, value) : { ...current, [name]: value },
    );
  };
  return { draft, setDraft, change, form, formRef };
}
