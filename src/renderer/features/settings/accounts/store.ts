import { create } from 'zustand';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { AccountSummary } from '../../../../shared/domain/accounts';
import type { Person } from '../../../../shared/domain/people';
import { api } from '../../../api';
import { usePeople } from '../../../stores/collections';
import { personCreateRequest, type PersonDraft } from './account-model';

export interface OneTimePassword {
  personId: string;
  userName: string;
  oneTimePassword: string;
}

interface AccountsState {
  /** Each person's user name and sign-in standing (auth.accounts: administrators only). */
  accounts: AccountSummary[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  load(): Promise<void>;
  accountOf(personId: string): AccountSummary | undefined;
  /** people.create with the user name; the list and the accounts are read again. */
  addPerson(draft: PersonDraft): Promise<ApiResult<Person>>;
  /** people.update, then auth.setUserName when the user name changed. */
  savePerson(person: Person, draft: PersonDraft): Promise<ApiResult<Person>>;
  /**
   * A one-time password for the person (auth.resetPassword). It is handed back to the caller
   * only, never kept here: the dialog that shows it is the one place it exists in the app.
   */
  makeOneTimePassword(personId: string): Promise<ApiResult<OneTimePassword>>;
}

export const useAccounts = create<AccountsState>()((set, get) => ({
  accounts: [],
  status: 'idle',
  loadError: null,
  async load() {
    if (get().status !== 'ready') set({ status: 'loading' });
    const reply = await api.auth.accounts({});
    if (reply.ok) set({ accounts: reply.value, status: 'ready', loadError: null });
    else set({ status: 'error', loadError: reply.error });
  },
  accountOf: (personId) => get().accounts.find((account) => account.personId === personId),
  async addPerson(draft) {
    const reply = await usePeople.getState().create(personCreateRequest(draft));
    if (reply.ok) await get().load();
    return reply;
  },
  async savePerson(person, draft) {
    const reply = await usePeople
      .getState()
      .update({ id: person.id, name: draft.name, role: draft.role });
    if (!reply.ok) return reply;
    const userName = draft.userName.trim();
    if (userName && userName !== get().accountOf(person.id)?.userName) {
      const renamed = await api.auth.setUserName({ personId: person.id, userName });
      if (!renamed.ok) return renamed;
    }
    await get().load();
    return reply;
  },
  async makeOneTimePassword(personId) {
    const reply = await api.auth.resetPassword({ id: personId });
    if (!reply.ok) return reply;
    await get().load();
    return { ok: true, value: { personId, ...reply.value } };
  },
}));
