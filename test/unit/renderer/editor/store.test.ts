import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { Activity, Post } from '../../../../src/shared/domain/posts';
import { createEditorStore } from '../../../../src/renderer/features/editor/create-store';
import { deferred, fail, fakeCalendar, ok, post, indonesian } from './fakes';

const office = () => ({ zone: 'Asia/Jakarta', defaultTime: '09:00', weekStart: 1 as const });

/** A fake API that answers from the test's own record of posts; each method a spy. */
function fakeApi(stored: Post) {
  const posts = {
    get: vi.fn(async ({ id }: { id: string }): Promise<ApiResult<Post>> =>
      id === stored.id ? ok(stored) : fail('not_found', 'Unggahan tidak ditemukan.'),
    ),
    activity: vi.fn(async (): Promise<ApiResult<Activity[]>> => ok([])),
    update: vi.fn(async (request: { version: number; title?: string }) =>
      request.version === stored.version
        ? ok({
            post: { ...stored, ...request, version: stored.version + 1 },
            returnedToDraft: false,
          })
        : fail('conflict', 'Unggahan sudah diubah orang lain.'),
    ),
    transition: vi.fn(async (request: { action: string; version: number }) =>
      ok({
        ...stored,
        status: request.action === 'submit' ? 'in_review' : stored.status,
        version: stored.version + 1,
      }),
    ),
    delete: vi.fn(async () => ok({ ...stored, deletedAt: '2026-03-02T00:00:00.000Z' })),
  };
  return { posts, series: {} };
}

function setup(stored = post()) {
  const api = fakeApi(stored);
  const calendar = fakeCalendar();
  const store = createEditorStore({
    api: api as never,
    office,
    calendar: () => calendar,
    t: indonesian(),
  });
  return { api, calendar, store };
}

