import { create } from 'zustand';
import type { SignedIn } from '../../shared/domain/accounts';
import type { Person } from '../../shared/domain/people';

/**
 * Why the sign-in screen is showing: the person chose "Keluar" or "Ganti pengguna", or the
 * session ended elsewhere (a password change or reset on another computer, a deactivation, the
 * server's own idle check). Null on a fresh start.
 */
export type SignOutReason = 'signedOut' | 'switchUser' | 'sessionEnded';

interface SessionState {
  /** True once any API call answered `unauthorized` without a session: the launch gate refused. */
  unauthorized: boolean;
  markUnauthorized(): void;
  /**
   * Sign-in (issue 13): `unknown` until auth.status answered, `signedOut` shows the sign-in
   * screen, `signedIn` the app. The signed-in person is the acting one: requests carry no
   * person, the server takes it from the session.
   */
  signIn: 'unknown' | 'signedOut' | 'signedIn';
  /** Who is signed in in this window, as auth.status / auth.signIn / auth.me said. */
  signedIn: SignedIn | null;
  /** `signedIn.person.id`, kept as a field for the stores that read it outside React. */
  currentPersonId: string | null;
  signOutReason: SignOutReason | null;
  /**
   * The window locked after the idle time: the lock screen covers the app (which stays as it
   * was, so nothing typed is lost) until the same person signs in again.
   */
  locked: boolean;
  signedInAs(signedIn: SignedIn): void;
  /** auth.me again (a role changed meanwhile); leaves a lock as it is. */
  personRefreshed(signedIn: SignedIn): void;
  signedOut(reason?: SignOutReason): void;
  lock(): void;
  /**
   * An API call answered `unauthorized` with an `auth.*` key. Signed in, that means the session
   * ended: the server's idle check locks the window, anything else shows the sign-in screen with
   * "Sesi Anda berakhir". Signed out or locked, the screen showing words the refusal itself.
   */
  sessionRefused(key: string): void;
}

export const useSession = create<SessionState>()((set, get) => ({
  unauthorized: false,
  markUnauthorized: () => set({ unauthorized: true }),
  signIn: 'unknown',
  signedIn: null,
  currentPersonId: null,
  signOutReason: null,
  locked: false,
  signedInAs: (signedIn) =>
    set({
      signIn: 'signedIn',
      signedIn,
      currentPersonId: signedIn.person.id,
      signOutReason: null,
      locked: false,
    }),
  personRefreshed: (signedIn) => {
    if (get().signIn === 'signedIn') set({ signedIn, currentPersonId: signedIn.person.id });
  },
  signedOut: (reason) =>
    set({
      signIn: 'signedOut',
      signedIn: null,
      currentPersonId: null,
      signOutReason: reason ?? null,
      locked: false,
    }),
  lock: () => {
    if (get().signIn === 'signedIn') set({ locked: true });
  },
  sessionRefused: (key) => {
    const { signIn, locked, signedIn } = get();
    if (signIn !== 'signedIn' || locked) return;
    // The must-change screen has no lock screen over it: a new sign-in starts it again.
    if (key === 'auth.idleLocked' && !signedIn?.mustChangePassword) set({ locked: true });
    else get().signedOut('sessionEnded');
  },
}));

/**
 * The signed-in person of this window (null only before sign-in). Screens offer actions by this
 * person's role; the API checks the role again.
 */
export function useCurrentPerson(): Person | null {
  return useSession((state) => state.signedIn?.person ?? null);
}

/**
 * Whether the signed-in person is an administrator: screens offer the administrators' actions
 * (office settings, channels, backups, bundles, deleting stored exports) only then. The host
 * answers 403 to anyone else, so a screen never offers what would fail; it checks every call.
 */
export function useIsAdmin(): boolean {
  return useSession((state) => state.signedIn?.person.role === 'admin');
}
