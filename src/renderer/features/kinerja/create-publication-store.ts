import { create } from 'zustand';
import type { LinimasaApi, ResponseOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/errors';
import type { PostPublication } from '../../../shared/domain/publication';

/** Figures typed in for one published channel; '' is "not known". */
export type FigureName = 'views' | 'reach' | 'likes' | 'comments' | 'shares' | 'saves';
export const figureNames: readonly FigureName[] = [
  'views',
  'reach',
  'likes',
  'comments',
  'shares',
  'saves',
];

/** What is stored for one channel of the post: the latest typed in, the latest imported. */
export type StoredFigures = ResponseOf<'figures.get'>[number];

/**
 * Stored figures as the fields show them, in the way the office types numbers ("12.400" in
 * Indonesian, "12,400" in English; readFigures reads both back); an unknown figure stays empty.
 */
export function figuresAsTyped(
  figures: Record<FigureName, number | null> | null,
  language: string,
): Record<FigureName, string> {
  const format = new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'id-ID');
  return Object.fromEntries(
    figureNames.map((name) => {
      const value = figures?.[name];
      return [name, value === null || value === undefined ? '' : format.format(value)];
    }),
  ) as Record<FigureName, string>;
}

/** A refusal shown at the channel's field it names (the link, the time) or above the row. */
export interface ChannelProblem {
  field: 'permalink' | 'publishedAt' | 'figures' | null;
  text: string;
}

export interface PublicationDeps {
  api: Pick<LinimasaApi, 'publications' | 'figures'>;
  /** An API error in the interface's language (its catalogue key), else main's Indonesian. */
  word(error: ApiError | { message: string; key?: string; params?: ApiError['params'] }): string;
  /** After a mark or an undo: the editor and the calendar reload (status, chip, activity). */
  onChanged(postId: string): void | Promise<void>;
}

interface PublicationState {
  postId: string | null;
  publication: PostPublication | null;
  /** Per channel id: the figures stored for it (none when nothing was ever stored). */
  figures: Record<string, StoredFigures>;
  loadError: string | null;
  busy: boolean;
  problems: Record<string, ChannelProblem>;
  /** What just happened, for the section's live region. */
  notice: string | null;
  load(postId: string): Promise<void>;
  mark(channelId: string, input: { publishedAt: string; permalink: string }): Promise<boolean>;
  unmark(channelId: string): Promise<boolean>;
  saveFigures(channelId: string, typed: Record<FigureName, string>): Promise<boolean>;
  reset(): void;
}

/** Words the store itself needs (the section's confirmations). */
export interface PublicationWords {
  marked(): string;
  unmarked(): string;
  figuresSaved(asOf: string): string;
  badNumber(): string;
}

/**
 * Which field a refusal is about. A whole-call refusal names it (`field`); a per-post result of
 * publications.mark carries only its key, so the link's and the time's keys are read here.
 */
export function problemField(error: { key?: string; field?: string }): ChannelProblem['field'] {
  if (error.field === 'permalink' || error.field === 'publishedAt') return error.field;
  if (error.key === 'publication.permalinkUrl' || error.key === 'publication.permalinkDomain') {
    return 'permalink';
  }
  if (error.key === 'publication.timeRequired') return 'publishedAt';
  return null;
}

/**
 * Typed figures to the API's shape: digits with dots or commas as thousands separators
 * ("12.400", "12,400") or nothing; anything else is refused before it is sent.
 */
export function readFigures(
  typed: Record<FigureName, string>,
): { ok: true; figures: Partial<Record<FigureName, number>> } | { ok: false } {
  const figures: Partial<Record<FigureName, number>> = {};
  for (const name of figureNames) {
    const text = (typed[name] ?? '').trim();
    if (text === '') continue;
    if (!/^\d{1,3}([.,\s]?\d{3})*$/.test(text)) return { ok: false };
    figures[name] = Number(text.replace(/[.,\s]/g, ''));
  }
  return { ok: true, figures };
}

/**
 * The editor's "Terbit" section: per channel of an approved post, marked published (time and
 * link) or not, with undo and the figures typed in by hand. Built from what it needs so unit
 * tests drive it against a scripted API.
 */
