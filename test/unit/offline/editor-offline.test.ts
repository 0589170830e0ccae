import { describe, expect, it, vi } from 'vitest';
import {
  createEditorStore,
  type EditorState,
} from '../../../src/renderer/features/editor/create-store';
import type { ApiResult } from '../../../src/shared/api/errors';
import type { Post } from '../../../src/shared/domain/posts';
import { fail, fakeCalendar, indonesian, ok, post } from '../renderer/editor/fakes';

/**
 * The editor's save path while the office host is missed: the save waits in the outbox with
 * "Menunggu sambungan", approval steps and deletes are refused in words, and a save that loses
 * the host halfway waits too. The host answers from the test's record (as the editor's tests do).
 */
function setup(reachable: { now: boolean }) {
  const stored = post();
  const networkDown = fail('internal', 'Tidak dapat menghubungi Linimasa.');
  const posts = {
    get: vi.fn(async (): Promise<ApiResult<Post>> => ok(stored)),
    activity: vi.fn(async () => ok([])),
    update: vi.fn(async () => {
      reachable.now = false;
      return networkDown;
    }),
    transition: vi.fn(async () => ok(stored)),
    delete: vi.fn(async () => ok(stored)),
  };
  const queued: EditorState[] = [];
  const typed: EditorState[] = [];
  const saved: EditorState[] = [];
  const store = createEditorStore({
    api: { posts, series: {} } as never,
    office: () => ({ zone: 'Asia/Jakarta', defaultTime: '09:00', weekStart: 1 }),
    calendar: () => fakeCalendar(),
    t: indonesian(),
    offline: {
      unreachable: () => !reachable.now,
      typed: (state) => typed.push(state),
      queue: (state) => (queued.push(state), true),
      saved: (state) => saved.push(state),
    },
  });
  return { store, posts, queued, typed, saved };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('editor without the host', () => {
  it('queues a save while the host is missed and says "Menunggu sambungan"', async () => {
    const reachable = { now: true };
    const { store, posts, queued, typed } = setup(reachable);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    reachable.now = false;
    store.getState().setDraft((draft) => ({ ...draft, caption: 'Diketik tanpa sambungan' }));
    expect(typed.at(-1)?.draft.caption).toBe('Diketik tanpa sambungan');
    await store.getState().save('person-1');
    expect(posts.update).not.toHaveBeenCalled();
    expect(queued.at(-1)?.draft.caption).toBe('Diketik tanpa sambungan');
    expect(store.getState().notice).toEqual({
      tone: 'warning',
      text: expect.stringMatching(/^Menunggu sambungan/),
    });
    // The typed text stays in the editor: nothing was sent yet.
    expect(store.getState().draft.caption).toBe('Diketik tanpa sambungan');
  });

  it('a save that loses the host on the way waits instead of failing', async () => {
    const reachable = { now: true };
    const { store, posts, queued } = setup(reachable);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    store.getState().setDraft((draft) => ({ ...draft, title: 'Judul baru' }));
    await store.getState().save('person-1');
    expect(posts.update).toHaveBeenCalledTimes(1);
    expect(queued).toHaveLength(1);
    expect(store.getState().notice?.text).toMatch(/^Menunggu sambungan/);
  });

  it('refuses approval steps and deletes in words while the host is missed', async () => {
    const reachable = { now: true };
    const { store, posts } = setup(reachable);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    reachable.now = false;
    expect(await store.getState().transition('submit', {}, 'person-1')).toBeNull();
    expect(store.getState().notice).toEqual({
      tone: 'error',
      text: 'Perlu sambungan ke komputer kantor.',
    });
    await store.getState().remove('person-1');
    expect(posts.transition).not.toHaveBeenCalled();
    expect(posts.delete).not.toHaveBeenCalled();
  });

  it('"Menunggu sambungan" becomes "Tersimpan" once the outbox sent the save', async () => {
    const reachable = { now: false };
    const { store } = setup(reachable);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    store.getState().setDraft((draft) => ({ ...draft, caption: 'Terkirim nanti' }));
    await store.getState().save('person-1');
    expect(store.getState().notice?.text).toMatch(/^Menunggu sambungan/);
    store.getState().rebase(post({ caption: 'Terkirim nanti', version: 2 }));
    expect(store.getState().notice).toEqual({ tone: 'ok', text: 'Tersimpan' });
  });

  it('rebase takes the sent version as the base and keeps what was typed since', async () => {
    const reachable = { now: true };
    const { store } = setup(reachable);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    store.getState().setDraft((draft) => ({ ...draft, caption: 'A', title: 'Lebih baru' }));
    store.getState().rebase(post({ caption: 'A', version: 2 }));
    expect(store.getState().post?.version).toBe(2);
    expect(store.getState().original.caption).toBe('A');
    expect(store.getState().draft.title).toBe('Lebih baru');
  });
});
