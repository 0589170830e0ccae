import type { TFunction } from 'i18next';
import { create } from 'zustand';
import type { LinimasaApi } from '../../../shared/api/contract';
import type { PostAction, PostStatus } from '../../../shared/domain/post-status';
import type { Post } from '../../../shared/domain/posts';

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
  /**
   * The live stream announced a change of posts (`version` absent: changes were missed): the
   * post shown is read again when it is among them and newer than the one held, so the decision
   * is taken on what is stored (a colleague's check, edit or decision shows at once).
   */
  remoteChange(change: { ids: string[]; version?: number }): Promise<void>;
}

/** What the review needs from outside: injected, so tests drive it with a fake API. */
export interface ReviewDeps {
  api: Pick<LinimasaApi, 'posts'>;
  calendar(): {
    posts: readonly { id: string; status: PostStatus }[];
    closeEditor(): void;
    refresh(): Promise<void>;
  };
  t: TFunction;
}

export function createReviewStore(deps: ReviewDeps) {
  const { api, t } = deps;
  let session = 0;

  /** The waiting posts of the calendar's loaded range, soonest first. */
  const waitingPostIds = (): string[] =>
    deps
      .calendar()
      .posts.filter((post) => post.status === 'in_review')
      .map((post) => post.id);

  return create<ReviewState>()((set, get) => {
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
        deps.calendar().closeEditor();
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
                  ? t('approval.forbidden', { message: result.error.message })
                  : result.error.message,
              ...(result.error.field ? { field: result.error.field } : {}),
            },
          });
          return false;
        }
        set({
          busy: false,
          post: result.value,
          notice: { tone: 'ok', text: t(`review.done.${action}`) },
        });
        void deps.calendar().refresh();
        return true;
      },

      async remoteChange({ ids, version }) {
        const { post, phase, busy } = get();
        if (!post || phase !== 'ready' || busy || !ids.includes(post.id)) return;
        if (version !== undefined && version <= post.version) return;
        const mine = session;
        const result = await api.posts.get({ id: post.id });
        const held = get().post;
        if (mine !== session || !result.ok || !held || result.value.version <= held.version) return;
        set({ post: result.value, phase: result.value.deletedAt ? 'missing' : 'ready' });
      },
    };
  });
}