/** Waits for the store to settle on a condition (answers arrive on later microtasks). */
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('editor store', () => {
  beforeEach(() => vi.clearAllMocks());

  it('loads a post into a draft read in the office zone', async () => {
    const { store } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    expect(store.getState().phase).toBe('loading');
    await until(() => store.getState().phase === 'ready');
    const { draft, post: loaded } = store.getState();
    expect(loaded?.id).toBe('post-1');
    expect(draft.title).toBe('Hari Jadi Kabupaten');
    // 01:00 UTC is 08.00 in Jakarta.
    expect([draft.date, draft.time]).toEqual(['2026-03-10', '08:00']);
  });

  it('shows a missing post as gone', async () => {
    const { store } = setup();
    store.getState().open({ kind: 'edit', id: 'elsewhere' }, 'person-1');
    await until(() => store.getState().phase === 'missing');
  });

  it('saves only what changed; a version conflict opens the merge, which saves against the stored version', async () => {
    const { store, api } = setup(post({ version: 3 }));
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    // Someone else saved meanwhile: the stored version moved on.
    store.setState((state) => ({ post: { ...state.post!, version: 2 } }));
    store.getState().setDraft((draft) => ({ ...draft, title: 'Judul baru' }));

    await store.getState().save('person-1');

    expect(api.posts.update).toHaveBeenCalledWith({
      id: 'post-1',
      version: 2,
      title: 'Judul baru',
    });
    const state = store.getState();
    // Not a dead end: the merge view, with my draft kept.
    expect(state.conflict).toBe(false);
    expect(state.merge?.post.version).toBe(3);
    expect(state.merge?.mine.title).toBe('Judul baru');
    expect(state.busy).toBe(false);
    expect(state.draft.title).toBe('Judul baru');

    await store.getState().resolveMerge(state.merge!.mine, 'person-1');
    expect(api.posts.update).toHaveBeenLastCalledWith({
      id: 'post-1',
      version: 3,
      title: 'Judul baru',
    });
    expect(store.getState().merge).toBeNull();
    expect(store.getState().post?.version).toBe(4);
  });

  it("shows a colleague's save at once without edits, and keeps it for merging with them", async () => {
    const stored = post({ version: 3 });
    const { store, api } = setup(stored);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    store.setState((state) => ({ post: { ...state.post!, version: 2 } }));
    const change = {
      ids: ['post-1'],
      version: 3,
      by: { id: 'person-2', name: 'Nurul' },
      at: '2026-03-01T03:42:00.000Z',
    };
    await store.getState().remoteChange(change);
    expect(store.getState().post?.version).toBe(3);
    expect(store.getState().remote).toMatchObject({ name: 'Nurul' });
    expect(store.getState().newer).toBeNull();

    // With unsaved edits: kept, and "Simpan" merges first instead of failing on the version.
    store.setState((state) => ({ post: { ...state.post!, version: 2 } }));
    store.getState().setDraft((draft) => ({ ...draft, caption: 'Caption saya' }));
    await store.getState().remoteChange(change);
    expect(store.getState().newer?.version).toBe(3);
    expect(store.getState().draft.caption).toBe('Caption saya');
    api.posts.update.mockClear();
    await store.getState().save('person-1');
    expect(api.posts.update).not.toHaveBeenCalled();
    expect(store.getState().merge?.mine.caption).toBe('Caption saya');
  });

  it('saves an edit and tells the calendar', async () => {
    const { store, calendar } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    store.getState().setDraft((draft) => ({ ...draft, title: 'Judul baru' }));
    await store.getState().save('person-1');
    const state = store.getState();
    expect(state.post?.version).toBe(2);
    expect(state.notice).toEqual({ tone: 'ok', text: 'Tersimpan' });
    expect(state.original.title).toBe('Judul baru');
    expect(calendar.refresh).toHaveBeenCalled();
  });

  it('refuses to save without a title and asks for focus on it', async () => {
    const { store, api } = setup();
    store.getState().open({ kind: 'new', date: '2026-03-12' }, 'person-1');
    await store.getState().save('person-1');
    expect(store.getState().errors.title).toBeTruthy();
    expect(store.getState().focus?.field).toBe('title');
    expect(api.posts.update).not.toHaveBeenCalled();
  });

  it('runs an approval step and takes the post it returns', async () => {
    const { store, api, calendar } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    const failure = await store.getState().transition('submit', {}, 'person-1');
    expect(failure).toBeNull();
    expect(api.posts.transition).toHaveBeenCalledWith({
      id: 'post-1',
      version: 1,
      action: 'submit',
    });
    expect(store.getState().post?.status).toBe('in_review');
    expect(store.getState().busy).toBe(false);
    expect(calendar.refresh).toHaveBeenCalled();
  });

  it('deletes, offers undo on the calendar and closes', async () => {
    const { store, api, calendar } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    await store.getState().remove('person-1');
    expect(api.posts.delete).toHaveBeenCalledWith({
      id: 'post-1',
      version: 1,
    });
    expect(calendar.recordUndo).toHaveBeenCalledWith({
      kind: 'delete',
      postId: 'post-1',
      title: 'Hari Jadi Kabupaten',
    });
    expect(calendar.showNotice).toHaveBeenCalledWith(expect.objectContaining({ undo: true }));
    expect(calendar.closeEditor).toHaveBeenCalled();
  });

  it('ignores a post that arrives after the panel switched to another', async () => {
    const { store, api } = setup();
    const slow = deferred<ApiResult<Post>>();
    api.posts.get.mockImplementationOnce(() => slow.promise);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    // The person clicks another post before the first one loaded.
    api.posts.get.mockImplementationOnce(async () => ok(post({ id: 'post-2', title: 'Kedua' })));
    store.getState().open({ kind: 'edit', id: 'post-2' }, 'person-1');
    await until(() => store.getState().phase === 'ready');

    slow.resolve(ok(post()));
    await slow.promise;
    await Promise.resolve();
    expect(store.getState().post?.id).toBe('post-2');
    expect(store.getState().draft.title).toBe('Kedua');
    expect(store.getState().key).toBe('edit:post-2');
  });

  it('ignores a save answer that arrives after the panel was closed', async () => {
    const { store, api } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    const slow = deferred<ApiResult<{ post: Post; returnedToDraft: boolean }>>();
    api.posts.update.mockImplementationOnce(() => slow.promise as never);
    store.getState().setDraft((draft) => ({ ...draft, title: 'Judul baru' }));
    const saving = store.getState().save('person-1');
    store.getState().close();

    slow.resolve(ok({ post: post({ title: 'Judul baru', version: 2 }), returnedToDraft: false }));
    await saving;
    const state = store.getState();
    expect(state.key).toBeNull();
    expect(state.post).toBeNull();
    expect(state.notice).toBeNull();
    expect(state.busy).toBe(false);
  });

  it('saves a "Perlu revisi" post, revises and resubmits it in one step', async () => {
    const { store, api } = setup(post({ status: 'changes_requested', version: 4 }));
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    store.getState().setDraft((draft) => ({ ...draft, title: 'Judul yang diperbaiki' }));
    api.posts.transition
      .mockResolvedValueOnce(ok(post({ status: 'draft', version: 6 })))
      .mockResolvedValueOnce(ok(post({ status: 'in_review', version: 7 })));

    await store.getState().saveAndResubmit('person-1');

    expect(api.posts.update).toHaveBeenCalledWith(
      expect.objectContaining({ version: 4, title: 'Judul yang diperbaiki' }),
    );
    expect(api.posts.transition.mock.calls.map(([request]) => request)).toEqual([
      { id: 'post-1', version: 5, action: 'revise' },
      { id: 'post-1', version: 6, action: 'submit' },
    ]);
    expect(store.getState().post?.status).toBe('in_review');
    expect(store.getState().notice).toEqual({
      tone: 'ok',
      text: 'Tersimpan dan diajukan ulang untuk ditinjau.',
    });
  });

  it('stops at draft with words when open platform warnings need acknowledging', async () => {
    const { store, api } = setup(post({ status: 'changes_requested', version: 4 }));
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    api.posts.transition
      .mockResolvedValueOnce(ok(post({ status: 'draft', version: 5 })))
      .mockResolvedValueOnce(
        fail('invalid_request', 'Ada peringatan platform.', 'acknowledgeWarnings'),
      );

    await store.getState().saveAndResubmit('person-1');

    expect(api.posts.update).not.toHaveBeenCalled();
    expect(store.getState().post?.status).toBe('draft');
    expect(store.getState().notice?.tone).toBe('warning');
    expect(store.getState().notice?.text).toMatch(/belum diajukan: ada peringatan platform/);
  });
});

