import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Person, type Role } from '../../../shared/domain/people';
import { SelectField, TextField } from '../../components/fields';
import { FormFooter } from '../../components/FormFooter';
import { useFormSubmit } from '../../forms/use-form-submit';
import { usePeople } from '../../stores/collections';
import { RecordList } from './RecordList';

const personFields = ['name', 'role'] as const;

function useRoleOptions() {
  const { t } = useTranslation();
  return roles.map((role) => ({ value: role, label: t(`people.roles.${role}`) }));
}

export function PeopleSection() {
  const { t } = useTranslation();
  const people = usePeople();

  return (
    <>
      <RecordList<Person>
        rows={people.rows}
        status={people.status}
        loadError={people.loadError}
        onRetry={() => void people.load()}
        isActive={(person) => person.active}
        listLabel={t('people.listLabel')}
        emptyText={t('people.empty')}
        allInactiveText={t('people.allInactive')}
        showInactiveLabel={t('people.showInactive')}
        renderSummary={(person) => (
          <>
            <span className="record__name">{person.name}</span>
            <span className={`badge badge--${person.role}`}>
              {t(`people.roles.${person.role}`)}
            </span>
            {!person.active && <span className="badge badge--muted">{t('common.inactive')}</span>}
          </>
        )}
        Editor={PersonEditor}
        deactivate={{
          text: t('common.deactivate'),
          label: (name) => t('common.deactivateItem', { name }),
          run: (person) => people.archive(person.id),
        }}
        reactivate={{
          text: t('common.reactivate'),
          label: (name) => t('common.reactivateItem', { name }),
          run: (person) => people.update({ id: person.id, active: true }),
        }}
      />
      <PersonAddForm />
    </>
  );
}

function PersonAddForm() {
  const { t } = useTranslation();
  const create = usePeople((state) => state.create);
  const roleOptions = useRoleOptions();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('planner');
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Person>(personFields, formRef);
  const nameRef = useRef<HTMLInputElement>(null);

  return (
    <form
      ref={formRef}
      className="add-form"
      aria-label={t('people.addTitle')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => create({ name, role }));
        if (result?.ok) {
          setName('');
          // Offices add several people in a row; stay in the name field.
          nameRef.current?.focus();
        }
      }}
    >
      <h3 className="add-form__title">{t('people.addTitle')}</h3>
      <div className="form-grid form-grid--inline">
        <TextField
          ref={nameRef}
          label={t('people.name')}
          name="name"
          value={name}
          onValue={(value) => {
            form.touch();
            setName(value);
          }}
          placeholder={t('people.namePlaceholder')}
          error={form.errors.byField.name}
          maxLength={120}
          autoComplete="off"
        />
        <SelectField
          label={t('people.role')}
          name="role"
          value={role}
          options={roleOptions}
          onValue={setRole}
          error={form.errors.byField.role}
        />
      </div>
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('people.add')}
      />
    </form>
  );
}

function PersonEditor({ row: person, done }: { row: Person; done(): void }) {
  const { t } = useTranslation();
  const update = usePeople((state) => state.update);
  const roleOptions = useRoleOptions();
  const [name, setName] = useState(person.name);
  const [role, setRole] = useState<Role>(person.role);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormSubmit<Person>(personFields, formRef);

  return (
    <form
      ref={formRef}
      className="record-editor"
      aria-label={t('people.editTitle', { name: person.name })}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await form.submit(() => update({ id: person.id, name, role }));
        if (result?.ok) done();
      }}
    >
      <div className="form-grid form-grid--inline">
        <TextField
          label={t('people.name')}
          name="name"
          value={name}
          onValue={setName}
          error={form.errors.byField.name}
          maxLength={120}
          autoComplete="off"
          autoFocus
        />
        <SelectField
          label={t('people.role')}
          name="role"
          value={role}
          options={roleOptions}
          onValue={setRole}
          error={form.errors.byField.role}
        />
      </div>
      <FormFooter
        phase={form.phase}
        generalError={form.errors.general}
        submitLabel={t('common.save')}
        onCancel={done}
      />
    </form>
  );
}
