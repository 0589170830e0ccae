import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Person } from '../../../shared/domain/people';
import { usePeople } from '../../stores/collections';
import { useSession } from '../../stores/session';
import {
  blankPersonDraft,
  changePersonDraft,
  personDraftOf,
  signInStanding,
  type PersonDraft,
} from './accounts/account-model';
import { OneTimePasswordDialog } from './accounts/OneTimePasswordDialog';
import { useAccounts, type OneTimePassword } from './accounts/store';
import type { RecordForm } from './records/record-form';
import { RecordSection } from './records/RecordSection';
import { useIsAdmin } from '../../stores/session';
import './accounts/accounts.css';

/**
 * People and their accounts. An administrator sees each person's user name and whether they can
 * sign in, adds people with a user name, and makes one-time passwords; anyone else reads the list
 * (the host answers 403 to their changes, so no button they cannot use is shown).
 */
export function PeopleSection() {
  const { t } = useTranslation();
  const people = usePeople();
  const isAdmin = useIsAdmin();
  const accounts = useAccounts();
  const me = useSession((state) => state.currentPersonId);
  const [shown, setShown] = useState<(OneTimePassword & { name: string }) | null>(null);
  const [resetError, setResetError] = useState<string | null>(null);

  useEffect(() => {
    if (isAdmin) void useAccounts.getState().load();
  }, [isAdmin]);

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
        kind: 'text',
        name: 'userName',
        label: t('accounts.userName'),
        hint: t('accounts.userNameHint'),
        maxLength: 64,
        spellCheck: false,
      },
      {
        kind: 'select',
        name: 'role',
        label: t('people.role'),
        options: roles.map((role) => ({ value: role, label: t(`people.roles.${role}`) })),
      },
    ],
    gridClass: 'form-grid form-grid--inline',
    blank: () => blankPersonDraft(),
    fromRow: (person) => personDraftOf(person, accounts.accountOf(person.id)),
    change: changePersonDraft,
    // Offices add several people in a row: the role stays, focus goes back to the name.
    afterAdd: (draft) => blankPersonDraft(draft.role),
    focusAfterAdd: true,
    create: (draft) => accounts.addPerson(draft),
    update: (person, draft) => accounts.savePerson(person, draft),
    texts: {
      addTitle: t('people.addTitle'),
      add: t('people.add'),
      editTitle: (name) => t('people.editTitle', { name }),
    },
  };

  const makeOneTimePassword = async (person: Person) => {
    setResetError(null);
    const reply = await accounts.makeOneTimePassword(person.id);
    if (reply.ok) setShown({ ...reply.value, name: person.name });
    else setResetError(reply.error.message);
  };

  return (
    <>
      {isAdmin === false && <p className="list-empty">{t('accounts.readOnly')}</p>}
      {resetError && (
        <p className="form-error" role="alert">
          {resetError}
        </p>
      )}
      <RecordSection<Person, PersonDraft>
        collection={people}
        form={form}
        readOnly={isAdmin !== true}
        isActive={(person) => person.active}
        listLabel={t('people.listLabel')}
        emptyText={t('people.empty')}
        allInactiveText={t('people.allInactive')}
        showInactiveLabel={t('people.showInactive')}
        renderSummary={(person) => {
          const account = accounts.accountOf(person.id);
          const standing = signInStanding(account);
          return (
            <>
              <span className="record__name">{person.name}</span>
              <span className={`badge badge--${person.role}`}>
                {t(`people.roles.${person.role}`)}
              </span>
              {person.id === me && <span className="badge badge--muted">{t('accounts.you')}</span>}
              {!person.active && <span className="badge badge--muted">{t('common.inactive')}</span>}
              {isAdmin && account && (
                <span className="account-line">
                  <span className="account-line__user">
                    {t('accounts.userNameOf', { userName: account.userName })}
                  </span>
                  <span className={`account-standing account-standing--${standing}`}>
                    {t(`accounts.standing.${standing}`)}
                  </span>
                </span>
              )}
            </>
          );
        }}
        renderActions={(person) =>
          // Your own password is changed with the current one, never reset from here (a reset
          // would also end the session in use).
          person.active && person.id !== me ? (
            <button
              type="button"
              className="button button--small"
              aria-label={t('accounts.oneTime.actionFor', { name: person.name })}
              onClick={() => void makeOneTimePassword(person)}
            >
              {t('accounts.oneTime.action')}
            </button>
          ) : null
        }
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
      {shown && (
        <OneTimePasswordDialog
          name={shown.name}
          userName={shown.userName}
          password={shown.oneTimePassword}
          onClose={() => setShown(null)}
        />
      )}
    </>
  );
}
