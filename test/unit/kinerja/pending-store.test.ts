import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/api/errors';
import {
  createPendingStore,
  type PendingRow,
} from '../../../src/renderer/features/kinerja/create-pending-store';

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

const row = (id: string, line: number): PendingRow => ({
  id,
  fileName: 'meta-instagram.csv',
  platform: 'instagram',
  channelId: '00000000-0000-4000-8000-0000000000c1',
  channelName: 'IG Pemkab',
  importedAt: '2026-12-10T03:00:00.000Z',
  row: line,
  day: '2026-12-05',
  caption: 'Rapat bersama camat se-kabupaten',
  permalink: '',
  candidates: [{ postId: 'p1', title: 'Rapat koordinasi', scheduledAt: null }],
});

function scripted(rows: PendingRow[][]) {
  let read = 0;
  const api = {
    analytics: {
      import: vi.fn(),
      pending: vi.fn(async () => ok(rows[Math.min(read++, rows.length - 1)]!)),
      resolve: vi.fn(async () => ok({ resolved: true })),
      resolveMany: vi.fn(async ({ ids }: { ids: string[] }) => ok({ resolved: ids.length })),
    },
  };
  const onSettled = vi.fn();
  const store = createPendingStore(
    { api: api as never, word: (error) => error.message, onSettled },
    {
      matched: (title) => `Dicocokkan dengan “${title}”.`,
      unplanned: (count) => `${count} terbit di luar rencana.`,
      skipped: (count) => `${count} tidak dihitung.`,
    },
  );
  return { api, store, onSettled };
}

describe('Perlu dicocokkan store', () => {
  it('settles one row with a candidate, rereads the list and tells the report', async () => {
    const { api, store, onSettled } = scripted([[row('a', 4), row('b', 5)], [row('b', 5)]]);
    await store.getState().load();
    expect(store.getState().rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(await store.getState().settle('a', { postId: 'p1' })).toBe(true);
    expect(api.analytics.resolve).toHaveBeenCalledWith({ id: 'a', target: { postId: 'p1' } });
    expect(store.getState().rows.map((r) => r.id)).toEqual(['b']);
    expect(store.getState().notice).toBe('Dicocokkan dengan “Rapat koordinasi”.');
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('settles the ticked rows at once and clears the selection', async () => {
    const { api, store } = scripted([[row('a', 4), row('b', 5), row('c', 6)], [row('b', 5)]]);
    await store.getState().load();
    store.getState().toggle('a', true);
    store.getState().toggle('c', true);
    expect(await store.getState().settleSelected('unplanned')).toBe(true);
    expect(api.analytics.resolveMany).toHaveBeenCalledWith({
      ids: ['a', 'c'],
      target: 'unplanned',
    });
    expect(store.getState().selected).toEqual([]);
    expect(store.getState().notice).toBe('2 terbit di luar rencana.');
  });

  it('a row a colleague settled first: the refusal is shown and the list reread', async () => {
    const { api, store } = scripted([[row('a', 4)], []]);
    await store.getState().load();
    api.analytics.resolve.mockResolvedValueOnce({
      ok: false,
      error: { code: 'conflict', message: 'Baris tinjauan ini sudah diselesaikan.' },
    } as never);
    expect(await store.getState().settle('a', 'skip')).toBe(false);
    expect(store.getState().problem).toBe('Baris tinjauan ini sudah diselesaikan.');
    expect(store.getState().rows).toEqual([]);
  });
});
