import type { TFunction } from 'i18next';
import { create } from 'zustand';
import type { LinimasaApi, RequestOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { PostAction } from '../../../shared/domain/post-status';
import type { Activity, Post } from '../../../shared/domain/posts';
import type { WeekStart } from '../../../shared/domain/settings';
import { messageForField } from '../../forms/errors';
import type { CalendarNotice, EditorMode, UndoEntry } from '../calendar/create-store';
import { blankDraft, draftFromPost, isDirty, normaliseTime, type PostDraft } from './draft';
import { changedFields, type MergeField } from './merge';
import { blankRepeat, type RepeatDraft } from './repeat';
import { saveDraft, type SaveOutcome } from './save-flow';

/**
 * The editor's session: the post shown in the side panel, the draft being typed, and every call
 * the panel makes (load, save, series, approval steps, delete). The panel's views only read this
 * state and call these actions. Each opening is a new session; an answer that arrives for an
 * older one (the panel was closed, or switched to another post) is dropped.
 */

export type TransitionInput = Omit<
  RequestOf<'posts.transition'>,
  'id' | 'version' | 'actorId' | 'action'
>;
export type EditorPhase = 'loading' | 'ready' | 'missing' | 'error';
export type EditorNotice = { tone: 'ok' | 'warning' | 'error'; text: string } | null;
export type Confirming = 'discard' | 'deleteSeries' | null;
export type OpenMode = Exclude<EditorMode, null>;

/** A colleague saved the open post (the live stream said so): who, when, and what changed. */
export interface RemoteChange {
  name: string;
  at: string;
  fields: MergeField[];
}

/** The merge view: what both started from, my draft, and the version stored now. */
export interface MergeSession {
  base: PostDraft;
  mine: PostDraft;
  theirs: PostDraft;
  /** The stored post the merged draft is saved against. */
  post: Post;
}

/** What the live stream says about a post (src/shared/api/events.ts). */
export interface PostChange {
  ids: string[];
  version?: number;
  by: { id: string; name: string } | null;
  at: string;
}

export interface EditorOffice {
  zone: string;
  defaultTime: string;
  weekStart: WeekStart;
}

/** What the editor asks of the calendar after a change. */
export interface CalendarLink {
  refresh(): Promise<void>;
  showNotice(notice: Omit<CalendarNotice, 'id'>): void;
  openPost(id: string): void;
  closeEditor(): void;
  recordUndo(entry: UndoEntry): void;
}

/**
 * The editor's end of working without the office host (features/offline/): typed text is kept
 * on this device, and a save made while the host is missed waits in the outbox.
 */
export interface EditorOfflineLink {
  /** The host is missed right now (the last call got no reply). */
  unreachable(): boolean;
  /** After every change of the draft (the link debounces the writing). */
  typed(state: EditorState): void;
  /** Keeps this save for later; false when it cannot wait (a series, a repeating new post). */
  queue(state: EditorState): boolean;
  /** The draft reached the host: the kept copy can go. */
  saved(state: EditorState): void;
}

/** What the store needs from outside: injected, so tests drive it with a fake API. */
export interface EditorDeps {
  api: Pick<LinimasaApi, 'posts' | 'series'>;
  office(): EditorOffice;
  calendar(): CalendarLink;
  /** Words notices in the interface's language. */
  t: TFunction;
  offline?: EditorOfflineLink;
}

export interface EditorState {
  /** The session this state belongs to (`sessionKey` of its mode); null when the panel is shut. */
  key: string | null;
  mode: EditorMode;
  phase: EditorPhase;
  loadError: string;
  post: Post | null;
  /** The draft as loaded or last saved: what "unsaved changes" compares with. */
  original: PostDraft;
  draft: PostDraft;
  activity: Activity[];
  repeat: RepeatDraft;
  scope: 'one' | 'series';
  busy: boolean;
  notice: EditorNotice;
  conflict: boolean;
  errors: Partial<Record<string, string>>;
  confirming: Confirming;
  /** A field that should take focus (a check failed); `seq` changes each time. */
  focus: { field: string; seq: number } | null;
  /** The last save of the open post by someone else, for the banner; null when none. */
  remote: RemoteChange | null;
  /** A stored version newer than `post`, kept while the draft has unsaved edits. */
  newer: Post | null;
  merge: MergeSession | null;

  open(mode: OpenMode, actorId: string | null): void;
  close(): void;
  setDraft(update: (draft: PostDraft) => PostDraft): void;
  setRepeat(update: (repeat: RepeatDraft) => RepeatDraft): void;
  setScope(scope: 'one' | 'series'): void;
  setConfirming(confirming: Confirming): void;
  /** "Coba lagi" after a failed load. */
  retry(): Promise<void>;
  /** "Muat ulang" after a conflict: the stored post, and the calendar with it. */
  reload(): Promise<void>;
  save(actorId: string | null): Promise<void>;
  /**
   * "Simpan & ajukan ulang" on a "Perlu revisi" post: saves what changed, then revises and
   * submits it again, in one click. Open platform warnings stop it at draft, with words.
   */
  saveAndResubmit(actorId: string | null): Promise<void>;
  /** Resolves to the error the approval panel shows, or null. */
  transition(action: PostAction, input: TransitionInput, actorId: string): Promise<ApiError | null>;
  remove(actorId: string | null): Promise<void>;
  removeSeries(actorId: string): Promise<void>;
  /**
   * The live stream announced a change of posts: when it is a newer version of the open post,
   * read it; without unsaved edits the form shows it at once, with them it is kept for merging.
   */
  remoteChange(change: PostChange): Promise<void>;
  /** "Tutup" on the "Diubah oleh …" banner: read, it goes (a later save of theirs shows again). */
  dismissRemote(): void;
  /**
   * The live stream announced comments on these posts: a comment is an entry of the activity log
   * as well, so the open post's log is read again (the thread reads itself: features/comments).
   */
  commentsChanged(change: { ids: string[] }): Promise<void>;
  /** The merge view's result: saved against the version stored now. */
  resolveMerge(merged: PostDraft, actorId: string | null): Promise<void>;
  cancelMerge(): void;
  /**
   * A newer stored version of the open post arrived (the outbox sent a kept save): it becomes
   * what "unsaved changes" compares with, and whatever was typed since stays in the draft.
   */
  rebase(post: Post): void;
  /**
   * "Lanjutkan draf yang belum tersimpan": text kept on this device. Typed on the version shown
   * (or for a new post), it becomes the draft; typed on an older one, it never silently
   * overwrites what colleagues saved since: a warning, and the merge view (kept text against the
   * stored version, from what it was typed on).
   */
  restoreKept(kept: { baseVersion: number | null; original: PostDraft; draft: PostDraft }): void;
}

/** One session per post (or per new post on a day): nothing typed for one leaks into another. */
export const sessionKey = (mode: OpenMode): string =>
  mode.kind === 'edit' ? `edit:${mode.id}` : `new:${mode.date ?? ''}`;

/** Published and cancelled posts are shown, not edited. */
export const isReadOnly = (post: Post | null): boolean =>
  post !== null && (post.status === 'published' || post.status === 'cancelled');

/** Fields an API error may name that the form shows beside an input. */
const formFields = new Set([
  'title',
  'caption',
  'link',
  'firstComment',
  'brief',
  'channels',
  'assetIds',
  'schedule',
]);
const fieldOf = (field: string | undefined): string | undefined => {
  const top = field?.split('.')[0];
  return top && formFields.has(top) ? top : undefined;
};

export function createEditorStore(deps: EditorDeps) {
  const { t } = deps;
  /** Bumped on every open and close: the session an answer must still belong to. */
  let session = 0;
  let focusSeq = 0;

  return create<EditorState>()((set, get) => {
    const live = (mine: number) => mine === session;
    const focusOn = (field: string) => ({ focus: { field, seq: ++focusSeq } });

    const accept = (post: Post) => {
      const { zone, defaultTime } = deps.office();
      const fresh = draftFromPost(post, zone, defaultTime);
      set({ post, original: fresh, draft: fresh, errors: {} });
    };

    const load = async (id: string, mine: number) => {
      const [loaded, history] = await Promise.all([
        deps.api.posts.get({ id }),
        deps.api.posts.activity({ id }),
      ]);
      if (!live(mine)) return;
      if (!loaded.ok) {
        if (loaded.error.code === 'not_found') set({ phase: 'missing' });
        else set({ phase: 'error', loadError: loaded.error.message });
        return;
      }
      accept(loaded.value);
      set({
        activity: history.ok ? history.value : [],
        conflict: false,
        phase: loaded.value.deletedAt ? 'missing' : 'ready',
      });
    };

    /** Opens the merge view against the version stored now (read again when not given). */
    const openMerge = async (mine: number, latest?: Post | null): Promise<boolean> => {
      const id = get().post?.id;
      if (!id) return false;
      let stored = latest ?? null;
      if (!stored) {
        const fresh = await deps.api.posts.get({ id });
        if (!fresh.ok || !live(mine)) return false;
        stored = fresh.value;
      }
      const { zone, defaultTime } = deps.office();
      const { original, draft } = get();
      set({
        merge: {
          base: original,
          mine: draft,
          theirs: draftFromPost(stored, zone, defaultTime),
          post: stored,
        },
        newer: null,
        conflict: false,
        notice: null,
      });
      return true;
    };

    const showError = (error: ApiError) => {
      if (error.code === 'conflict') return set({ conflict: true, notice: null });
      const field = fieldOf(error.field);
      if (error.code === 'invalid_request' && field) {
        return set({
          errors: { [field]: messageForField(error) },
          notice: null,
          ...focusOn(field),
        });
      }
      const text =
        error.code === 'forbidden'
          ? t('approval.forbidden', { message: error.message })
          : error.message;
      set({ notice: { tone: 'error', text } });
    };

    /** After a write: the history and the calendar show it. */
    const afterChange = async (id: string, mine: number) => {
      const [history] = await Promise.all([
        deps.api.posts.activity({ id }),
        deps.calendar().refresh(),
      ]);
      if (live(mine) && history.ok) set({ activity: history.value });
    };

    const apply = async (outcome: SaveOutcome, mine: number) => {
      if (outcome.kind !== 'failed' && live(mine)) deps.offline?.saved(get());
      if (!live(mine)) {
        // The panel moved on; the change is stored all the same, so the calendar shows it.
        if (outcome.kind !== 'failed' && outcome.kind !== 'unchanged')
          void deps.calendar().refresh();
        return;
      }
      const calendar = deps.calendar();
      switch (outcome.kind) {
        case 'failed':
          // Someone saved first: merge field by field rather than lose either change.
          if (
            outcome.error.code === 'conflict' &&
            get().post &&
            !get().post!.deletedAt &&
            (await openMerge(mine))
          )
            return;
          if (outcome.ruleMessage) set({ notice: { tone: 'error', text: outcome.ruleMessage } });
          else showError(outcome.error);
          return;
        case 'unchanged':
          // Saved (or merged) after a colleague's save: the banner about it has done its work.
          set({ notice: { tone: 'ok', text: t('editor.saved') }, remote: null });
          return;
        case 'seriesCreated':
          await calendar.refresh();
          calendar.showNotice({
            tone: 'info',
            message: t('editor.repeat.created', { count: outcome.count }),
          });
          if (live(mine)) calendar.closeEditor();
          return;
        case 'created':
          await calendar.refresh();
          calendar.showNotice({ tone: 'info', message: t('editor.created') });
          // The same panel carries on with the stored post: submit is one click away.
          if (live(mine)) calendar.openPost(outcome.post.id);
          return;
        case 'saved': {
          accept(outcome.post);
          const saved = [outcome.seriesText, outcome.onlySeries ? '' : t('editor.saved')];
          set({
            notice: outcome.returnedToDraft
              ? { tone: 'warning', text: t('editor.returnedToDraft') }
              : { tone: 'ok', text: saved.filter(Boolean).join(' ') },
            remote: null,
          });
          await afterChange(outcome.post.id, mine);
        }
      }
    };

    /** The checks "Simpan" makes before calling anything; false when it must not go on. */
    const readyToSave = (state: EditorState, actorId: string | null): boolean => {
      if (state.busy || isReadOnly(state.post) || !state.mode) return false;
      if (!actorId) {
        set({ notice: { tone: 'warning', text: t('editor.signInFirst') } });
        return false;
      }
      if (state.draft.title.trim() === '') {
        set({ errors: { title: t('editor.titleRequired') }, ...focusOn('title') });
        return false;
      }
      if (state.draft.date && normaliseTime(state.draft.time) !== state.draft.time) {
        set({ errors: { time: t('editor.timeInvalid') }, ...focusOn('time') });
        return false;
      }
      return !(state.mode.kind === 'edit' && !state.post);
    };

    const saveState = (state: EditorState, actorId: string) =>
      saveDraft(deps.api, {
        actorId,
        post: state.post,
        original: state.original,
        draft: state.draft,
        repeat: state.repeat,
        scope: state.scope,
        weekStart: deps.office().weekStart,
        seriesUpdated: (counts) => t('editor.series.updated', counts),
      });

    /** A save while the host is missed waits in the outbox; the rest needs the host. */
    const queueOffline = (state: EditorState) => {
      const queued = deps.offline?.queue(state) ?? false;
      set({
        errors: {},
        notice: { tone: 'warning', text: t(queued ? 'offline.waiting' : 'offline.needsHost') },
      });
    };
    /** Approval steps and deletes need the host: refused at once, in words, while it is missed. */
    const refuseOffline = (): boolean => {
      if (!deps.offline?.unreachable()) return false;
      set({ notice: { tone: 'error', text: t('offline.needsHost') } });
      return true;
    };

    const blank = {
      phase: 'ready' as EditorPhase,
      loadError: '',
      post: null,
      activity: [],
      scope: 'one' as const,
      busy: false,
      notice: null,
      conflict: false,
      errors: {},
      confirming: null,
      focus: null,
      remote: null,
      newer: null,
      merge: null,
    };
    const empty = blankDraft({ defaultTime: '09:00' });

    return {
      key: null,
      mode: null,
      ...blank,
      original: empty,
      draft: empty,
      repeat: blankRepeat(''),

      open(mode, actorId) {
        const mine = ++session;
        const date = mode.kind === 'new' ? mode.date : undefined;
        const draft = blankDraft({
          date,
          defaultTime: deps.office().defaultTime,
          assigneeId: mode.kind === 'new' ? actorId : null,
        });
        set({
          ...blank,
          key: sessionKey(mode),
          mode,
          phase: mode.kind === 'new' ? 'ready' : 'loading',
          original: draft,
          draft,
          repeat: blankRepeat(date ?? ''),
        });
        if (mode.kind === 'edit') void load(mode.id, mine);
      },

      close() {
        session++;
        set({ key: null, mode: null, ...blank });
      },

      setDraft(update) {
        set((state) => ({
          draft: update(state.draft),
          notice: state.notice?.tone === 'ok' ? null : state.notice,
        }));
        deps.offline?.typed(get());
      },
      setRepeat: (update) => set((state) => ({ repeat: update(state.repeat) })),
      setScope: (scope) => set({ scope }),
      setConfirming: (confirming) => set({ confirming }),

      async retry() {
        const { mode } = get();
        if (mode?.kind === 'edit') await load(mode.id, session);
      },

      async reload() {
        const { mode } = get();
        if (mode?.kind !== 'edit') return;
        const mine = session;
        set({ notice: null });
        await load(mode.id, mine);
        if (live(mine)) await deps.calendar().refresh();
      },

      async save(actorId) {
        const state = get();
        if (!readyToSave(state, actorId)) return;
        if (deps.offline?.unreachable()) return void queueOffline(state);
        const mine = session;
        // A colleague saved meanwhile: the version is known to be stale, merge first.
        if (state.newer && isDirty(state.original, state.draft)) {
          await openMerge(mine, state.newer);
          return;
        }
        set({ errors: {}, busy: true });
        try {
          const outcome = await saveState(state, actorId!);
          // The host went away during the save: the save waits instead of failing.
          if (outcome.kind === 'failed' && deps.offline?.unreachable() && live(mine))
            return void queueOffline(state);
          await apply(outcome, mine);
        } finally {
          if (live(mine)) set({ busy: false });
        }
      },

      async saveAndResubmit(actorId) {
        const state = get();
        const post = state.post;
        if (post?.status !== 'changes_requested' || !readyToSave(state, actorId)) return;
        if (refuseOffline()) return;
        const mine = session;
        set({ errors: {}, busy: true });
        try {
          const outcome = await saveState(state, actorId!);
          if (outcome.kind === 'failed' || !live(mine)) return await apply(outcome, mine);
          const saved = outcome.kind === 'saved' ? outcome.post : post;
          if (outcome.kind === 'saved') accept(saved);
          const step = (action: 'revise' | 'submit', version: number) =>
            deps.api.posts.transition({ id: post.id, version, action });
          const revised = await step('revise', saved.version);
          const submitted = revised.ok ? await step('submit', revised.value.version) : revised;
          if (!live(mine)) return void deps.calendar().refresh();
          if (submitted.ok) {
            accept(submitted.value);
            set({ notice: { tone: 'ok', text: t('editor.resubmit.done') } });
          } else {
            if (revised.ok) accept(revised.value);
            if (submitted.error.field === 'acknowledgeWarnings') {
              set({ notice: { tone: 'warning', text: t('editor.resubmit.warnings') } });
            } else showError(submitted.error);
          }
          await afterChange(post.id, mine);
        } finally {
          if (live(mine)) set({ busy: false });
        }
      },

      async transition(action, input, _actorId) {
        const { post } = get();
        if (!post) return null;
        if (refuseOffline()) return null;
        const mine = session;
        set({ busy: true });
        try {
          const result = await deps.api.posts.transition({
            id: post.id,
            version: post.version,
            action,
            ...input,
          });
          if (!live(mine)) return null;
          if (!result.ok) {
            if (result.error.code !== 'conflict') return result.error;
            set({ conflict: true });
            return null;
          }
          accept(result.value);
          set({ notice: { tone: 'ok', text: t(`approval.done.${action}`) } });
          await afterChange(post.id, mine);
          return null;
        } finally {
          if (live(mine)) set({ busy: false });
        }
      },

      async remove(actorId) {
        const { post } = get();
        if (!post) return;
        if (!actorId) return set({ notice: { tone: 'warning', text: t('editor.signInFirst') } });
        if (refuseOffline()) return;
        const mine = session;
        set({ busy: true });
        const result = await deps.api.posts.delete({ id: post.id, version: post.version });
        if (!live(mine)) return void (result.ok && deps.calendar().refresh());
        set({ busy: false });
        if (!result.ok) return showError(result.error);
        const calendar = deps.calendar();
        calendar.recordUndo({ kind: 'delete', postId: post.id, title: post.title });
        calendar.showNotice({
          tone: 'info',
          message: t('editor.deleted', { title: post.title }),
          undo: true,
        });
        calendar.closeEditor();
        await calendar.refresh();
      },

      async removeSeries(_actorId) {
        const seriesId = get().post?.seriesId;
        if (!seriesId || refuseOffline()) return;
        const mine = session;
        set({ busy: true });
        const result = await deps.api.series.delete({ seriesId });
        if (!live(mine)) return void (result.ok && deps.calendar().refresh());
        set({ busy: false, confirming: null });
        if (!result.ok) return showError(result.error);
        const calendar = deps.calendar();
        calendar.showNotice({
          tone: 'info',
          message: t('editor.series.deleted', { count: result.value.deleted }),
        });
        calendar.closeEditor();
        await calendar.refresh();
      },
      async remoteChange(change) {
        const { post, phase, busy } = get();
        if (!post || phase !== 'ready' || !change.ids.includes(post.id)) return;
        if (change.version !== undefined && change.version <= post.version) return;
        // My own save in flight: its answer brings the new version.
        if (busy) return;
        const mine = session;
        const fresh = await deps.api.posts.get({ id: post.id });
        const current = get().post;
        if (!live(mine) || !fresh.ok || !current || fresh.value.version <= current.version) return;
        const { zone, defaultTime } = deps.office();
        const theirs = draftFromPost(fresh.value, zone, defaultTime);
        const state = get();
        const remote: RemoteChange = {
          name: change.by?.name ?? '',
          at: change.at,
          fields: changedFields(state.original, theirs),
        };
        if (state.merge) {
          // The merge view is open: it now merges against this newer version.
          set({ remote, merge: { ...state.merge, theirs, post: fresh.value } });
        } else if (isDirty(state.original, state.draft)) {
          set({ remote, newer: fresh.value });
        } else {
          accept(fresh.value);
          set({ remote, newer: null, conflict: false });
        }
        const history = await deps.api.posts.activity({ id: post.id });
        if (live(mine) && history.ok) set({ activity: history.value });
      },

      dismissRemote: () => set({ remote: null }),

      async commentsChanged({ ids }) {
        const { post, phase } = get();
        if (!post || phase !== 'ready' || !ids.includes(post.id)) return;
        const mine = session;
        const history = await deps.api.posts.activity({ id: post.id });
        if (live(mine) && history.ok) set({ activity: history.value });
      },

      async resolveMerge(merged, actorId) {
        const { merge } = get();
        if (!merge) return;
        const { zone, defaultTime } = deps.office();
        const stored = draftFromPost(merge.post, zone, defaultTime);
        set({ post: merge.post, original: stored, draft: merged, merge: null, newer: null });
        await get().save(actorId);
      },

      cancelMerge: () => set({ merge: null }),

      restoreKept(kept) {
        const { post } = get();
        if (!post || kept.baseVersion === null || kept.baseVersion >= post.version) {
          get().setDraft(() => kept.draft);
          return;
        }
        const { zone, defaultTime } = deps.office();
        set({
          merge: {
            base: kept.original,
            mine: kept.draft,
            theirs: draftFromPost(post, zone, defaultTime),
            post,
          },
          newer: null,
          notice: { tone: 'warning', text: t('offline.kept.olderBase') },
        });
      },

      rebase(post) {
        if (get().post?.id !== post.id) return;
        const { zone, defaultTime } = deps.office();
        const waiting = get().notice?.text === t('offline.waiting');
        set({
          post,
          original: draftFromPost(post, zone, defaultTime),
          conflict: false,
          ...(waiting ? { notice: { tone: 'ok' as const, text: t('editor.saved') } } : {}),
        });
      },
    };
  });
}
