import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { Post } from '../../../../src/shared/domain/posts';
import { createReviewStore } from '../../../../src/renderer/features/review/create-store';
import { indonesian, ok, post } from '../editor/fakes';

/** A host holding one post waiting for approval; a colleague may check it meanwhile. */
function setup() {
  let stored = post({ status: 'in_review', version: 4 });
  const api = {
    posts: {
      get: vi.fn(async (): Promise<ApiResult<Post>> => ok(stored)),
      transition: vi.fn(async (request: { version: number; action: string }) =>
        request.version === stored.version
          ? ok((stored = { ...stored, status: 'approved', version: stored.version + 1 }))
          : ({
              ok: false,
              error: { code: 'conflict', message: 'Unggahan sudah diubah orang lain.' },
            } as const),
      ),
    },
  };
  const calendar = {
    posts: [{ id: 'post-1', status: 'in_review' as const }],
    closeEditor: vi.fn(),
    refresh: vi.fn(async () => {}),
  };
  const store = createReviewStore({ api: api as never, calendar: () => calendar, t: indonesian() });
  return {
    api,
    store,
    /** Sari checks it at her computer: a new version on the host. */
    colleagueChecks() {
      stored = { ...stored, checkedBy: 'sari', checkedAt: '2026-11-18T03:10:00.000Z', version: 5 };
    },
  };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('review store', () => {
  it('rereads the post it shows when a live change for it arrives, so the decision is on the stored version', async () => {
    const { store, api, colleagueChecks } = setup();
    store.getState().open();
    await until(() => store.getState().phase === 'ready');
    expect(store.getState().post?.version).toBe(4);

    colleagueChecks();
    // Another post's change, or a version it holds already, reads nothing.
    await store.getState().remoteChange({ ids: ['post-9'], version: 9 });
    await store.getState().remoteChange({ ids: ['post-1'], version: 4 });
    expect(api.posts.get).toHaveBeenCalledTimes(1);
    await store.getState().remoteChange({ ids: ['post-1'], version: 5 });
    expect(store.getState().post?.checkedBy).toBe('sari');
    expect(store.getState().post?.version).toBe(5);

    expect(await store.getState().decide('approve', 'budi')).toBe(true);
    expect(api.posts.transition).toHaveBeenLastCalledWith({
      id: 'post-1',
      version: 5,
      action: 'approve',
    });
  });

  it('a reload of the stream (changes missed) rereads the post shown', async () => {
    const { store, colleagueChecks } = setup();
    store.getState().open('post-1');
    await until(() => store.getState().phase === 'ready');
    colleagueChecks();
    await store.getState().remoteChange({ ids: ['post-1'] });
    expect(store.getState().post?.version).toBe(5);
  });
});
