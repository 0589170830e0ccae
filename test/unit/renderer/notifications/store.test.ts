import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { Inbox, Notification } from '../../../../src/shared/domain/notifications';
import { createNotificationsStore } from '../../../../src/renderer/features/notifications/create-store';

/** Notification number n, made n minutes after 08.00 UTC (a higher number is newer). */
const numbered = (n: number, read = false): Notification => ({
  id: `n-${n}`,
  kind: 'mentioned',
  postId: 'post-1',
  postTitle: 'Hari Ibu',
  postScheduledAt: null,
  commentId: `c-${n}`,
  actor: { id: 'person-2', name: 'Bambang' },
  createdAt: new Date(Date.UTC(2026, 10, 18, 8, n)).toISOString(),
  readAt: read ? '2026-11-18T09:00:00.000Z' : null,
});

/** A host holding notifications 1…total, pages of `size`, newest first. */
function fakeHost(total: number, size = 3) {
  let all = Array.from({ length: total }, (_, index) => numbered(total - index));
  const page = (before?: string): ApiResult<Inbox> => {
    const start = before ? all.findIndex((item) => item.id === before) + 1 : 0;
    return {
      ok: true,
      value: {
        items: all.slice(start, start + size),
        unread: all.filter((item) => !item.readAt).length,
        more: start + size < all.length,
      },
    };
  };
  const api = {
    notifications: {
      list: vi.fn(async ({ before }: { before?: string }) => page(before)),
      markRead: vi.fn(async ({ ids }: { ids: string[] }) => {
        all = all.map((item) => (ids.includes(item.id) ? { ...item, readAt: 'now' } : item));
        return page();
      }),
      markAllRead: vi.fn(async () => {
        all = all.map((item) => ({ ...item, readAt: item.readAt ?? 'now' }));
        return page();
      }),
    },
  };
  return {
    api,
    arrive(n: number) {
      all = [numbered(n), ...all];
    },
  };
}

const ids = (items: Notification[]) => items.map((item) => item.id);

describe('notification inbox store', () => {
  it('"Muat lebih banyak" adds the next older page after the last one shown', async () => {
    const host = fakeHost(7);
    const store = createNotificationsStore(host.api as never);
    await store.getState().load();
    expect(ids(store.getState().items)).toEqual(['n-7', 'n-6', 'n-5']);
    expect(store.getState().more).toBe(true);
    await store.getState().loadMore();
    expect(host.api.notifications.list).toHaveBeenLastCalledWith({ before: 'n-5' });
    expect(ids(store.getState().items)).toEqual(['n-7', 'n-6', 'n-5', 'n-4', 'n-3', 'n-2']);
    await store.getState().loadMore();
    expect(ids(store.getState().items)).toHaveLength(7);
    expect(store.getState().more).toBe(false);
  });

  it('a new notification (the live stream) keeps the older pages already shown', async () => {
    const host = fakeHost(7);
    const store = createNotificationsStore(host.api as never);
    await store.getState().load();
    await store.getState().loadMore();
    host.arrive(8);
    await store.getState().load();
    expect(ids(store.getState().items)).toEqual(['n-8', 'n-7', 'n-6', 'n-5', 'n-4', 'n-3', 'n-2']);
    expect(store.getState().more).toBe(true);
  });

  it('"Tandai semua sudah dibaca" also marks the older pages shown', async () => {
    const host = fakeHost(7);
    const store = createNotificationsStore(host.api as never);
    await store.getState().load();
    await store.getState().loadMore();
    await store.getState().markAllRead();
    expect(store.getState().items.filter((item) => !item.readAt)).toEqual([]);
    expect(store.getState().unread).toBe(0);
  });
});
