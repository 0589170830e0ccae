import { useTranslation } from 'react-i18next';
import { roles, type Person, type Role } from '../../../shared/domain/people';
import { usePeople } from '../../stores/collections';
import type { RecordForm } from './records/record-form';
import { RecordSection } from './records/RecordSection';

interface PersonDraft {
  name: string;
  role: Role;
}

export function PeopleSection() {
  const { t } = useTranslation();
  const people = usePeople();
  const form: RecordForm<Person, PersonDraft> = {
    fields: [
      {
        kind: 'text',
        name: 'name',
        label: t('people.name'),
        placeholder: t('people.namePlaceholder'),
        maxLength: 120,
      },
      {
        kind: 'select',
        name: 'role',
        label: t('people.role'),
        options: roles.map((role) => ({ value: role, label: t(`people.roles.${role}`) })),
      },
    ],
    gridClass: 'form-grid form-grid--inline',
    blank: () => ({ name: '', role: 'planner' }),
    fromRow: (person) => ({ name: person.name, role: person.role }),
    // Offices add several people in a row: the role stays, focus goes back to the name.
    afterAdd: (draft) => ({ ...draft, name: '' }),
    focusAfterAdd: true,
    create: (draft) => people.create(draft),
    update: (person, draft) => people.update({ id: person.id, ...draft }),
    texts: {
      addTitle: t('people.addTitle'),
      add: t('people.add'),
      editTitle: (name) => t('people.editTitle', { name }),
    },
  };

  return (
    <RecordSection<Person, PersonDraft>
      collection={people}
      form={form}
      isActive={(person) => person.active}
      listLabel={t('people.listLabel')}
      emptyText={t('people.empty')}
      allInactiveText={t('people.allInactive')}
      showInactiveLabel={t('people.showInactive')}
      renderSummary={(person) => (
        <>
          <span className="record__name">{person.name}</span>
          <span className={`badge badge--${person.role}`}>{t(`people.roles.${person.role}`)}</span>
          {!person.active && <span className="badge badge--muted">{t('common.inactive')}</span>}
        </>
      )}
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
  );
}
