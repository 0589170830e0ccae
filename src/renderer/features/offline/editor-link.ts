import { useConnection } from '../../stores/connection';
import type { EditorOfflineLink, EditorState } from '../editor/create-store';
import { isDirty } from '../editor/draft';
import { debounce, forgetDraft, keepDraft, type KeptDraft } from './drafts';
import { currentOwner, useOutbox } from './store';

/**
 * What the editor store is handed to work without the host: typed text written to this
 * device 300 ms after the last key, saves queued in the outbox while the host is missed.
 */
export const keepAfterMs = 300;

/** The kept draft's name for a session: the post's id, or `new:<date>` for a new post. */
export const postKeyOf = (state: Pick<EditorState, 'post' | 'key'>): string | null =>
  state.post?.id ?? (state.key?.startsWith('new:') ? state.key : null);

/**
 * Each opening of "new post" gets its own outbox entry (two new posts on one day are two
 * posts); the session's loaded draft object is created once per opening, so it names it.
 */
const newSaveKeys = new WeakMap<object, string>();
let newSaves = 0;
const newSaveKey = (state: EditorState): string => {
  let key = newSaveKeys.get(state.original);
  if (!key) newSaveKeys.set(state.original, (key = `${state.key}:${Date.now()}-${++newSaves}`));
  return key;
};

export function createEditorOfflineLink(storage: Storage): EditorOfflineLink {
  const writer = debounce((kept: KeptDraft) => {
    const owner = currentOwner();
    if (owner) keepDraft(storage, owner, kept);
  }, keepAfterMs);

  return {
    unreachable: () => !useConnection.getState().reachable,
    typed(state) {
      const postKey = postKeyOf(state);
      if (!postKey || state.phase !== 'ready' || !isDirty(state.original, state.draft)) return;
      writer.call({
        postKey,
        baseVersion: state.post?.version ?? null,
        original: state.original,
        draft: state.draft,
        typedAt: Date.now(),
      });
    },
    queue(state) {
      const postKey = postKeyOf(state);
      // A series edit or a repeating new post is many posts at once: it needs the host.
      const series = state.post ? state.scope === 'series' && !!state.post.seriesId : false;
      const repeats = !state.post && state.repeat.frequency !== 'none';
      if (!postKey || series || repeats) return false;
      writer.flush();
      useOutbox.getState().queue({
        key: state.post ? `edit:${state.post.id}` : newSaveKey(state),
        postId: state.post?.id ?? null,
        draftKey: postKey,
        baseVersion: state.post?.version ?? null,
        title: state.draft.title,
        original: state.original,
        draft: state.draft,
      });
      return true;
    },
    saved(state) {
      const postKey = postKeyOf(state);
      const owner = currentOwner();
      writer.cancel();
      if (postKey && owner) forgetDraft(storage, owner, postKey);
    },
  };
}
