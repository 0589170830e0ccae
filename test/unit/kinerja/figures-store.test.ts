import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/api/errors';
import {
  createPublicationStore,
  figuresAsTyped,
} from '../../../src/renderer/features/kinerja/create-publication-store';

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

const stored = (views: number | null, asOf: string) => ({
  asOf,
  figures: { views, reach: 900, likes: null, comments: null, shares: null, saves: 3 },
});

/** Issue 15 gap: the editor's "Terbit" section shows the figures stored, not empty fields. */
describe('stored figures in the editor’s Terbit section', () => {
  function setup() {
    const api = {
      publications: {
        get: vi.fn(async () => ok({ postId: 'p', state: 'all' as const, channels: [] as never[] })),
        mark: vi.fn(),
        unmark: vi.fn(),
      },
      figures: { get: vi.fn(), set: vi.fn() },
    };
    const store = createPublicationStore(
      { api: api as never, word: (error) => error.message, onChanged: vi.fn() },
      {
        marked: () => 'ditandai',
        unmarked: () => 'dibatalkan',
        figuresSaved: (asOf) => `tersimpan ${asOf}`,
        badNumber: () => 'angka salah',
      },
    );
    return { api, store };
  }

  it('loads them with the post, and reads them again after a save', async () => {
    const { api, store } = setup();
    api.figures.get.mockResolvedValueOnce(
      ok([{ channelId: 'ig', manual: stored(12400, '2026-12-11'), imported: null }]),
    );
    await store.getState().load('p');
    expect(api.figures.get).toHaveBeenCalledWith({ postId: 'p' });
    expect(store.getState().figures.ig?.manual?.figures.views).toBe(12400);

    api.figures.set.mockResolvedValueOnce(ok({ asOf: '2026-12-12' }));
    api.figures.get.mockResolvedValueOnce(
      ok([{ channelId: 'ig', manual: stored(15000, '2026-12-12'), imported: null }]),
    );
    const typed = { views: '15.000', reach: '', likes: '', comments: '', shares: '', saves: '' };
    expect(await store.getState().saveFigures('ig', typed)).toBe(true);
    expect(store.getState().figures.ig?.manual).toEqual(stored(15000, '2026-12-12'));
  });

  it('fills the fields as the office types numbers; unknown stays empty', () => {
    expect(figuresAsTyped(stored(12400, '2026-12-11').figures, 'id')).toEqual({
      views: '12.400',
      reach: '900',
      likes: '',
      comments: '',
      shares: '',
      saves: '3',
    });
    expect(figuresAsTyped(stored(12400, '2026-12-11').figures, 'en').views).toBe('12,400');
    expect(figuresAsTyped(null, 'id').views).toBe('');
  });
});