export function createPublicationStore(deps: PublicationDeps, words: PublicationWords) {
  let request = 0;
  return create<PublicationState>()((set, get) => {
    const refresh = async (postId: string) => {
      const mine = ++request;
      const [reply, stored] = await Promise.all([
        deps.api.publications.get({ postId }),
        deps.api.figures.get({ postId }),
      ]);
      if (mine !== request || get().postId !== postId) return;
      if (reply.ok) set({ publication: reply.value, loadError: null });
      else set({ loadError: deps.word(reply.error) });
      // Without them the fields start empty, as before; saving still works.
      if (stored.ok) set({ figures: byChannel(stored.value) });
    };

    const byChannel = (list: readonly StoredFigures[]) =>
      Object.fromEntries(list.map((entry) => [entry.channelId, entry]));

    const rereadFigures = async (postId: string) => {
      const stored = await deps.api.figures.get({ postId });
      if (stored.ok && get().postId === postId) set({ figures: byChannel(stored.value) });
    };

    const problemOf = (error: {
      message: string;
      key?: string;
      params?: ApiError['params'];
      field?: string;
    }): ChannelProblem => ({ field: problemField(error), text: deps.word(error) });

    const withProblem = (channelId: string, problem: ChannelProblem | null) =>
      set((state) => {
        const problems = { ...state.problems };
        if (problem) problems[channelId] = problem;
        else delete problems[channelId];
        return { problems };
      });

    const publishCall = async (
      channelId: string,
      call: () => ReturnType<LinimasaApi['publications']['mark']>,
      done: string,
    ): Promise<boolean> => {
      const postId = get().postId;
      if (!postId || get().busy) return false;
      set({ busy: true, notice: null });
      withProblem(channelId, null);
      try {
        const reply = await call();
        if (get().postId !== postId) return false;
        if (!reply.ok) {
          withProblem(channelId, problemOf(reply.error));
          return false;
        }
        const result = reply.value.results[0];
        if (!result) return false;
        if (!result.ok) {
          withProblem(channelId, problemOf(result.error));
          return false;
        }
        set({ publication: result.publication, notice: done });
        await deps.onChanged(postId);
        return true;
      } finally {
        if (get().postId === postId) set({ busy: false });
      }
    };

    return {
      postId: null,
      publication: null,
      figures: {},
      loadError: null,
      busy: false,
      problems: {},
      notice: null,

      async load(postId) {
        if (get().postId !== postId) {
          set({
            postId,
            publication: null,
            figures: {},
            loadError: null,
            problems: {},
            notice: null,
          });
        }
        await refresh(postId);
      },

      mark(channelId, input) {
        const postId = get().postId ?? '';
        return publishCall(
          channelId,
          () =>
            deps.api.publications.mark({
              items: [
                { postId, channelId, publishedAt: input.publishedAt, permalink: input.permalink },
              ],
            }),
          words.marked(),
        );
      },

      unmark(channelId) {
        const postId = get().postId ?? '';
        return publishCall(
          channelId,
          () => deps.api.publications.unmark({ items: [{ postId, channelId }] }),
          words.unmarked(),
        );
      },

      async saveFigures(channelId, typed) {
        const postId = get().postId;
        if (!postId || get().busy) return false;
        const read = readFigures(typed);
        if (!read.ok) {
          withProblem(channelId, { field: 'figures', text: words.badNumber() });
          return false;
        }
        set({ busy: true, notice: null });
        withProblem(channelId, null);
        try {
          const reply = await deps.api.figures.set({ postId, channelId, figures: read.figures });
          if (get().postId !== postId) return false;
          if (!reply.ok) {
            withProblem(channelId, { ...problemOf(reply.error), field: 'figures' });
            return false;
          }
          set({ notice: words.figuresSaved(reply.value.asOf) });
          await rereadFigures(postId);
          return true;
        } finally {
          if (get().postId === postId) set({ busy: false });
        }
      },

      reset() {
        request += 1;
        set({
          postId: null,
          publication: null,
          figures: {},
          loadError: null,
          problems: {},
          notice: null,
        });
      },
    };
  });
}
export type PublicationStore = ReturnType<typeof createPublicationStore>;
