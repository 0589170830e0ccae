import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/api/errors';
import type { PostPublication } from '../../../src/shared/domain/publication';
import { createBulkStore } from '../../../src/renderer/features/actions/bulk-store';
import type { BulkPost } from '../../../src/renderer/features/actions/model';
import { createImportStore } from '../../../src/renderer/features/kinerja/create-import-store';
import {
  createPublicationStore,
  readFigures,
} from '../../../src/renderer/features/kinerja/create-publication-store';
import { readAnalyticsUpload } from '../../../src/renderer/features/kinerja/upload-analytics';

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

const mark = (channelId: string, markedAt: string) => ({
  channelId,
  publication: {
    channelId,
    publishedAt: '2026-12-01T02:00:00.000Z',
    permalink: '',
    platformPostId: null,
    source: 'manual' as const,
    markedBy: 'bambang',
    markedAt,
  },
});

function publication(
  postId: string,
  channels: PostPublication['channels'],
  state: PostPublication['state'] = 'all',
): PostPublication {
  return { postId, state, channels };
}

describe('bulk "Terbit sesuai jadwal"', () => {
  const approved = (id: string, status: BulkPost['status'] = 'approved'): BulkPost => ({
    id,
    version: 3,
    title: `Unggahan ${id}`,
    status,
  });

  function setup() {
    const api = {
      posts: {},
      publications: {
        mark: vi.fn(),
        unmark: vi.fn(),
      },
    };
    const onChanged = vi.fn();
    const store = createBulkStore({
      api: api as never,
      actorId: () => 'bambang',
      words: { pickProfile: () => 'Pilih profil' },
      wordRefusal: (error) => `[${error.key}] ${error.message}`,
      onChanged,
    });
    return { api, store, onChanged };
  }

  it('marks only approved posts, reports per post, and undoes exactly the channels it marked', async () => {
    const { api, store, onChanged } = setup();
    await store.getState().open('publish', [approved('a'), approved('b'), approved('c', 'draft')]);
    expect(store.getState().dialog?.posts.map((p) => p.id)).toEqual(['a', 'b']);
    expect(store.getState().dialog?.skipped.map((p) => p.id)).toEqual(['c']);

    api.publications.mark.mockResolvedValueOnce(
      ok({
        results: [
          {
            postId: 'a',
            ok: true,
            state: 'all',
            // ig was marked earlier by hand; this call marked x (the newest mark).
            publication: publication('a', [
              mark('ig', '2026-12-01T03:00:00.000Z'),
              mark('x', '2026-12-02T05:00:00.000Z'),
            ]),
          },
          {
            postId: 'b',
            ok: false,
            title: 'Unggahan b',
            error: { code: 'conflict', key: 'publication.notApproved', message: 'belum disetujui' },
          },
        ],
      }),
    );
    await store.getState().run({});
    expect(api.publications.mark).toHaveBeenCalledWith({
      items: [{ postId: 'a' }, { postId: 'b' }],
    });
    const outcome = store.getState().outcome!;
    expect(outcome.action).toBe('publish');
    expect(outcome.results).toEqual([
      { id: 'a', ok: true, post: { title: 'Unggahan a' }, returnedToDraft: false },
      expect.objectContaining({
        id: 'b',
        ok: false,
        error: expect.objectContaining({ message: '[publication.notApproved] belum disetujui' }),
      }),
    ]);
    expect(outcome.undo).toEqual({ kind: 'unpublish', items: [{ postId: 'a', channelId: 'x' }] });
    expect(onChanged).toHaveBeenCalledTimes(1);

    api.publications.unmark.mockResolvedValueOnce(
      ok({
        results: [
          {
            postId: 'a',
            ok: true,
            state: 'partial',
            publication: publication('a', [mark('ig', '2026-12-01T03:00:00.000Z')], 'partial'),
          },
        ],
      }),
    );
    await store.getState().undo();
    expect(api.publications.unmark).toHaveBeenCalledWith({
      items: [{ postId: 'a', channelId: 'x' }],
    });
    expect(store.getState().outcome).toMatchObject({
      action: 'undo',
      undo: null,
      results: [{ id: 'a', ok: true, post: { title: 'Unggahan a' } }],
    });
  });
});

