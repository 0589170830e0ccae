import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/errors';
import type { SignInState } from '../../../shared/domain/accounts';
import { api } from '../../api';
import { useSession } from '../../stores/session';

interface SignInStore {
  state: SignInState | null;
  candidates: { personId: string; name: string; userName: string }[];
  busy: boolean;
  error: ApiError | null;
  /** Asks who this window is (auth.status); the app waits for it. */
  load(): Promise<void>;
  signIn(userName: string, password: string): Promise<void>;
  setup(input: {
    name?: string;
    personId?: string;
    userName: string;
    password: string;
  }): Promise<void>;
  signOut(): Promise<void>;
}

export const useSignIn = create<SignInStore>()((set) => ({
  state: null,
  candidates: [],
  busy: false,
  error: null,
  async load() {
    const reply = await api.auth.status({});
    if (!reply.ok) return;
    set({ state: reply.value.state, candidates: reply.value.candidates });
    if (reply.value.signedIn) useSession.getState().signedInAs(reply.value.signedIn.person.id);
    else useSession.getState().signedOut();
  },
  async signIn(userName, password) {
    set({ busy: true, error: null });
    const reply = await api.auth.signIn({ userName, password });
    set({ busy: false, error: reply.ok ? null : reply.error });
    if (reply.ok) useSession.getState().signedInAs(reply.value.person.id);
  },
  async setup(input) {
    set({ busy: true, error: null });
    const reply = await api.auth.setup(input);
    set({ busy: false, error: reply.ok ? null : reply.error });
    if (reply.ok) {
      set({ state: 'ready' });
      useSession.getState().signedInAs(reply.value.person.id);
    }
  },
  async signOut() {
    await api.auth.signOut({});
    useSession.getState().signedOut();
  },
}));