describe('editor store, live gaps (issue 14)', () => {
  beforeEach(() => vi.clearAllMocks());

  const comment = (at: string): Activity => ({
    id: 7,
    postId: 'post-1',
    actorId: 'person-2',
    actorName: 'Nurul',
    action: 'comment',
    at,
    changes: {},
    comment: '',
  });

  it("rereads the open post's activity log when a comment on it arrives, and only then", async () => {
    const { store, api } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    expect(store.getState().activity).toEqual([]);
    api.posts.activity.mockClear();
    api.posts.activity.mockResolvedValue(ok([comment('2026-03-01T03:00:00.000Z')]));

    await store.getState().commentsChanged({ ids: ['post-9'] });
    expect(api.posts.activity).not.toHaveBeenCalled();
    await store.getState().commentsChanged({ ids: ['post-1'] });
    expect(store.getState().activity.map((entry) => entry.action)).toEqual(['comment']);
  });

  const colleagueSaved = async (store: ReturnType<typeof setup>['store']) => {
    store.setState((state) => ({ post: { ...state.post!, version: 0 } }));
    await store.getState().remoteChange({
      ids: ['post-1'],
      version: 1,
      by: { id: 'person-2', name: 'Nurul' },
      at: '2026-03-01T03:42:00.000Z',
    });
    expect(store.getState().remote).toMatchObject({ name: 'Nurul' });
  };

  it('the "Diubah oleh" banner can be closed', async () => {
    const { store } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    await colleagueSaved(store);
    store.getState().dismissRemote();
    expect(store.getState().remote).toBeNull();
  });

  it('the banner goes away once the person saves', async () => {
    const { store } = setup();
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    await colleagueSaved(store);
    store.getState().setDraft((draft) => ({ ...draft, title: 'Judul saya' }));
    await store.getState().save('person-1');
    expect(store.getState().notice).toEqual({ tone: 'ok', text: 'Tersimpan' });
    expect(store.getState().remote).toBeNull();
  });

  it('the banner goes away once the merge is saved, and stays while the merge is refused', async () => {
    const stored = post({ version: 3 });
    const { store, api } = setup(stored);
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    store.setState((state) => ({ post: { ...state.post!, version: 2 } }));
    store.getState().setDraft((draft) => ({ ...draft, caption: 'Caption saya' }));
    await store.getState().remoteChange({
      ids: ['post-1'],
      version: 3,
      by: { id: 'person-2', name: 'Nurul' },
      at: '2026-03-01T03:42:00.000Z',
    });
    await store.getState().save('person-1');
    const { merge } = store.getState();
    expect(merge).not.toBeNull();
    api.posts.update.mockResolvedValueOnce(fail('internal', 'Gagal menyimpan.'));
    await store.getState().resolveMerge(merge!.mine, 'person-1');
    expect(store.getState().remote).not.toBeNull();
    await store.getState().save('person-1');
    expect(store.getState().post?.version).toBe(4);
    expect(store.getState().remote).toBeNull();
  });
});

