import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { ImportResult } from '../../../../src/shared/domain/assets';
import type { Job } from '../../../../src/shared/domain/jobs';
import { createAssetsStore } from '../../../../src/renderer/features/assets/store/create';
import type { AssetsDeps } from '../../../../src/renderer/features/assets/store/types';
import { jobFixture } from '../job-fixture';

/**
 * The asset library store with the job API faked at its boundary (the API client), so each
 * reply's timing is the test's: polling, cancels and late replies are raced on purpose.
 */

const jobId = '00000000-0000-4000-8000-0000000000a1';
const assetId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function job(patch: Partial<Job> & Pick<Job, 'state'>): Job {
  return jobFixture(
    { id: jobId, kind: 'import', state: patch.state },
    {
      progress: { filesDone: 0, filesTotal: 2, bytesDone: 0, bytesTotal: 0, current: null },
      ...patch,
    },
  );
}

const imported = (name: string, n: number): ImportResult => ({
  source: `/foto/${name}`,
  name,
  status: 'imported',
  assetId: assetId(n),
  kind: 'image',
  reason: null,
});

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

/** A reply the test hands out when it chooses. */
interface Pending {
  request: { id: string; resultsFrom?: number };
  reply(value: Job): void;
}

function harness() {
  const pending: Pending[] = [];
  const calls = { list: 0, lookups: 0, cancel: [] as string[] };
  let cancelReply: Job = job({ state: 'running' });
  const api = {
    assets: {
      list: vi.fn(async () => {
        calls.list += 1;
        return ok({ items: [], nextCursor: null, total: 0 });
      }),
      tags: vi.fn(async () => {
        calls.lookups += 1;
        return ok([]);
      }),
      recovered: vi.fn(async () => ok({ readopted: 0, collection: null, mismatched: 0 })),
      importStart: vi.fn(async () => ok({ jobId })),
      verify: vi.fn(async () => ok({ jobId })),
    },
    collections: { list: vi.fn(async () => ok([])) },
    jobs: {
      get: vi.fn(
        (request: { id: string; resultsFrom?: number }) =>
          new Promise<ApiResult<Job>>((resolve) =>
            pending.push({ request, reply: (value) => resolve(ok(value)) }),
          ),
      ),
      cancel: vi.fn(async ({ id }: { id: string }) => {
        calls.cancel.push(id);
        return ok(cancelReply);
      }),
      list: vi.fn(async () => ok([])),
    },
  };
  const upload = vi.fn<AssetsDeps['upload']>();
  const store = createAssetsStore({
    api: api as unknown as AssetsDeps['api'],
    upload,
    pathsOf: () => null,
    t: (key) => key,
    jobPollMs: 400,
  });
  /** Answers the oldest question still open. */
  const answer = async (value: Job) => {
    const next = pending.shift();
    if (!next) throw new Error('no jobs.get waiting');
    next.reply(value);
    await vi.advanceTimersByTimeAsync(0);
    return next.request;
  };
  return {
    store,
    api,
    calls,
    pending,
    answer,
    upload,
    setCancelReply: (value: Job) => (cancelReply = value),
  };
}

