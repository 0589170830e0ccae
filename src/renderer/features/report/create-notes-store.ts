import { create } from 'zustand';
import type { LinimasaApi, ResponseOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';

export type StoredNotes = ResponseOf<'reportNotes.get'>;

/** Notes an older Linimasa kept in this browser only (localStorage), per period. */
export interface LegacyNotes {
  read(period: string): string | null;
  forget(period: string): void;
}

export interface NotesDeps {
  api: Pick<LinimasaApi, 'reportNotes'>;
  legacy: LegacyNotes;
  word(error: ApiError): string;
  /** Quiet time after the last key before the notes are saved. */
  delayMs?: number;
}

export interface NotesState {
  period: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** What the text field shows. */
  text: string;
  /** The notes as the office's database last gave them. */
  stored: StoredNotes | null;
  saving: boolean;
  /** A refusal or failed read, in words. */
  problem: string | null;
  /** A colleague's notes saved meanwhile: take theirs, or save mine over them. */
  conflict: StoredNotes | null;
  /** Notes found in this browser only while the database has none: offered, never moved silently. */
  offer: string | null;
  load(period: string): Promise<void>;
  type(text: string): void;
  /** Saves now what is typed and not yet saved (before an export, on leaving the field). */
  flush(): Promise<boolean>;
  takeTheirs(): void;
  keepMine(): Promise<boolean>;
  acceptOffer(): Promise<boolean>;
  dismissOffer(): void;
  /** A colleague saved notes (the live stream): reread unless something is typed and unsaved. */
  changedElsewhere(): Promise<void>;
}

/** True while the field holds words the database does not have. */
export const notesDirty = (state: Pick<NotesState, 'text' | 'stored'>): boolean =>
  state.stored !== null && state.text !== state.stored.text;

/**
 * The report's notes per period ("Catatan"), kept in the office's database (reportNotes.*):
 * saved a moment after the last key, refused when a colleague saved in between (their words are
 * shown, nothing is overwritten unseen), and reread when a colleague saves while nothing is
 * typed here. Built from its dependencies so unit tests drive it.
 */
export function createNotesStore(deps: NotesDeps) {
  const delayMs = deps.delayMs ?? 800;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let request = 0;
  const cancelTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  return create<NotesState>()((set, get) => {
    const save = async (): Promise<boolean> => {
      cancelTimer();
      const { period, stored, text, saving, conflict } = get();
      if (!period || !stored || saving || conflict) return false;
      if (text === stored.text) return true;
      set({ saving: true, problem: null });
      const reply = await deps.api.reportNotes.set({
        period,
        text,
        baseUpdatedAt: stored.updatedAt,
      });
      if (get().period !== period) return false;
      if (reply.ok) {
        set({ saving: false, stored: reply.value });
        // Typed on while the save was on its way: save that too.
        if (get().text !== reply.value.text) return save();
        return true;
      }
      set({ saving: false, problem: deps.word(reply.error) });
      if (reply.error.code === 'conflict') {
        const latest = await deps.api.reportNotes.get({ period });
        if (latest.ok && get().period === period) set({ conflict: latest.value });
      }
      return false;
    };

    return {
      period: null,
      status: 'idle',
      text: '',
      stored: null,
      saving: false,
      problem: null,
      conflict: null,
      offer: null,

      async load(period) {
        cancelTimer();
        const mine = ++request;
        set({
          period,
          status: 'loading',
          text: '',
          stored: null,
          saving: false,
          problem: null,
          conflict: null,
          offer: null,
        });
        const reply = await deps.api.reportNotes.get({ period });
        if (mine !== request) return;
        if (!reply.ok) return set({ status: 'error', problem: deps.word(reply.error) });
        const legacy = reply.value.text === '' ? deps.legacy.read(period) : null;
        set({
          status: 'ready',
          stored: reply.value,
          text: reply.value.text,
          offer: legacy && legacy.trim() !== '' ? legacy : null,
        });
      },

      type(text) {
        set({ text });
        cancelTimer();
        timer = setTimeout(() => void save(), delayMs);
      },

      flush: save,

      takeTheirs() {
        const theirs = get().conflict;
        if (!theirs) return;
        cancelTimer();
        set({ conflict: null, problem: null, stored: theirs, text: theirs.text });
      },

      async keepMine() {
        const theirs = get().conflict;
        if (!theirs) return false;
        // Saving from their notes as the base: mine replaces them, knowingly.
        set({ conflict: null, problem: null, stored: theirs });
        return save();
      },

      async acceptOffer() {
        const { offer, period } = get();
        if (offer === null || !period) return false;
        deps.legacy.forget(period);
        set({ offer: null, text: offer });
        return save();
      },

      dismissOffer() {
        const { period } = get();
        if (period) deps.legacy.forget(period);
        set({ offer: null });
      },

      async changedElsewhere() {
        const { period, saving, status } = get();
        if (!period || status !== 'ready' || saving || notesDirty(get()) || get().conflict) return;
        const mine = ++request;
        const reply = await deps.api.reportNotes.get({ period });
        if (mine !== request || !reply.ok || get().period !== period) return;
        if (notesDirty(get()) || get().saving) return;
        set({ stored: reply.value, text: reply.value.text });
      },
    };
  });
}
export type NotesStore = ReturnType<typeof createNotesStore>;
