import { create } from 'zustand';

/**
 * Where the chosen profile is remembered. Linimasa has no sign-in: people share one computer,
 * and "Saya: …" only decides which actions are offered and whose name the activity log records
 * (the API checks the role again). localStorage belongs to the app's own origin, so it survives
 * a restart; a data directory that does not know the id simply shows the prompt again.
 */
export const currentPersonStorageKey = 'linimasa.currentPersonId';

function readStoredPerson(): string | null {
  try {
    return globalThis.localStorage?.getItem(currentPersonStorageKey) ?? null;
  } catch {
    // Storage can be switched off (privacy settings): then the choice lasts for this window only.
    return null;
  }
}

function storePerson(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(currentPersonStorageKey, id);
    else globalThis.localStorage?.removeItem(currentPersonStorageKey);
  } catch {
    // See readStoredPerson.
  }
}

interface SessionState {
  /** True once any API call answered `unauthorized`: the whole app gives way to the sign-in help page. */
  unauthorized: boolean;
  markUnauthorized(): void;
  /** The person acting ("Saya: Rina"); null until someone picks a profile. */
  currentPersonId: string | null;
  setCurrentPerson(id: string | null): void;
  /**
   * Sign-in (issue 13): `unknown` until auth.status answered, `signedOut` shows the sign-in
   * screen, `signedIn` the app. The signed-in person is the acting one (currentPersonId).
   */
  signIn: 'unknown' | 'signedOut' | 'signedIn';
  signedInAs(personId: string): void;
  signedOut(): void;
}

export const useSession = create<SessionState>()((set) => ({
  unauthorized: false,
  markUnauthorized: () => set({ unauthorized: true }),
  currentPersonId: readStoredPerson(),
  setCurrentPerson: (id) => {
    storePerson(id);
    set({ currentPersonId: id });
  },
  signIn: 'unknown',
  signedInAs: (personId) => {
    storePerson(personId);
    set({ signIn: 'signedIn', currentPersonId: personId });
  },
  signedOut: () => set({ signIn: 'signedOut' }),
}));