describe('asset library store: the import job', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows an import job to its end, asking only for results not seen yet', async () => {
    const h = harness();
    await h.store.getState().importPaths(['/foto/a.jpg', '/foto/b.jpg']);
    expect(h.store.getState().importBatch).toMatchObject({
      origin: 'job',
      jobId,
      state: 'running',
    });

    const first = await h.answer(
      job({
        state: 'running',
        results: [imported('a.jpg', 1)],
        resultsCount: 1,
        progress: { filesDone: 1, filesTotal: 2, bytesDone: 10, bytesTotal: 20, current: 'b.jpg' },
      }),
    );
    expect(first).toEqual({ id: jobId, resultsFrom: 0 });
    expect(h.store.getState().importBatch).toMatchObject({
      state: 'running',
      progress: { filesDone: 1, filesTotal: 2, current: ['b.jpg'] },
    });
    expect(h.pending).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(400);
    const listsBefore = h.calls.list;
    const second = await h.answer(
      job({
        state: 'done',
        results: [imported('b.jpg', 2)],
        resultsCount: 2,
        progress: { filesDone: 2, filesTotal: 2, bytesDone: 20, bytesTotal: 20, current: null },
      }),
    );
    expect(second).toEqual({ id: jobId, resultsFrom: 1 });
    const batch = h.store.getState().importBatch!;
    expect(batch.state).toBe('done');
    expect(batch.results.map((result) => result.name)).toEqual(['a.jpg', 'b.jpg']);
    // The grid and the lookups were read again for the new photos.
    expect(h.calls.list).toBeGreaterThan(listsBefore);
    expect(h.calls.lookups).toBeGreaterThan(0);

    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.api.jobs.get).toHaveBeenCalledTimes(2);
  });

  it('cancels a running job and keeps polling until main says it stopped', async () => {
    const h = harness();
    await h.store.getState().importPaths(['/foto']);
    await h.answer(job({ state: 'running' }));
    // Main answers the cancel at once, while the job is still winding down.
    h.setCancelReply(job({ state: 'running' }));
    h.store.getState().cancelImport();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.calls.cancel).toEqual([jobId]);
    expect(h.store.getState().importBatch?.state).toBe('running');

    await vi.advanceTimersByTimeAsync(400);
    await h.answer(job({ state: 'cancelled', results: [imported('a.jpg', 1)], resultsCount: 1 }));
    expect(h.store.getState().importBatch).toMatchObject({ state: 'cancelled' });
    expect(h.store.getState().importBatch?.results).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.api.jobs.get).toHaveBeenCalledTimes(2);
  });

  it('ignores an older "running" reply that arrives after the cancel was answered', async () => {
    const h = harness();
    await h.store.getState().importPaths(['/foto']);
    await h.answer(job({ state: 'running' }));
    await vi.advanceTimersByTimeAsync(400);
    expect(h.pending).toHaveLength(1); // a question on its way

    h.setCancelReply(job({ state: 'cancelled' }));
    h.store.getState().cancelImport();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.store.getState().importBatch?.state).toBe('cancelled');

    // The question sent before the cancel comes back late, still saying "running".
    await h.answer(
      job({
        state: 'running',
        results: [imported('a.jpg', 1)],
        resultsCount: 1,
        progress: { filesDone: 1, filesTotal: 2, bytesDone: 0, bytesTotal: 0, current: 'b.jpg' },
      }),
    );
    expect(h.store.getState().importBatch).toMatchObject({ state: 'cancelled', results: [] });

    // The next answer is the job's last; the result the late reply carried comes again with it.
    await vi.advanceTimersByTimeAsync(400);
    const last = await h.answer(
      job({ state: 'cancelled', results: [imported('a.jpg', 1)], resultsCount: 1 }),
    );
    expect(last.resultsFrom).toBe(0);
    expect(h.store.getState().importBatch).toMatchObject({ state: 'cancelled' });
    expect(h.store.getState().importBatch?.results.map((result) => result.name)).toEqual(['a.jpg']);
  });

  it('ignores a reply that arrives after the batch was dismissed, and stops asking', async () => {
    const h = harness();
    await h.store.getState().importPaths(['/foto']);
    await h.answer(job({ state: 'running' }));
    await vi.advanceTimersByTimeAsync(400);
    h.setCancelReply(job({ state: 'cancelled' }));
    h.store.getState().cancelImport();
    await vi.advanceTimersByTimeAsync(0);
    h.store.getState().dismissImport();
    expect(h.store.getState().importBatch).toBeNull();

    await h.answer(job({ state: 'running', results: [imported('a.jpg', 1)], resultsCount: 1 }));
    expect(h.store.getState().importBatch).toBeNull();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.api.jobs.get).toHaveBeenCalledTimes(2);
  });

  it('marks the batch failed when the job can no longer be read', async () => {
    const h = harness();
    h.api.jobs.get.mockImplementationOnce(async () => ({
      ok: false,
      error: { code: 'not_found', message: 'Pekerjaan tidak ditemukan.' },
    }));
    await h.store.getState().importPaths(['/foto']);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.store.getState().importBatch).toMatchObject({
      state: 'failed',
      error: 'Pekerjaan tidak ditemukan.',
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.api.jobs.get).toHaveBeenCalledTimes(1);
  });

  it('refuses a second import while one runs', async () => {
    const h = harness();
    await h.store.getState().importPaths(['/foto']);
    const second = await h.store.getState().importPaths(['/lagi']);
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(h.api.assets.importStart).toHaveBeenCalledTimes(1);
    expect(h.store.getState().notice?.tone).toBe('warning');
  });
});

