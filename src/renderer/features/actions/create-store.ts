import { create } from 'zustand';
import type { LinimasaApi } from '../../../shared/api/contract';
import {
  defaultDueWithinDays,
  maxDueWithinDays,
  type NeedsAction,
} from '../../../shared/domain/needs-action';

interface NeedsActionState {
  /** Whose lists `data` holds; null before the first load. */
  personId: string | null;
  data: NeedsAction | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  problem: string | null;
  /** Drafts count as due within this many days (remembered). */
  dueWithinDays: number;
  load(): Promise<void>;
  setDueWithinDays(days: number): void;
}

export interface NeedsActionDeps {
  api: Pick<LinimasaApi, 'posts'>;
  actorId(): string | null;
  remembered(): number | undefined;
  remember(days: number): void;
}

export const clampDays = (days: number): number =>
  Number.isFinite(days)
    ? Math.min(maxDueWithinDays, Math.max(1, Math.round(days)))
    : defaultDueWithinDays;

/**
 * "Perlu tindakan" for the person acting now: the lists and the sidebar's counter. Reloaded when
 * the screen opens, when the profile changes, after every bulk action, and now and then by the
 * sidebar (others approve and request changes too).
 */
export function createNeedsActionStore(deps: NeedsActionDeps) {
  let request = 0;
  return create<NeedsActionState>()((set, get) => ({
    personId: null,
    data: null,
    status: 'idle',
    problem: null,
    dueWithinDays: clampDays(deps.remembered() ?? defaultDueWithinDays),

    async load() {
      const actorId = deps.actorId();
      const mine = ++request;
      if (!actorId) {
        set({ personId: null, data: null, status: 'idle', problem: null });
        return;
      }
      if (get().personId !== actorId) set({ personId: actorId, data: null, status: 'loading' });
      const reply = await deps.api.posts.needsAction({
        dueWithinDays: get().dueWithinDays,
      });
      if (mine !== request) return;
      if (!reply.ok) {
        set({ status: 'error', problem: reply.error.message });
        return;
      }
      set({ data: reply.value, status: 'ready', problem: null });
    },

    setDueWithinDays(days) {
      const value = clampDays(days);
      if (value === get().dueWithinDays) return;
      deps.remember(value);
      set({ dueWithinDays: value });
      void get().load();
    },
  }));
}
