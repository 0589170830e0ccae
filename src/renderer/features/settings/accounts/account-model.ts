import { proposedUserName, type AccountSummary } from '../../../../shared/domain/accounts';
import type { Person, Role } from '../../../../shared/domain/people';

/** What an administrator needs to know about a person's sign-in, in three words-worth states. */
export type SignInStanding = 'canSignIn' | 'mustChange' | 'noPassword';

export function signInStanding(account: AccountSummary | undefined): SignInStanding {
  if (!account?.hasPassword) return 'noPassword';
  return account.mustChangePassword ? 'mustChange' : 'canSignIn';
}

/**
 * The people form's draft. The user name follows the name ("Rina Wulandari" → rina.wulandari,
 * the server's own proposal) until the administrator types one of their own; an existing
 * person's user name never follows a renaming, since they already sign in with it.
 */
export interface PersonDraft {
  name: string;
  userName: string;
  role: Role;
  /** True once the user name is the administrator's own (typed, or an existing account's). */
  userNameChosen: boolean;
}

export const blankPersonDraft = (role: Role = 'planner'): PersonDraft => ({
  name: '',
  userName: '',
  role,
  userNameChosen: false,
});

export const personDraftOf = (
  person: Person,
  account: AccountSummary | undefined,
): PersonDraft => ({
  name: person.name,
  userName: account?.userName ?? '',
  role: person.role,
  userNameChosen: true,
});

export function changePersonDraft(draft: PersonDraft, field: string, value: string): PersonDraft {
  switch (field) {
    case 'name':
      return draft.userNameChosen
        ? { ...draft, name: value }
        : { ...draft, name: value, userName: value.trim() ? proposedUserName(value) : '' };
    case 'userName':
      // Emptied: the name's proposal comes back (an account always has a user name).
      return value.trim()
        ? { ...draft, userName: value, userNameChosen: true }
        : { ...draft, userName: '', userNameChosen: false };
    case 'role':
      return { ...draft, role: value as Role };
    default:
      return draft;
  }
}

/** What people.create is sent: an empty user name lets the server propose one. */
export const personCreateRequest = (draft: PersonDraft) => ({
  name: draft.name,
  role: draft.role,
  ...(draft.userName.trim() ? { userName: draft.userName.trim() } : {}),
});