describe('a kept (offline) draft restored into the editor (issue 14)', () => {
  beforeEach(() => vi.clearAllMocks());

  it('typed on the version shown: it simply becomes the draft', async () => {
    const { store } = setup(post({ version: 3 }));
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    const { original } = store.getState();
    store
      .getState()
      .restoreKept({ baseVersion: 3, original, draft: { ...original, caption: 'Ketikan saya' } });
    expect(store.getState().draft.caption).toBe('Ketikan saya');
    expect(store.getState().merge).toBeNull();
  });

  it('typed on an older version: never silently over the newer one; a warning and the merge', async () => {
    // The host holds version 5: a colleague changed the title after the text was typed on 3.
    const { store, api } = setup(post({ version: 5, title: 'Judul dari kantor' }));
    store.getState().open({ kind: 'edit', id: 'post-1' }, 'person-1');
    await until(() => store.getState().phase === 'ready');
    const typedOn = { ...store.getState().original, title: 'Hari Jadi Kabupaten' };
    const kept = { ...typedOn, caption: 'Ketikan saya' };
    store.getState().restoreKept({ baseVersion: 3, original: typedOn, draft: kept });

    const state = store.getState();
    // The form still shows the stored version; nothing was overwritten.
    expect(state.draft.title).toBe('Judul dari kantor');
    expect(state.notice).toEqual({
      tone: 'warning',
      text: 'Draf ini diketik pada versi lama unggahan ini; sejak itu unggahan sudah diubah. Periksa penggabungannya sebelum menyimpan.',
    });
    expect(state.merge).toMatchObject({
      base: { title: 'Hari Jadi Kabupaten', caption: 'Dirgahayu!' },
      mine: { title: 'Hari Jadi Kabupaten', caption: 'Ketikan saya' },
      theirs: { title: 'Judul dari kantor', caption: 'Dirgahayu!' },
      post: { version: 5 },
    });
    expect(api.posts.update).not.toHaveBeenCalled();

    // The merge keeps the colleague's title and my caption, saved against version 5.
    await store
      .getState()
      .resolveMerge({ ...state.merge!.theirs, caption: 'Ketikan saya' }, 'person-1');
    expect(api.posts.update).toHaveBeenLastCalledWith({
      id: 'post-1',
      version: 5,
      caption: 'Ketikan saya',
    });
  });
});
