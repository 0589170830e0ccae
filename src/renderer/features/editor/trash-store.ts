import { create } from 'zustand';
import type { LinimasaApi } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { Post } from '../../../shared/domain/posts';
import { api } from '../../api';
import { i18n } from '../../i18n';
import { useCalendar } from '../calendar/store';

/** "Sampah": the deleted posts and "Pulihkan". */
export interface TrashState {
  /** Newest deletion first; null until the first list arrives. */
  posts: Post[] | null;
  message: { tone: 'ok' | 'error'; text: string } | null;
  /** The post being restored. */
  busyId: string | null;
  /** Fetch the list (the dialog opened). */
  load(): void;
  /** The dialog closed: a list still on its way is not wanted. */
  close(): void;
  restore(post: Post, actorId: string | null): Promise<void>;
}

export interface TrashDeps {
  api: Pick<LinimasaApi, 'posts'>;
  /** The calendar shows a restored post again. */
  refreshCalendar(): Promise<void>;
}

export function createTrashStore(deps: TrashDeps) {
  const t = i18n.t.bind(i18n);
  let opened = 0;
  return create<TrashState>()((set) => {
    const apply = (result: ApiResult<Post[]>) => {
      if (result.ok) set({ posts: result.value });
      else set({ message: { tone: 'error', text: result.error.message } });
    };
    return {
      posts: null,
      message: null,
      busyId: null,
      load() {
        const mine = ++opened;
        void deps.api.posts.trash({}).then((result) => {
          if (mine === opened) apply(result);
        });
      },
      close() {
        opened++;
      },
      async restore(post, actorId) {
        if (!actorId) return set({ message: { tone: 'error', text: t('editor.signInFirst') } });
        set({ busyId: post.id, message: null });
        const result = await deps.api.posts.restore({ id: post.id });
        set({ busyId: null });
        if (!result.ok) return set({ message: { tone: 'error', text: result.error.message } });
        set({ message: { tone: 'ok', text: t('editor.trash.restored', { title: post.title }) } });
        apply(await deps.api.posts.trash({}));
        await deps.refreshCalendar();
      },
    };
  });
}

export const useTrash = createTrashStore({
  api,
  refreshCalendar: () => useCalendar.getState().refresh(),
});
