import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { Post, PostSummary } from '../../../../src/shared/domain/posts';
import { toInstant } from '../../../../src/shared/time';
import { createCalendarStore } from '../../../../src/renderer/features/calendar/create-store';
import { deferred, ok, post, indonesian } from '../editor/fakes';

const zone = 'Asia/Jakarta';
const office = () => ({ zone, weekStart: 1 as const, defaultTime: '09:00' });

function summary(overrides: Partial<PostSummary> = {}): PostSummary {
  return {
    id: 'post-1',
    title: 'Hari Jadi Kabupaten',
    status: 'draft',
    scheduledAt: toInstant('2026-03-10', '08:00', zone),
    timeZone: zone,
    campaignId: null,
    assigneeId: null,
    seriesId: null,
    version: 1,
    channels: [],
    assetCount: 0,
    firstThumb: null,
    ...overrides,
  };
}

type Range = ApiResult<PostSummary[]>;
type Moved = ApiResult<{ post: Post; returnedToDraft: boolean }>;
type Undone = ApiResult<{
  post: Post;
  approval: 'restored' | 'not_restored' | 'none';
  returnedToDraft: boolean;
}>;

function setup() {
  const api = {
    posts: {
      range: vi.fn(async (): Promise<Range> => ok([])),
      ideas: vi.fn(async (): Promise<Range> => ok([])),
      move: vi.fn(async (): Promise<Moved> => ok({ post: post(), returnedToDraft: false })),
      undoMove: vi.fn(async (): Promise<Undone> =>
        ok({ post: post(), approval: 'none', returnedToDraft: false }),
      ),
    },
    observances: { list: vi.fn(async () => ok([])) },
  };
  const store = createCalendarStore({
    api: api as never,
    office,
    actorId: () => 'person-1',
    t: indonesian(),
    language: () => 'id',
    remembered: () => undefined,
    remember: () => {},
  });
  return { api, store };
}

describe('calendar store', () => {
  beforeEach(() => {
    // "Today" decides the first month shown; only Date is faked, the promises run as usual.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-15T03:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the newer month when an older month answers last', async () => {
    const { api, store } = setup();
    store.getState().init();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));

    const april = deferred<Range>();
    const may = deferred<Range>();
    api.posts.range.mockImplementationOnce(() => april.promise);
    api.posts.range.mockImplementationOnce(() => may.promise);
    store.getState().goTo('2026-04-15');
    store.getState().goTo('2026-05-15');

    const inMay = summary({ id: 'may', scheduledAt: toInstant('2026-05-05', '08:00', zone) });
    const inApril = summary({ id: 'april', scheduledAt: toInstant('2026-04-05', '08:00', zone) });
    may.resolve(ok([inMay]));
    await vi.waitFor(() => expect(store.getState().posts.map((p) => p.id)).toEqual(['may']));
    april.resolve(ok([inApril]));
    await april.promise;
    await Promise.resolve();
    await Promise.resolve();

    expect(store.getState().posts.map((p) => p.id)).toEqual(['may']);
    expect(store.getState().loadedKey).toContain('2026-05');
    expect(store.getState().anchor).toBe('2026-05-15');
  });

  it('moves a post to another day at the same time of day, and undoes it', async () => {
    const { api, store } = setup();
    api.posts.range.mockResolvedValue(ok([summary()]));
    store.getState().init();
    await vi.waitFor(() => expect(store.getState().posts).toHaveLength(1));

    const answer = deferred<Moved>();
    api.posts.move.mockImplementationOnce(() => answer.promise);
    const moving = store.getState().move('post-1', { date: '2026-03-12' });

    // Shown at once, still at 08.00.
    expect(store.getState().posts[0]!.scheduledAt).toBe(toInstant('2026-03-12', '08:00', zone));
    expect(api.posts.move).toHaveBeenCalledWith({
      id: 'post-1',
      version: 1,
      date: '2026-03-12',
    });
    answer.resolve(
      ok({
        post: post({ scheduledAt: toInstant('2026-03-12', '08:00', zone), version: 2 }),
        returnedToDraft: false,
      }),
    );
    await moving;
    expect(store.getState().undoStack).toEqual([
      {
        kind: 'move',
        postId: 'post-1',
        title: 'Hari Jadi Kabupaten',
        previous: { date: '2026-03-10', time: '08:00' },
      },
    ]);
    expect(store.getState().notice).toMatchObject({ tone: 'info', undo: true });

    api.posts.undoMove.mockResolvedValueOnce(
      ok({ post: post({ version: 3 }), approval: 'none', returnedToDraft: false }),
    );
    await store.getState().undo();
    expect(api.posts.undoMove).toHaveBeenLastCalledWith({
      id: 'post-1',
      previous: { date: '2026-03-10', time: '08:00' },
    });
    expect(store.getState().undoStack).toEqual([]);
    expect(store.getState().posts[0]!.scheduledAt).toBe(toInstant('2026-03-10', '08:00', zone));
    expect(store.getState().posts[0]!.version).toBe(3);
  });

  it('puts a refused move back where the server has it', async () => {
    const { api, store } = setup();
    api.posts.range.mockResolvedValue(ok([summary()]));
    store.getState().init();
    await vi.waitFor(() => expect(store.getState().posts).toHaveLength(1));
    api.posts.move.mockResolvedValueOnce({
      ok: false,
      error: { code: 'conflict', message: 'Sudah diubah orang lain.' },
    });
    await store.getState().move('post-1', { date: '2026-03-12' });
    expect(store.getState().posts[0]!.scheduledAt).toBe(toInstant('2026-03-10', '08:00', zone));
    expect(store.getState().notice).toMatchObject({ tone: 'warning', reload: true });
    expect(store.getState().undoStack).toEqual([]);
  });

  it('says in words whether the undo gave the approval back', async () => {
    const { api, store } = setup();
    api.posts.range.mockResolvedValue(ok([summary({ status: 'approved' })]));
    store.getState().init();
    await vi.waitFor(() => expect(store.getState().posts).toHaveLength(1));

    api.posts.move.mockResolvedValueOnce(
      ok({
        post: post({ scheduledAt: toInstant('2026-03-12', '08:00', zone), version: 2 }),
        returnedToDraft: true,
      }),
    );
    await store.getState().move('post-1', { date: '2026-03-12' });
    expect(store.getState().notice?.message).toMatch(/Kembali ke draf/);

    api.posts.undoMove.mockResolvedValueOnce(
      ok({
        post: post({ status: 'approved', version: 3 }),
        approval: 'restored',
        returnedToDraft: false,
      }),
    );
    await store.getState().undo();
    expect(store.getState().notice).toMatchObject({ tone: 'info' });
    expect(store.getState().notice?.message).toMatch(
      /persetujuan tetap berlaku karena isi dan jadwal sama/,
    );
    expect(store.getState().posts[0]!.status).toBe('approved');

    api.posts.move.mockResolvedValueOnce(
      ok({
        post: post({ scheduledAt: toInstant('2026-03-12', '08:00', zone), version: 4 }),
        returnedToDraft: true,
      }),
    );
    await store.getState().move('post-1', { date: '2026-03-12' });
    api.posts.undoMove.mockResolvedValueOnce(
      ok({ post: post({ version: 6 }), approval: 'not_restored', returnedToDraft: false }),
    );
    await store.getState().undo();
    expect(store.getState().notice).toMatchObject({ tone: 'warning' });
    expect(store.getState().notice?.message).toMatch(/persetujuan tidak dipulihkan/);
  });
});
