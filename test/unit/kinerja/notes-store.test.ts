import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/api/errors';
import {
  createNotesStore,
  type StoredNotes,
} from '../../../src/renderer/features/report/create-notes-store';

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
const notes = (text: string, updatedAt: string | null, name = 'Rina'): StoredNotes => ({
  period: '2026-12',
  text,
  updatedAt,
  updatedBy: updatedAt ? { id: '00000000-0000-4000-8000-000000000001', name } : null,
});

function setup(legacy: Record<string, string> = {}) {
  const api = { reportNotes: { get: vi.fn(), set: vi.fn() } };
  const kept = { ...legacy };
  const store = createNotesStore({
    api: api as never,
    legacy: {
      read: (period) => kept[period] ?? null,
      forget: (period) => void delete kept[period],
    },
    word: (error) => error.message,
    delayMs: 0,
  });
  return { api, store, kept };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Issue 15 gap: the report's notes are the office's, stored per period, not one browser's. */
describe('the report notes store', () => {
  it('loads the period’s notes and saves what is typed, from the version it read', async () => {
    const { api, store } = setup();
    api.reportNotes.get.mockResolvedValueOnce(ok(notes('', null)));
    await store.getState().load('2026-12');
    expect(store.getState()).toMatchObject({ status: 'ready', text: '', offer: null });
    api.reportNotes.set.mockResolvedValueOnce(ok(notes('Naik', '2026-12-15T03:00:00.000Z')));
    store.getState().type('Naik');
    await vi.waitFor(() => expect(store.getState().stored?.text).toBe('Naik'));
    expect(api.reportNotes.set).toHaveBeenCalledWith({
      period: '2026-12',
      text: 'Naik',
      baseUpdatedAt: null,
    });
  });

  it('offers notes kept in this browser only when the database has none, once', async () => {
    const { api, store, kept } = setup({ '2026-12': 'Catatan lama di browser' });
    api.reportNotes.get.mockResolvedValue(ok(notes('', null)));
    await store.getState().load('2026-12');
    expect(store.getState().offer).toBe('Catatan lama di browser');
    expect(api.reportNotes.set).not.toHaveBeenCalled();
    api.reportNotes.set.mockResolvedValueOnce(
      ok(notes('Catatan lama di browser', '2026-12-15T03:00:00.000Z')),
    );
    expect(await store.getState().acceptOffer()).toBe(true);
    expect(kept).toEqual({});
    expect(store.getState()).toMatchObject({ offer: null, text: 'Catatan lama di browser' });
    // Loaded again: nothing offered any more.
    await store.getState().load('2026-12');
    expect(store.getState().offer).toBeNull();
  });

  it('does not offer the browser’s notes over the database’s', async () => {
    const { api, store, kept } = setup({ '2026-12': 'Catatan lama' });
    api.reportNotes.get.mockResolvedValueOnce(
      ok(notes('Catatan kantor', '2026-12-14T00:00:00.000Z')),
    );
    await store.getState().load('2026-12');
    expect(store.getState().offer).toBeNull();
    expect(kept).toEqual({ '2026-12': 'Catatan lama' });
  });

  it('a colleague saved meanwhile: their notes are shown, mine kept until I choose', async () => {
    const { api, store } = setup();
    api.reportNotes.get.mockResolvedValueOnce(ok(notes('', null)));
    await store.getState().load('2026-12');
    const theirs = notes('Catatan Bambang', '2026-12-15T04:00:00.000Z', 'Bambang');
    api.reportNotes.set.mockResolvedValueOnce({
      ok: false,
      error: { code: 'conflict', message: 'Catatan periode ini baru saja diubah oleh Bambang.' },
    });
    api.reportNotes.get.mockResolvedValueOnce(ok(theirs));
    store.getState().type('Catatan saya');
    await vi.waitFor(() => expect(store.getState().conflict).toEqual(theirs));
    expect(store.getState().text).toBe('Catatan saya');
    expect(store.getState().problem).toContain('Bambang');

    api.reportNotes.set.mockResolvedValueOnce(
      ok(notes('Catatan saya', '2026-12-15T05:00:00.000Z')),
    );
    expect(await store.getState().keepMine()).toBe(true);
    expect(api.reportNotes.set).toHaveBeenLastCalledWith({
      period: '2026-12',
      text: 'Catatan saya',
      baseUpdatedAt: '2026-12-15T04:00:00.000Z',
    });
    expect(store.getState().conflict).toBeNull();
  });

  it('rereads a colleague’s save unless something is typed here and unsaved', async () => {
    const { api, store } = setup();
    api.reportNotes.get.mockResolvedValueOnce(ok(notes('A', '2026-12-15T03:00:00.000Z')));
    await store.getState().load('2026-12');
    api.reportNotes.get.mockResolvedValueOnce(ok(notes('B', '2026-12-15T04:00:00.000Z')));
    await store.getState().changedElsewhere();
    expect(store.getState().text).toBe('B');

    api.reportNotes.set.mockReturnValueOnce(new Promise(() => {}));
    store.setState({ text: 'B ditambah' });
    await store.getState().changedElsewhere();
    await settle();
    expect(store.getState().text).toBe('B ditambah');
    expect(api.reportNotes.get).toHaveBeenCalledTimes(2);
  });
});