describe('the editor’s Terbit section store', () => {
  function setup() {
    const api = {
      publications: { get: vi.fn(), mark: vi.fn(), unmark: vi.fn() },
      figures: { get: vi.fn(async () => ok([])), set: vi.fn() },
    };
    const onChanged = vi.fn();
    const store = createPublicationStore(
      { api: api as never, word: (error) => `kata: ${error.message}`, onChanged },
      {
        marked: () => 'ditandai',
        unmarked: () => 'dibatalkan',
        figuresSaved: (asOf) => `tersimpan ${asOf}`,
        badNumber: () => 'angka salah',
      },
    );
    return { api, store, onChanged };
  }

  it('shows the server’s refusal of a link at the link field of that channel, and nothing changes', async () => {
    const { api, store, onChanged } = setup();
    api.publications.get.mockResolvedValueOnce(
      ok(publication('p', [{ channelId: 'ig', publication: null }], 'none')),
    );
    await store.getState().load('p');
    api.publications.mark.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'invalid_request',
        key: 'publication.permalinkDomain',
        message: 'Tautan bukan alamat instagram.com',
        field: 'permalink',
      },
    });
    const done = await store.getState().mark('ig', {
      publishedAt: '2026-12-01T02:00:00.000Z',
      permalink: 'https://example.com/x',
    });
    expect(done).toBe(false);
    expect(store.getState().problems.ig).toEqual({
      field: 'permalink',
      text: 'kata: Tautan bukan alamat instagram.com',
    });
    expect(store.getState().publication?.state).toBe('none');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('puts a per-post refusal of the link (a key, no field) at the link field too', async () => {
    const { api, store } = setup();
    api.publications.get.mockResolvedValueOnce(
      ok(publication('p', [{ channelId: 'ig', publication: null }], 'none')),
    );
    await store.getState().load('p');
    api.publications.mark.mockResolvedValueOnce(
      ok({
        results: [
          {
            postId: 'p',
            ok: false,
            title: 'Pasar murah',
            error: {
              code: 'invalid_request',
              key: 'publication.permalinkDomain',
              message: 'Tautan bukan alamat instagram.com',
            },
          },
        ],
      }),
    );
    await store.getState().mark('ig', {
      publishedAt: '2026-12-01T02:00:00.000Z',
      permalink: 'https://x.com/humas/status/1',
    });
    expect(store.getState().problems.ig?.field).toBe('permalink');
  });

  it('marks, then takes back, a channel; the editor is told each time', async () => {
    const { api, store, onChanged } = setup();
    api.publications.get.mockResolvedValueOnce(
      ok(
        publication(
          'p',
          [
            { channelId: 'ig', publication: null },
            { channelId: 'x', publication: null },
          ],
          'none',
        ),
      ),
    );
    await store.getState().load('p');
    const partial = publication(
      'p',
      [mark('ig', '2026-12-02T05:00:00.000Z'), { channelId: 'x', publication: null }],
      'partial',
    );
    api.publications.mark.mockResolvedValueOnce(
      ok({ results: [{ postId: 'p', ok: true, state: 'partial', publication: partial }] }),
    );
    expect(
      await store.getState().mark('ig', {
        publishedAt: '2026-12-01T02:00:00.000Z',
        permalink: 'https://www.instagram.com/p/ABC/',
      }),
    ).toBe(true);
    expect(api.publications.mark).toHaveBeenCalledWith({
      items: [
        {
          postId: 'p',
          channelId: 'ig',
          publishedAt: '2026-12-01T02:00:00.000Z',
          permalink: 'https://www.instagram.com/p/ABC/',
        },
      ],
    });
    expect(store.getState()).toMatchObject({ publication: partial, notice: 'ditandai' });
    api.publications.unmark.mockResolvedValueOnce(
      ok({
        results: [
          {
            postId: 'p',
            ok: true,
            state: 'none',
            publication: publication(
              'p',
              [
                { channelId: 'ig', publication: null },
                { channelId: 'x', publication: null },
              ],
              'none',
            ),
          },
        ],
      }),
    );
    expect(await store.getState().unmark('ig')).toBe(true);
    expect(store.getState().publication?.state).toBe('none');
    expect(onChanged).toHaveBeenCalledTimes(2);
  });

  it('reads typed figures in both thousands conventions and refuses words before sending', async () => {
    expect(
      readFigures({
        views: '12.400',
        reach: '12,400',
        likes: '7',
        comments: '',
        shares: ' ',
        saves: '1 200',
      }),
    ).toEqual({
      ok: true,
      figures: { views: 12400, reach: 12400, likes: 7, saves: 1200 },
    });
    expect(
      readFigures({ views: 'banyak', reach: '', likes: '', comments: '', shares: '', saves: '' }),
    ).toEqual({ ok: false });
    const { api, store } = setup();
    api.publications.get.mockResolvedValueOnce(ok(publication('p', [mark('ig', 'x')])));
    await store.getState().load('p');
    const typed = { views: '1,5', reach: '', likes: '', comments: '', shares: '', saves: '' };
    expect(await store.getState().saveFigures('ig', typed)).toBe(false);
    expect(store.getState().problems.ig).toEqual({ field: 'figures', text: 'angka salah' });
    expect(api.figures.set).not.toHaveBeenCalled();
    api.figures.set.mockResolvedValueOnce(ok({ asOf: '2026-12-03' }));
    expect(await store.getState().saveFigures('ig', { ...typed, views: '1.500' })).toBe(true);
    expect(api.figures.set).toHaveBeenCalledWith({
      postId: 'p',
      channelId: 'ig',
      figures: { views: 1500 },
    });
    expect(store.getState().notice).toBe('tersimpan 2026-12-03');
  });
});

