import { create } from 'zustand';

interface SessionState {
  /** True once any API call answered `unauthorized`: the whole app gives way to the sign-in help page. */
  unauthorized: boolean;
  markUnauthorized(): void;
}

export const useSession = create<SessionState>()((set) => ({
  unauthorized: false,
  markUnauthorized: () => set({ unauthorized: true }),
}));
