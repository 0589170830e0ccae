import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type {
  BulkResponse,
  BulkResult,
  NeedsAction,
  PostWarningList,
} from '../../../../src/shared/domain/needs-action';
import type { PostSummary } from '../../../../src/shared/domain/posts';
import { createBulkStore } from '../../../../src/renderer/features/actions/bulk-store';
import { createNeedsActionStore } from '../../../../src/renderer/features/actions/create-store';
import type { BulkPost } from '../../../../src/renderer/features/actions/model';
import {
  emptySelection,
  keepListed,
  selectAll,
  selectRange,
  toggleOne,
} from '../../../../src/renderer/features/actions/selection';
import { deferred } from '../editor/fakes';

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

function summary(id: string, overrides: Partial<PostSummary> = {}): PostSummary {
  return {
    id,
    title: `Unggahan ${id}`,
    status: 'draft',
    scheduledAt: '2026-12-10T02:00:00.000Z',
    timeZone: 'Asia/Jakarta',
    campaignId: null,
    assigneeId: null,
    seriesId: null,
    version: 2,
    channels: [],
    assetCount: 0,
    firstThumb: null,
    ...overrides,
  };
}

const bulkPost = (id: string, status: BulkPost['status'] = 'draft'): BulkPost => ({
  id,
  version: 1,
  title: `Unggahan ${id}`,
  status,
});

const done = (id: string, extra: Partial<Extract<BulkResult, { ok: true }>> = {}): BulkResult => ({
  id,
  ok: true,
  post: summary(id),
  returnedToDraft: false,
  ...extra,
});

const refused = (id: string): BulkResult => ({
  id,
  ok: false,
  title: `Unggahan ${id}`,
  error: { code: 'conflict', key: 'post.versionConflict', message: 'sudah diubah orang lain' },
});

function bulkSetup(actorId: string | null = 'rina') {
  const reply = (results: BulkResult[]) => async (): Promise<ApiResult<BulkResponse>> =>
    ok({ results });
  const api = {
    posts: {
      bulkWarnings: vi.fn(async (): Promise<ApiResult<PostWarningList[]>> => ok([])),
      bulkTransition: vi.fn(reply([])),
      bulkMove: vi.fn(reply([])),
      bulkDelete: vi.fn(reply([])),
      bulkRestore: vi.fn(reply([])),
    },
  };
  const onChanged = vi.fn();
  const store = createBulkStore({
    api: api as never,
    actorId: () => actorId,
    words: { pickProfile: () => 'Pilih profil' },
    wordRefusal: (error) => `[${error.key}] ${error.message}`,
    onChanged,
  });
  return { api, store, onChanged, reply };
}

describe('selection', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];

  it('toggles one, adds a Shift-range from the last toggled, and selects all', () => {
    let selection = toggleOne(emptySelection, 'b');
    selection = selectRange(selection, order, 'd');
    expect([...selection.ids].sort()).toEqual(['b', 'c', 'd']);
    // The range runs backwards too, and keeps what was already selected.
    selection = selectRange(toggleOne(selection, 'e'), order, 'a');
    expect([...selection.ids].sort()).toEqual(order);
    expect(toggleOne(selection, 'c').ids.has('c')).toBe(false);
    expect([...selectAll(order).ids]).toEqual(order);
  });

  it('without an anchor a Shift-click selects just the one', () => {
    expect([...selectRange(emptySelection, order, 'c').ids]).toEqual(['c']);
  });

  it('forgets posts that left the list, and keeps the same object when none did', () => {
    const selection = selectAll(order);
    expect(keepListed(selection, order)).toBe(selection);
    expect([...keepListed(selection, ['a', 'c']).ids]).toEqual(['a', 'c']);
  });
});