describe('asset library store: the verify job', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows a verify job to its end and reloads the grid once it is over', async () => {
    const h = harness();
    await h.store.getState().startVerify();
    expect(h.store.getState().verify).toMatchObject({ jobId, state: 'running' });
    await h.answer(
      job({
        kind: 'verify',
        state: 'running',
        progress: { filesDone: 1, filesTotal: 3, bytesDone: 0, bytesTotal: 0, current: 'x.jpg' },
      }),
    );
    expect(h.store.getState().verify?.progress.filesDone).toBe(1);
    const listsBefore = h.calls.list;

    await vi.advanceTimersByTimeAsync(400);
    const problem = { assetId: assetId(7), name: 'hilang.jpg', status: 'missing' as const };
    const request = await h.answer(
      job({
        kind: 'verify',
        state: 'done',
        summary: { ...job({ state: 'done' }).summary, ok: 2, missing: 1 },
        problems: [problem] as Job['problems'],
      }),
    );
    expect(request).toEqual({ id: jobId, resultsFrom: 0 });
    expect(h.store.getState().verify).toMatchObject({
      state: 'done',
      summary: { ok: 2, missing: 1 },
      problems: [problem],
    });
    expect(h.calls.list).toBeGreaterThan(listsBefore);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.api.jobs.get).toHaveBeenCalledTimes(2);
  });

  it('cancels a running verify when dismissed and ignores its late reply', async () => {
    const h = harness();
    await h.store.getState().startVerify();
    h.store.getState().dismissVerify();
    expect(h.calls.cancel).toEqual([jobId]);
    expect(h.store.getState().verify).toBeNull();
    await h.answer(job({ kind: 'verify', state: 'running' }));
    expect(h.store.getState().verify).toBeNull();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.api.jobs.get).toHaveBeenCalledTimes(1);
  });
});

describe('asset library store: uploads', () => {
  it('uploads dropped files as one batch; a second drop during it joins the batch', async () => {
    const h = harness();
    const releases: (() => void)[] = [];
    h.upload.mockImplementation(
      (file) =>
        new Promise((resolve) =>
          releases.push(() =>
            resolve({ ...imported(file.name, releases.length), source: file.name }),
          ),
        ),
    );
    const file = (name: string) => new File(['isi'], name);
    h.store.getState().importFiles([file('a.jpg'), file('.DS_Store')]);
    expect(h.store.getState().importBatch).toMatchObject({
      origin: 'upload',
      state: 'running',
      skipped: 1,
    });
    h.store.getState().importFiles([file('b.jpg')]);
    expect(h.store.getState().notice).toBeNull(); // not "busy": taken into the batch
    // The workers that found nothing to send have stopped; the busy one takes b.jpg next.
    await expect.poll(() => releases.length).toBe(1);
    releases[0]!();
    await expect.poll(() => releases.length).toBe(2);
    releases[1]!();
    await expect.poll(() => h.store.getState().importBatch?.state).toBe('done');
    const batch = h.store.getState().importBatch!;
    expect(batch.results.map((result) => result.name).sort()).toEqual(['a.jpg', 'b.jpg']);
    expect(batch.progress).toMatchObject({ filesDone: 2, filesTotal: 2, current: [] });
    expect(h.upload).toHaveBeenCalledTimes(2);
  });
});
