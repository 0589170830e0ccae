import { useTranslation } from 'react-i18next';
import { ColorField, SelectField, TextAreaField, TextField } from '../../../components/fields';
import { FormFooter } from '../../../components/FormFooter';
import { useRecordForm, type RecordField, type RecordForm } from './record-form';

/** The add form under a settings list: title, fields, "Tambah …"; emptied after each add. */
export function RecordAddForm<Row, Draft>({ definition }: { definition: RecordForm<Row, Draft> }) {
  const { draft, setDraft, change, form, formRef } = useRecordForm(definition, definition.blank);
  const { texts } = definition;

  return (
    <form
      ref={formRef}
      className="add-form"
      aria-label={texts.addTitle}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => definition.create(draft));
        if (!result?.ok) return;
        setDraft(definition.afterAdd ? definition.afterAdd(draft) : definition.blank());
        const first = definition.fields[0]?.name;
        const element = first ? formRef.current?.elements.namedItem(first) : null;
        if (definition.focusAfterAdd && element instanceof HTMLElement) element.focus();
      }}
    >
      <h3 className="add-form__title">{texts.addTitle}</h3>
      <RecordFields
        definition={definition}
        draft={draft}
        change={change}
        errors={form.errors.byField}
      />
      <FormFooter phase={form.phase} generalError={form.errors.general} submitLabel={texts.add} />
    </form>
  );
}

/** A row of a settings list being edited in place; `done` goes back to the row. */
export function RecordEditor<Row extends { name: string }, Draft>({
  definition,
  row,
  done,
}: {
  definition: RecordForm<Row, Draft>;
  row: Row;
  done(): void;
}) {
  const { t } = useTranslation();
  const { draft, change, form, formRef } = useRecordForm(definition, () => definition.fromRow(row));

  return (
    <form
      ref={formRef}
      className="record-editor"
      aria-label={definition.texts.editTitle(row.name)}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => definition.update(row, draft));
        if (result?.ok) done();
      }}
    >
      <RecordFields
        definition={definition}
        draft={draft}
        change={change}
        errors={form.errors.byField}
        autoFocus
      />
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
        onCancel={done}
      />
    </form>
  );
}

function RecordFields<Row, Draft>({
  definition,
  draft,
  change,
  errors,
  autoFocus,
}: {
  definition: RecordForm<Row, Draft>;
  draft: Draft;
  change(name: keyof Draft & string, value: string): void;
  errors: Partial<Record<string, string>>;
  autoFocus?: boolean;
}) {
  const first = definition.fields[0]?.name;
  const field = (definition: RecordField<Draft>) => (
    <Field
      key={definition.name}
      field={definition}
      value={String(draft[definition.name])}
      onValue={(value) => change(definition.name, value)}
      error={errors[definition.name]}
      autoFocus={autoFocus === true && definition.name === first}
    />
  );
  return (
    <>
      <div className={definition.gridClass}>
        {definition.fields.filter((entry) => !entry.wide).map(field)}
      </div>
      {definition.fields.filter((entry) => entry.wide).map(field)}
    </>
  );
}

function Field<Draft>({
  field,
  value,
  onValue,
  error,
  autoFocus,
}: {
  field: RecordField<Draft>;
  value: string;
  onValue(value: string): void;
  error: string | undefined;
  autoFocus: boolean;
}) {
  const { t } = useTranslation();
  const label = field.optional ? (
    <>
      {field.label} <span className="field__optional">{t('common.optional')}</span>
    </>
  ) : (
    field.label
  );
  const common = { label, name: field.name, value, onValue, error, hint: field.hint };
  switch (field.kind) {
    case 'text':
      return (
        <TextField
          {...common}
          placeholder={field.placeholder}
          maxLength={field.maxLength}
          autoComplete="off"
          spellCheck={field.spellCheck}
          autoFocus={autoFocus}
        />
      );
    case 'textarea':
      return (
        <TextAreaField
          {...common}
          placeholder={field.placeholder}
          rows={field.rows}
          maxLength={field.maxLength}
        />
      );
    case 'color':
      return <ColorField {...common} />;
    case 'select':
      return <SelectField {...common} options={field.options} autoFocus={autoFocus} />;
  }
}