describe('bulk store', () => {
  it('shows the warnings of the whole selection once, and sends the acknowledgement', async () => {
    const { api, store, onChanged, reply } = bulkSetup();
    const warnings: PostWarningList[] = [
      { id: 'b', title: 'Unggahan b', warnings: [{ channelId: 'x', message: 'terlalu panjang' }] },
    ];
    api.posts.bulkWarnings.mockResolvedValueOnce(ok(warnings));
    await store
      .getState()
      .open('submit', [bulkPost('a'), bulkPost('b'), bulkPost('c', 'approved')]);
    expect(api.posts.bulkWarnings).toHaveBeenCalledWith({ ids: ['a', 'b'] });
    const dialog = store.getState().dialog!;
    expect(dialog.posts.map((p) => p.id)).toEqual(['a', 'b']);
    expect(dialog.skipped.map((p) => p.id)).toEqual(['c']);
    expect(dialog.warnings).toEqual(warnings);

    api.posts.bulkTransition.mockImplementationOnce(reply([done('a'), refused('b')]));
    store.setState({ selection: selectAll(['a', 'b', 'c']) });
    await store.getState().run({ acknowledgeWarnings: true });
    expect(api.posts.bulkTransition).toHaveBeenCalledWith({
      action: 'submit',
      items: [
        { id: 'a', version: 1 },
        { id: 'b', version: 1 },
      ],
      comment: '',
      acknowledgeWarnings: true,
    });
    const state = store.getState();
    expect(state.dialog).toBeNull();
    // Refused posts stay selected (and posts the action skipped); done ones leave the selection.
    expect([...state.selection.ids].sort()).toEqual(['b', 'c']);
    expect(state.outcome?.results[1]).toMatchObject({
      ok: false,
      error: { message: '[post.versionConflict] sudah diubah orang lain' },
    });
    expect(state.outcome?.undo).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('drops a warnings answer that arrives after the dialog was closed', async () => {
    const { api, store } = bulkSetup();
    const late = deferred<ApiResult<PostWarningList[]>>();
    api.posts.bulkWarnings.mockImplementationOnce(() => late.promise);
    const opening = store.getState().open('approve', [bulkPost('a', 'in_review')]);
    store.getState().closeDialog();
    late.resolve(ok([]));
    await opening;
    expect(store.getState().dialog).toBeNull();
  });

  it('undoes a delete by restoring from the trash', async () => {
    const { api, store, reply } = bulkSetup();
    api.posts.bulkDelete.mockImplementationOnce(reply([done('a'), refused('b'), done('c')]));
    await store.getState().open('delete', [bulkPost('a'), bulkPost('b'), bulkPost('c')]);
    await store.getState().run({});
    expect(store.getState().outcome?.undo).toEqual({ kind: 'restore', ids: ['a', 'c'] });
    api.posts.bulkRestore.mockImplementationOnce(reply([done('a'), done('c')]));
    await store.getState().undo();
    expect(api.posts.bulkRestore).toHaveBeenCalledWith({ ids: ['a', 'c'] });
    expect(store.getState().outcome).toMatchObject({ action: 'undo', undo: null });
  });

  it('undoes a move by moving each post back to its own day and time, and says which stay draft', async () => {
    const { api, store, reply } = bulkSetup();
    api.posts.bulkMove.mockImplementationOnce(
      reply([
        done('a', {
          post: summary('a', { version: 3 }),
          previous: { date: '2026-12-10', time: '08:00' },
          returnedToDraft: true,
        }),
        done('b', { post: summary('b', { version: 5 }), previous: null }),
      ]),
    );
    await store.getState().open('move', [bulkPost('a', 'approved'), bulkPost('b')]);
    await store.getState().run({ shiftDays: 3 });
    expect(api.posts.bulkMove).toHaveBeenCalledWith({
      items: [
        { id: 'a', version: 1 },
        { id: 'b', version: 1 },
      ],
      shiftDays: 3,
    });
    await store.getState().undo();
    expect(api.posts.bulkMove).toHaveBeenLastCalledWith({
      items: [
        { id: 'a', version: 3, date: '2026-12-10', time: '08:00' },
        { id: 'b', version: 5, date: null },
      ],
    });
    expect(store.getState().outcome?.stayedDraft).toBe(1);
  });

  it('moves all to one date', async () => {
    const { api, store } = bulkSetup();
    await store.getState().open('move', [bulkPost('a')]);
    await store.getState().run({ date: '2026-12-24' });
    expect(api.posts.bulkMove).toHaveBeenCalledWith({
      items: [{ id: 'a', version: 1, date: '2026-12-24' }],
    });
  });

  it('asks for a profile instead of calling the API without one', async () => {
    const { api, store } = bulkSetup(null);
    await store.getState().open('delete', [bulkPost('a')]);
    await store.getState().run({});
    expect(api.posts.bulkDelete).not.toHaveBeenCalled();
    expect(store.getState().problem).toBe('Pilih profil');
  });
});

describe('needs-action store', () => {
  const empty = (count = 0): NeedsAction => ({
    dueWithinDays: 7,
    groups: { approvals: [], changesRequested: [], dueDrafts: [], unpublished: [] },
    count,
  });

  function setup(actorId: string | null = 'rina') {
    const api = { posts: { needsAction: vi.fn(async () => ok(empty(3))) } };
    const remember = vi.fn();
    const store = createNeedsActionStore({
      api: api as never,
      actorId: () => actorId,
      remembered: () => 14,
      remember,
    });
    return { api, store, remember };
  }

  it('loads the lists for the person acting now, with the remembered number of days', async () => {
    const { api, store } = setup();
    await store.getState().load();
    expect(api.posts.needsAction).toHaveBeenCalledWith({ dueWithinDays: 14 });
    expect(store.getState()).toMatchObject({ status: 'ready', data: { count: 3 } });
  });

  it('has nothing to show without a profile', async () => {
    const { api, store } = setup(null);
    await store.getState().load();
    expect(api.posts.needsAction).not.toHaveBeenCalled();
    expect(store.getState().data).toBeNull();
  });

  it('keeps the newest answer when an older one comes last', async () => {
    const { api, store } = setup();
    const older = deferred<ApiResult<NeedsAction>>();
    api.posts.needsAction.mockImplementationOnce(() => older.promise);
    const first = store.getState().load();
    await store.getState().load();
    older.resolve(ok(empty(9)));
    await first;
    expect(store.getState().data?.count).toBe(3);
  });

  it('clamps the number of days, remembers it and reloads', async () => {
    const { api, store, remember } = setup();
    store.getState().setDueWithinDays(500);
    expect(remember).toHaveBeenCalledWith(90);
    await vi.waitFor(() =>
      expect(api.posts.needsAction).toHaveBeenCalledWith({ dueWithinDays: 90 }),
    );
    store.getState().setDueWithinDays(Number.NaN);
    expect(store.getState().dueWithinDays).toBe(7);
  });
});
