import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/errors';
import type { SignedIn, SignInState } from '../../../shared/domain/accounts';
import { api } from '../../api';
import { useSession, type SignOutReason } from '../../stores/session';
import { useCalendar } from '../calendar/store';

/**
 * A sign-in through the sign-in screen starts the app afresh: a post left open in the editor by
 * whoever was here before ("Keluar", "Ganti pengguna", a session ended elsewhere) is not opened
 * again for the next person. What was typed there went when the app left the screen.
 */
function signedInAfresh(signedIn: SignedIn) {
  useCalendar.getState().closeEditor();
  useSession.getState().signedInAs(signedIn);
}

interface SignInStore {
  state: SignInState | null;
  candidates: { personId: string; name: string; userName: string }[];
  busy: boolean;
  /** The last refusal of the screen showing (sign-in, lock screen, must-change form). */
  error: ApiError | null;
  /** "Kata sandi diganti …" after a change from the menu; the menu shows it as a toast. */
  passwordChanged: boolean;
  /** Why auth.status could not be asked (a dropped connection); the app offers "Coba lagi". */
  loadError: ApiError | null;
  /** Asks who this window is (auth.status); the app waits for it. */
  load(): Promise<void>;
  signIn(userName: string, password: string): Promise<void>;
  setup(input: {
    name?: string;
    personId?: string;
    userName: string;
    password: string;
  }): Promise<void>;
  /** "Keluar" or "Ganti pengguna": the session ends and the sign-in screen says which. */
  signOut(reason: Extract<SignOutReason, 'signedOut' | 'switchUser'>): Promise<void>;
  /** The person's own password; true when it was changed. */
  changePassword(currentPassword: string, newPassword: string): Promise<boolean>;
  dismissPasswordChanged(): void;
  /** No input for the idle time: the lock screen shows and the session ends on the server. */
  lock(): Promise<void>;
  /** The lock screen's password: a new sign-in under the same user name. */
  unlock(password: string): Promise<void>;
  /** Asks again who is signed in (a role changed by an administrator shows without a restart). */
  refresh(): Promise<void>;
  clearError(): void;
}

export const useSignIn = create<SignInStore>()((set) => ({
  state: null,
  candidates: [],
  busy: false,
  error: null,
  passwordChanged: false,
  loadError: null,
  async load() {
    set({ loadError: null });
    const reply = await api.auth.status({});
    if (!reply.ok) {
      set({ loadError: reply.error });
      return;
    }
    set({ state: reply.value.state, candidates: reply.value.candidates });
    if (reply.value.signedIn) useSession.getState().signedInAs(reply.value.signedIn);
    else useSession.getState().signedOut();
  },
  async signIn(userName, password) {
    set({ busy: true, error: null });
    const reply = await api.auth.signIn({ userName, password });
    set({ busy: false, error: reply.ok ? null : reply.error });
    if (reply.ok) signedInAfresh(reply.value);
  },
  async setup(input) {
    set({ busy: true, error: null });
    const reply = await api.auth.setup(input);
    set({ busy: false, error: reply.ok ? null : reply.error });
    if (reply.ok) {
      set({ state: 'ready' });
      signedInAfresh(reply.value);
    }
  },
  async signOut(reason) {
    set({ busy: true, error: null, passwordChanged: false });
    // Whatever the answer (a session already ended elsewhere), this window is signed out.
    await api.auth.signOut({});
    set({ busy: false });
    useSession.getState().signedOut(reason);
  },
  async changePassword(currentPassword, newPassword) {
    set({ busy: true, error: null, passwordChanged: false });
    const reply = await api.auth.changePassword({ currentPassword, newPassword });
    set({ busy: false, error: reply.ok ? null : reply.error });
    if (!reply.ok) return false;
    const wasOneTime = useSession.getState().signedIn?.mustChangePassword ?? false;
    useSession.getState().signedInAs(reply.value);
    if (!wasOneTime) set({ passwordChanged: true });
    return true;
  },
  dismissPasswordChanged: () => set({ passwordChanged: false }),
  async lock() {
    if (useSession.getState().locked) return;
    set({ error: null });
    useSession.getState().lock();
    await api.auth.lock({});
  },
  async unlock(password) {
    const userName = useSession.getState().signedIn?.userName;
    if (!userName) return;
    set({ busy: true, error: null });
    const reply = await api.auth.signIn({ userName, password });
    set({ busy: false, error: reply.ok ? null : reply.error });
    if (reply.ok) useSession.getState().signedInAs(reply.value);
  },
  async refresh() {
    const session = useSession.getState();
    if (session.signIn !== 'signedIn' || session.locked) return;
    const reply = await api.auth.me({});
    if (reply.ok && !useSession.getState().locked)
      useSession.getState().personRefreshed(reply.value);
  },
  clearError: () => set({ error: null }),
}));
