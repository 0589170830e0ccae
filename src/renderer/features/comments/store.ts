import { create } from 'zustand';
import type { Comment } from '../../../shared/domain/comments';
import { api } from '../../api';
import { wordApiError } from '../../api/error-words';
import { onLiveChange } from '../../api/live';
import { i18n } from '../../i18n';

interface CommentsState {
  /** The post whose thread is shown (the editor's open post). */
  postId: string | null;
  comments: Comment[];
  following: boolean;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The last refusal, worded (a post moved to the trash meanwhile, a comment gone…). */
  error: string | null;
  load(postId: string): Promise<void>;
  /** Resolves true when sent; the composer keeps the text otherwise. */
  add(text: string): Promise<boolean>;
  edit(id: string, text: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  setFollowing(following: boolean): Promise<void>;
  close(): void;
}

/** The comment thread of the post open in the editor. */
export const useComments = create<CommentsState>()((set, get) => {
  const failed = (error: Parameters<typeof wordApiError>[0]) =>
    set({ error: wordApiError(error, i18n) });

  async function reload(): Promise<void> {
    const postId = get().postId;
    if (!postId) return;
    const result = await api.comments.list({ postId });
    if (get().postId !== postId) return;
    if (result.ok) {
      set({ comments: result.value.comments, following: result.value.following, status: 'ready' });
    } else {
      set({ status: 'failed' });
      failed(result.error);
    }
  }

  /** After a change: the thread as the host has it now (others may have written meanwhile). */
  async function after(result: Awaited<ReturnType<typeof api.comments.add>>): Promise<boolean> {
    if (!result.ok) {
      failed(result.error);
      return false;
    }
    set({ error: null });
    await reload();
    return true;
  }

  return {
    postId: null,
    comments: [],
    following: false,
    status: 'idle',
    error: null,
    async load(postId) {
      if (get().postId !== postId) {
        set({ postId, comments: [], following: false, status: 'loading', error: null });
      }
      await reload();
    },
    async add(text) {
      const postId = get().postId;
      if (!postId) return false;
      return after(await api.comments.add({ postId, text }));
    },
    async edit(id, text) {
      return after(await api.comments.edit({ id, text }));
    },
    async remove(id) {
      return after(await api.comments.delete({ id }));
    },
    async setFollowing(following) {
      const postId = get().postId;
      if (!postId) return;
      const result = await api.comments.follow({ postId, following });
      if (result.ok) set({ following: result.value.following, error: null });
      else failed(result.error);
    },
    close: () => set({ postId: null, comments: [], status: 'idle', error: null }),
  };
});

// Someone else commented on the post shown: read its thread again.
onLiveChange(['comment'], (event) => {
  const { postId } = useComments.getState();
  if (!postId) return;
  if (event.kind === 'reload' || event.ids.includes(postId)) {
    void useComments.getState().load(postId);
  }
});
