import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';

/**
 * The app-wide lists (people, channels, pillars) against a scripted `remote` whose replies the
 * test hands back in the order it chooses: two loads run at once when a live refresh and the
 * reload after a change overlap, and the slower, older reply must not win.
 */
vi.mock('../../../../src/renderer/api', () => ({ api: {} }));

const { collectionStore } = await import('../../../../src/renderer/stores/collections');

interface Row {
  id: string;
  name: string;
}

/** A reply held back until the test resolves it. */
function held<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

const ok = (value: Row[]): ApiResult<Row[]> => ({ ok: true, value });
const rina = { id: 'rina', name: 'Rina' };
const dimas = { id: 'dimas', name: 'Dimas' };

function scripted(...replies: Promise<ApiResult<Row[]>>[]) {
  const list = vi.fn<() => Promise<ApiResult<Row[]>>>();
  for (const reply of replies) list.mockReturnValueOnce(reply);
  const created = { ok: true, value: dimas } as const;
  return {
    list,
    store: collectionStore<Row, { name: string }, Row>({
      list,
      create: vi.fn(async () => created),
      update: vi.fn(async () => created),
      archive: vi.fn(async () => created),
    }),
  };
}

describe('a collection store', () => {
  it('keeps the newer list when the older load answers last', async () => {
    const older = held<ApiResult<Row[]>>();
    const newer = held<ApiResult<Row[]>>();
    const { store } = scripted(older.promise, newer.promise);

    const refresh = store.getState().load(); // a live refresh
    const reload = store.getState().load(); // the reload after a change, started later
    newer.resolve(ok([dimas, rina]));
    await reload;
    expect(store.getState()).toMatchObject({ rows: [dimas, rina], status: 'ready' });

    older.resolve(ok([rina]));
    await refresh;
    expect(store.getState()).toMatchObject({ rows: [dimas, rina], status: 'ready' });
  });

  it('lets an older failure pass without marking the newer list as failed', async () => {
    const older = held<ApiResult<Row[]>>();
    const newer = held<ApiResult<Row[]>>();
    const { store } = scripted(older.promise, newer.promise);
    const first = store.getState().load();
    const second = store.getState().load();
    newer.resolve(ok([rina]));
    older.resolve({ ok: false, error: { code: 'internal', message: 'Gagal' } });
    await Promise.all([first, second]);
    expect(store.getState()).toMatchObject({ rows: [rina], status: 'ready', loadError: null });
  });

  it('takes each reply of loads that answer in order, and reads again after an add', async () => {
    const { store, list } = scripted(
      Promise.resolve(ok([rina])),
      Promise.resolve(ok([dimas, rina])),
    );
    await store.getState().load();
    expect(store.getState().rows).toEqual([rina]);
    await store.getState().create({ name: 'Dimas' });
    expect(list).toHaveBeenCalledTimes(2);
    expect(store.getState().rows).toEqual([dimas, rina]);
  });
});