describe('the import screen’s store', () => {
  const reply = (overrides: Record<string, unknown> = {}) => ({
    platform: 'instagram',
    channelId: 'ig',
    channelName: 'IG Pemkab',
    fileName: 'meta-instagram.csv',
    asOf: '2026-12-03',
    dryRun: true,
    alreadyImported: false,
    written: false,
    rows: 3,
    columns: {},
    counts: { matched: 1, uncertain: 1, unmatched: 1, unchanged: 0, skipped: 0 },
    review: [
      {
        row: 3,
        day: '2026-12-02',
        caption: 'Rapat',
        permalink: '',
        candidates: [
          { postId: 'p1', title: 'Rapat pagi' },
          { postId: 'p2', title: 'Rapat siang' },
        ],
      },
    ],
    preview: [],
    ...overrides,
  });

  it('uploads, runs the dry run, then imports with the rows reviewed', async () => {
    const api = { analytics: { import: vi.fn() } };
    const upload = vi.fn(async () => ({
      ok: true as const,
      path: '/data/incoming/1.analytics-x/a.csv',
      name: 'a.csv',
    }));
    const onImported = vi.fn();
    const store = createImportStore({ api: api as never, upload, onImported });
    api.analytics.import.mockResolvedValueOnce(ok(reply()));
    await store.getState().chooseFile(new File(['x'], 'a.csv'));
    expect(api.analytics.import).toHaveBeenLastCalledWith({
      path: '/data/incoming/1.analytics-x/a.csv',
      platform: 'auto',
      dryRun: true,
      resolutions: [],
    });
    expect(store.getState().stage).toBe('checked');
    store.getState().choose(3, { postId: 'p2' });
    api.analytics.import.mockResolvedValueOnce(ok(reply({ dryRun: false, written: true })));
    await store.getState().runImport();
    expect(api.analytics.import).toHaveBeenLastCalledWith({
      path: '/data/incoming/1.analytics-x/a.csv',
      platform: 'auto',
      dryRun: false,
      resolutions: [{ row: 3, target: { postId: 'p2' } }],
    });
    expect(store.getState().stage).toBe('done');
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('shows a malformed file’s refusal and imports nothing', async () => {
    const api = { analytics: { import: vi.fn() } };
    const store = createImportStore({
      api: api as never,
      upload: async () => ({ ok: true, path: '/p/rusak.csv', name: 'rusak.csv' }),
      onImported: vi.fn(),
    });
    api.analytics.import.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'invalid_request',
        message: 'Baris 4, kolom “Views”: “dua belas” bukan angka.',
      },
    });
    await store.getState().chooseFile(new File(['x'], 'rusak.csv'));
    expect(store.getState()).toMatchObject({
      stage: 'idle',
      problem: 'Baris 4, kolom “Views”: “dua belas” bukan angka.',
    });
    await store.getState().runImport();
    expect(api.analytics.import).toHaveBeenCalledTimes(1);
  });

  it('reads the upload route’s answers', () => {
    const messages = {
      network: 'jaringan',
      refused: (s: number) => `ditolak ${s}`,
      badResponse: 'aneh',
    };
    expect(
      readAnalyticsUpload(
        200,
        { ok: true, value: { ok: true, path: '/a', name: 'a.csv', bytes: 1 } },
        messages,
      ),
    ).toEqual({ ok: true, path: '/a', name: 'a.csv' });
    expect(
      readAnalyticsUpload(
        200,
        { ok: true, value: { ok: false, message: 'terlalu besar' } },
        messages,
      ),
    ).toEqual({ ok: false, message: 'terlalu besar' });
    expect(
      readAnalyticsUpload(
        413,
        { ok: false, error: { code: 'invalid_request', message: 'Berkas melebihi batas' } },
        messages,
      ),
    ).toEqual({ ok: false, message: 'Berkas melebihi batas' });
    expect(readAnalyticsUpload(500, 'x', messages)).toEqual({ ok: false, message: 'ditolak 500' });
  });
});
