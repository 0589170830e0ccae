import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/errors';
import type { Platform } from '../../../shared/domain/channels';
import type { Role } from '../../../shared/domain/people';
import { useChannels, usePeople } from '../../stores/collections';
import { useSettings } from '../../stores/settings';
import { guideStorageKey, setupSteps, type SetupStep } from './model';

export interface OfficeDraft {
  officeName: string;
  unitName: string;
  timeZone: string;
  signerName: string;
  signerPosition: string;
  signerNip: string;
}

interface SetupState {
  /** Closed on this computer (skipped or finished): not offered again. */
  closed: boolean;
  /** Offered in this session: stays open until closed, even once the office has a name. */
  offered: boolean;
  step: SetupStep;
  draft: OfficeDraft;
  busy: boolean;
  error: ApiError | null;
  offer(): void;
  edit(patch: Partial<OfficeDraft>): void;
  /** Saves what this step holds (office, zone, signer), then shows the next step. */
  next(): Promise<void>;
  back(): void;
  addChannel(channel: { platform: Platform; name: string }): Promise<boolean>;
  addPerson(person: { name: string; role: Role }): Promise<boolean>;
  /** "Lewati" or "Selesai": the guide closes and is not offered again on this computer. */
  close(how: 'skipped' | 'done'): void;
}

const readClosed = (): boolean => {
  try {
    return window.localStorage.getItem(guideStorageKey) !== null;
  } catch {
    return false;
  }
};

const patchFor = (step: SetupStep, draft: OfficeDraft) => {
  switch (step) {
    case 'office':
      return { officeName: draft.officeName, unitName: draft.unitName };
    case 'zone':
      return { timeZone: draft.timeZone };
    case 'signer':
      return {
        signerName: draft.signerName,
        signerPosition: draft.signerPosition,
        signerNip: draft.signerNip,
      };
    default:
      return null;
  }
};

export const useSetup = create<SetupState>()((set, get) => ({
  closed: readClosed(),
  offered: false,
  step: 'office',
  draft: {
    officeName: '',
    unitName: '',
    timeZone: 'Asia/Jakarta',
    signerName: '',
    signerPosition: '',
    signerNip: '',
  },
  busy: false,
  error: null,

  offer() {
    if (!get().offered) set({ offered: true });
  },

  edit(patch) {
    set((state) => ({ draft: { ...state.draft, ...patch }, error: null }));
  },

  async next() {
    const { step, draft } = get();
    const patch = patchFor(step, draft);
    if (patch) {
      set({ busy: true, error: null });
      const result = await useSettings.getState().update(patch);
      set({ busy: false });
      if (!result.ok) {
        set({ error: result.error });
        return;
      }
    }
    const index = setupSteps.indexOf(step);
    if (index < setupSteps.length - 1) set({ step: setupSteps[index + 1]! });
  },

  back() {
    const index = setupSteps.indexOf(get().step);
    if (index > 0) set({ step: setupSteps[index - 1]!, error: null });
  },

  async addChannel(channel) {
    set({ busy: true, error: null });
    const result = await useChannels.getState().create(channel);
    set({ busy: false, error: result.ok ? null : result.error });
    return result.ok;
  },

  async addPerson(person) {
    set({ busy: true, error: null });
    const result = await usePeople.getState().create(person);
    set({ busy: false, error: result.ok ? null : result.error });
    return result.ok;
  },

  close(how) {
    try {
      window.localStorage.setItem(guideStorageKey, how);
    } catch {
      // A browser that refuses storage shows the guide again next time; nothing is lost.
    }
    set({ closed: true });
  },
}));
