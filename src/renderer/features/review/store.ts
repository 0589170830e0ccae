import { create } from 'zustand';
import type { PostAction } from '../../../shared/domain/post-status';
import type { Post } from '../../../shared/domain/posts';
import { api } from '../../api';
import { i18n } from '../../i18n';
import { useCalendar } from '../calendar/store';

/**
 * The approver's review: one post shown as it will go out, a decision, and the next waiting
 * post one key away. The queue is the posts "Menunggu persetujuan" of the range the calendar
 * has loaded (soonest first, as the calendar orders them), taken when the review opens; a
 * dedicated "Perlu tindakan" queue across months will replace it.
 */
export interface ReviewState {
  postId: string | null;
  post: Post | null;
  phase: 'loading' | 'ready' | 'missing' | 'error';
  loadError: string;
  /** Waiting posts when the review opened, in order; the one shown may have left it since. */
  queue: string[];
  busy: boolean;
  /** The last decision's result, or a refusal, in words. */
  notice: { tone: 'ok' | 'error'; text: string; field?: string } | null;

  /** Opens on `id`, or on the first waiting post when none is given. */
  open(id?: string): void;
  close(): void;
  /** The next (1) or previous (-1) waiting post; false at the end of the queue. */
  step(direction: 1 | -1): boolean;
  /** Approves, or requests changes with `comment`; resolves true when it went through. */
  decide(
    action: Extract<PostAction, 'check' | 'approve' | 'request_changes'>,
    actorId: string,
    comment?: string,
  ): Promise<boolean>;
}

/** The waiting posts of the calendar's loaded range, soonest first. */
export function waitingPostIds(): string[] {
  return useCalendar
    .getState()
    .posts.filter((post) => post.status === 'in_review')
    .map((post) => post.id);
}

let session = 0;

export const useReview = create<ReviewState>()((set, get) => {
  async function load(id: string, mine: number): Promise<void> {
    const result = await api.posts.get({ id });
    if (mine !== session) return;
    if (!result.ok) {
      if (result.error.code === 'not_found') set({ phase: 'missing' });
      else set({ phase: 'error', loadError: result.error.message });
      return;
    }
    set({ post: result.value, phase: result.value.deletedAt ? 'missing' : 'ready' });
  }

  const show = (id: string) => {
    const mine = ++session;
    set({ postId: id, post: null, phase: 'loading', notice: null, busy: false });
    void load(id, mine);
  };

  return {
    postId: null,
    post: null,
    phase: 'loading',
    loadError: '',
    queue: [],
    busy: false,
    notice: null,

    open(id) {
      const queue = waitingPostIds();
      const first = id ?? queue[0];
      if (!first) return;
      // The review takes the screen: the editor behind it would only repeat the same post.
      useCalendar.getState().closeEditor();
      set({ queue });
      show(first);
    },

    close() {
      session++;
      set({ postId: null, post: null, notice: null });
    },

    step(direction) {
      const { queue, postId } = get();
      const index = postId ? queue.indexOf(postId) : -1;
      const next =
        queue[index === -1 ? (direction === 1 ? 0 : queue.length - 1) : index + direction];
      if (!next || next === postId) return false;
      show(next);
      return true;
    },

    async decide(action, actorId, comment) {
      const { post } = get();
      if (!post || get().busy) return false;
      const mine = session;
      set({ busy: true, notice: null });
      const result = await api.posts.transition({
        id: post.id,
        version: post.version,
        action,
        ...(comment !== undefined ? { comment } : {}),
      });
      if (mine !== session) return result.ok;
      if (!result.ok) {
        set({
          busy: false,
          notice: {
            tone: 'error',
            text:
              result.error.code === 'forbidden'
                ? i18n.t('approval.forbidden', { message: result.error.message })
                : result.error.message,
            ...(result.error.field ? { field: result.error.field } : {}),
          },
        });
        return false;
      }
      set({
        busy: false,
        post: result.value,
        notice: { tone: 'ok', text: i18n.t(`review.done.${action}`) },
      });
      void useCalendar.getState().refresh();
      return true;
    },
  };
});
