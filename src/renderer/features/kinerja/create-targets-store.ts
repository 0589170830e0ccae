import { create } from 'zustand';
import type { LinimasaApi } from '../../../shared/api/contract';
import type { FollowerRow } from '../../../shared/domain/performance';
import {
  formToTargets,
  readWhole,
  targetsToForm,
  type TargetsErrors,
  type TargetsForm,
} from './targets-model';

export interface TargetsDeps {
  api: Pick<LinimasaApi, 'targets' | 'followers'>;
  /** Active channels and content pillars, in the order Settings lists them. */
  channelIds(): string[];
  pillarIds(): string[];
}

interface TargetsState {
  year: number | null;
  form: TargetsForm | null;
  errors: TargetsErrors;
  /** Followers typed per channel for `month` ('YYYY-MM'), as typed. */
  month: string;
  followers: Record<string, string>;
  followerErrors: Record<string, true>;
  stored: FollowerRow[];
  busy: boolean;
  problem: string | null;
  saved: 'targets' | 'followers' | null;

  load(year: number, month: string): Promise<void>;
  edit(update: (form: TargetsForm) => TargetsForm): void;
  save(): Promise<boolean>;
  setMonth(month: string): void;
  typeFollowers(channelId: string, text: string): void;
  saveFollowers(): Promise<boolean>;
}

const followersOf = (rows: readonly FollowerRow[], month: string, ids: readonly string[]) =>
  Object.fromEntries(
    ids.map((id) => {
      const row = rows.find((r) => r.channelId === id && r.month === month);
      return [id, row ? String(row.followers) : ''];
    }),
  );

/**
 * Settings › Target kinerja: the year's targets per channel and content pillar with the IKU
 * wording and the on-time tolerance (`targets.get/set`), and followers per channel at the end of
 * a month (`followers.list/set`) for the report's growth figure.
 */
export function createTargetsStore(deps: TargetsDeps) {
  return create<TargetsState>()((set, get) => ({
    year: null,
    form: null,
    errors: {},
    month: '',
    followers: {},
    followerErrors: {},
    stored: [],
    busy: false,
    problem: null,
    saved: null,

    async load(year, month) {
      set({ year, month, busy: true, problem: null, saved: null, errors: {} });
      const [targets, followers] = await Promise.all([
        deps.api.targets.get({ year }),
        deps.api.followers.list({ year }),
      ]);
      if (get().year !== year) return;
      if (!targets.ok || !followers.ok) {
        const error = !targets.ok ? targets.error : !followers.ok ? followers.error : null;
        return set({ busy: false, problem: error?.message ?? null });
      }
      set({
        busy: false,
        form: targetsToForm(targets.value, deps.channelIds(), deps.pillarIds()),
        stored: followers.value,
        followers: followersOf(followers.value, month, deps.channelIds()),
        followerErrors: {},
      });
    },

    edit(update) {
      const form = get().form;
      if (form) set({ form: update(form), saved: null });
    },

    async save() {
      const { form, year } = get();
      if (!form || year === null || get().busy) return false;
      const read = formToTargets(year, form);
      if (!read.ok) {
        set({ errors: read.errors, saved: null });
        return false;
      }
      set({ busy: true, errors: {}, problem: null });
      const reply = await deps.api.targets.set(read.request);
      if (!reply.ok) {
        set({ busy: false, problem: reply.error.message });
        return false;
      }
      set({
        busy: false,
        saved: 'targets',
        form: targetsToForm(reply.value, deps.channelIds(), deps.pillarIds()),
      });
      return true;
    },

    setMonth(month) {
      set({
        month,
        followers: followersOf(get().stored, month, deps.channelIds()),
        followerErrors: {},
        saved: null,
      });
    },

    typeFollowers(channelId, text) {
      set((state) => ({ followers: { ...state.followers, [channelId]: text }, saved: null }));
    },

    async saveFollowers() {
      const { followers, month, stored } = get();
      if (get().busy) return false;
      const errors: Record<string, true> = {};
      const changes: { channelId: string; followers: number }[] = [];
      for (const [channelId, text] of Object.entries(followers)) {
        const value = readWhole(text);
        if (value === undefined) errors[channelId] = true;
        else if (value !== null) {
          const before = stored.find((r) => r.channelId === channelId && r.month === month);
          if (before?.followers !== value) changes.push({ channelId, followers: value });
        }
      }
      if (Object.keys(errors).length > 0) {
        set({ followerErrors: errors, saved: null });
        return false;
      }
      set({ busy: true, followerErrors: {}, problem: null });
      let rows = stored;
      for (const change of changes) {
        const reply = await deps.api.followers.set({ ...change, month });
        if (!reply.ok) {
          set({ busy: false, problem: reply.error.message, stored: rows });
          return false;
        }
        rows = [
          ...rows.filter((r) => !(r.channelId === change.channelId && r.month === month)),
          reply.value,
        ];
      }
      set({ busy: false, stored: rows, saved: 'followers' });
      return true;
    },
  }));
}
export type TargetsStore = ReturnType<typeof createTargetsStore>;
