import type { LinimasaApi, ResponseOf } from '../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../shared/api/errors';
import type { Post } from '../../../shared/domain/posts';
import type { WeekStart } from '../../../shared/domain/settings';
import { changedContent, draftContent, seriesPatch, type PostDraft } from './draft';
import { repeatRule, type RepeatDraft } from './repeat';

/**
 * The calls one click on "Simpan" makes, and what came of them. A new post is created (or a
 * whole series, when it repeats); an existing one sends only what changed, to this post or to
 * its whole series. No state here: the editor store applies the outcome to its session.
 */
export type SaveOutcome =
  | {
      kind: 'failed';
      error: ApiError;
      /** A repeat rule the server refused, shown as a notice. */ ruleMessage?: string;
    }
  | { kind: 'unchanged' }
  | { kind: 'created'; post: Post }
  | { kind: 'seriesCreated'; count: number }
  | {
      kind: 'saved';
      post: Post;
      returnedToDraft: boolean;
      /** "N unggahan dalam seri diubah", when the series was edited too. */
      seriesText: string;
      /** Only the series changed (this post's own schedule did not): no separate "saved". */
      onlySeries: boolean;
    };

export interface SaveInput {
  actorId: string;
  /** The stored post; null for a new one. */
  post: Post | null;
  original: PostDraft;
  draft: PostDraft;
  repeat: RepeatDraft;
  scope: 'one' | 'series';
  weekStart: WeekStart;
  seriesUpdated(counts: ResponseOf<'series.update'>): string;
}

type SaveApi = Pick<LinimasaApi, 'posts' | 'series'>;

export function saveDraft(api: SaveApi, input: SaveInput): Promise<SaveOutcome> {
  return input.post ? saveExisting(api, input, input.post) : saveNew(api, input);
}

const failed = (error: ApiError): SaveOutcome => ({ kind: 'failed', error });

async function saveNew(api: SaveApi, { draft, repeat, weekStart }: SaveInput) {
  const rule = draft.date ? repeatRule(repeat, draft.date, draft.time, weekStart) : null;
  if (rule) {
    const { schedule: _schedule, ...content } = draftContent(draft);
    const result = await api.series.create({ post: content, rule });
    if (!result.ok) {
      return result.error.field?.startsWith('rule')
        ? { kind: 'failed' as const, error: result.error, ruleMessage: result.error.message }
        : failed(result.error);
    }
    return { kind: 'seriesCreated' as const, count: result.value.posts.length };
  }
  const result = await api.posts.create({ ...draftContent(draft) });
  return result.ok ? { kind: 'created' as const, post: result.value } : failed(result.error);
}

async function saveExisting(api: SaveApi, input: SaveInput, current: Post): Promise<SaveOutcome> {
  const { original, draft } = input;
  const patch = changedContent(original, draft);
  if (Object.keys(patch).length === 0) return { kind: 'unchanged' };
  let result: ApiResult<{ post: Post; returnedToDraft: boolean }>;
  let seriesText = '';
  if (current.seriesId && input.scope === 'series') {
    const contentPatch = seriesPatch(original, draft);
    if (Object.keys(contentPatch).length > 0) {
      const updated = await api.series.update({
        seriesId: current.seriesId,
        patch: contentPatch,
      });
      if (!updated.ok) return failed(updated.error);
      seriesText = input.seriesUpdated(updated.value);
    }
    // The schedule is this post's own; the rest went to the whole series.
    const fresh = await api.posts.get({ id: current.id });
    if (!fresh.ok) return failed(fresh.error);
    if (patch.schedule === undefined) {
      return {
        kind: 'saved',
        post: fresh.value,
        returnedToDraft: false,
        seriesText,
        onlySeries: true,
      };
    }
    result = await api.posts.update({
      id: current.id,
      version: fresh.value.version,
      schedule: patch.schedule,
    });
  } else {
    result = await api.posts.update({
      id: current.id,
      version: current.version,
      ...patch,
    });
  }
  if (!result.ok) return failed(result.error);
  return { kind: 'saved', ...result.value, seriesText, onlySeries: false };
}
