import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import {
  importPlanSchema,
  type ImportPlan,
  type ImportSummary,
} from '../../../../src/shared/domain/bundle';
import type { Job } from '../../../../src/shared/domain/jobs';
import { jobFixture } from '../job-fixture';

/**
 * The bundle import's store against a scripted host: the renderer's `api` object (which needs a
 * page) and the XHR upload are the only stand-ins; the store, the job watcher, the i18n catalogue
 * and the timers are the real ones (fake clock).
 */
const host = vi.hoisted(() => ({
  api: {
    jobs: { get: vi.fn(), list: vi.fn(), cancel: vi.fn() },
    bundles: { inspect: vi.fn(), import: vi.fn(), discard: vi.fn() },
    people: { list: vi.fn() },
    channels: { list: vi.fn() },
    campaigns: { list: vi.fn() },
  },
  uploadBundle: vi.fn(),
}));

vi.mock('../../../../src/renderer/api', () => ({ api: host.api }));
vi.mock('../../../../src/renderer/features/bundles/upload-bundle', () => ({
  uploadBundle: host.uploadBundle,
}));

const { useBundleImport } = await import('../../../../src/renderer/features/bundles/store');
const { usePeople } = await import('../../../../src/renderer/stores/collections');

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const checkJobId = uuid(1);
const importJobId = uuid(2);
const uploadId = uuid(3);

const plan: ImportPlan = importPlanSchema.parse({
  bundle: {
    appVersion: '0.1.0',
    createdAt: '2026-11-27T03:00:00.000Z',
    officeName: 'Pemerintah Kabupaten Sukamaju',
    unitName: '',
    timeZone: 'Asia/Jakarta',
    sourceInstallId: uuid(999),
    fromHere: false,
    filter: null,
    includeAssets: 'attached',
    bytes: 1234,
  },
  posts: [],
  counts: { new: 0, updated: 0, conflict: 0, unchanged: 0 },
  assets: { new: 0, newBytes: 0, present: 0, missing: 0 },
  create: { channels: [], campaigns: [], people: [] },
  notices: [],
});

const summary: ImportSummary = {
  created: 2,
  updated: 0,
  keptMine: 0,
  keptBoth: 0,
  unchanged: 0,
  assets: { imported: 0, reused: 0, missing: 0 },
  createdChannels: 0,
  createdCampaigns: 0,
  createdPeople: 0,
  changedPostIds: [],
};

function job(kind: Job['kind'], state: Job['state'], patch: Partial<Job> = {}): Job {
  const id = kind === 'bundle-check' ? checkJobId : importJobId;
  return jobFixture(
    { id, kind, state },
    {
      progress: { filesDone: 0, filesTotal: 0, bytesDone: 10, bytesTotal: 100, current: null },
      ...patch,
    },
  );
}

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

function later<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (release = resolve));
  return { promise, release };
}

const state = () => useBundleImport.getState();
const bundleFile = () => new File(['PK'], 'kiriman-dinas.linimasa');

/** An upload that ends when the test says, or rejects when the store aborts it (as XHR does). */
function pendingUpload() {
  const reply = later<{ ok: true; uploadId: string }>();
  host.uploadBundle.mockImplementationOnce(
    (_file: File, options: { signal: AbortSignal }) =>
      new Promise((resolve, reject) => {
        options.signal.addEventListener('abort', () => reject(options.signal.reason));
        void reply.promise.then(resolve);
      }),
  );
  return reply;
}

async function toReview(): Promise<void> {
  host.uploadBundle.mockResolvedValueOnce({ ok: true, uploadId });
  host.api.jobs.get.mockResolvedValueOnce(ok(job('bundle-check', 'done', { bundlePlan: plan })));
  await state().chooseFile(bundleFile());
  await vi.advanceTimersByTimeAsync(0);
  expect(state().stage).toBe('review');
}

describe('bundle import store', () => {
  beforeEach(async () => {
    vi.useFakeTimers();
    vi.resetAllMocks();
    host.api.jobs.list.mockResolvedValue(ok([]));
    host.api.jobs.cancel.mockResolvedValue(ok({}));
    host.api.bundles.inspect.mockResolvedValue(ok({ jobId: checkJobId }));
    host.api.bundles.import.mockResolvedValue(ok({ jobId: importJobId }));
    host.api.bundles.discard.mockResolvedValue(ok({}));
    for (const list of [host.api.people, host.api.channels, host.api.campaigns])
      list.list.mockResolvedValue(ok([]));
    // Whatever the last test left on screen is let go of (an import runs to its end first).
    useBundleImport.setState({ stage: 'idle' });
    await state().reset();
  });

  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('uploads, follows the dry run about twice a second and shows the review', async () => {
    host.uploadBundle.mockResolvedValueOnce({ ok: true, uploadId });
    host.api.jobs.get
      .mockResolvedValueOnce(ok(job('bundle-check', 'running')))
      .mockResolvedValueOnce(ok(job('bundle-check', 'done', { bundlePlan: plan })));
    await state().chooseFile(bundleFile());
    expect(host.api.bundles.inspect).toHaveBeenCalledWith({ source: { uploadId } });
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toMatchObject({
      stage: 'checking',
      jobId: checkJobId,
      progress: { done: 10, total: 100, unit: 'bytes' },
    });
    await vi.advanceTimersByTimeAsync(400);
    expect(state()).toMatchObject({ stage: 'review', plan, jobId: null });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(host.api.jobs.get).toHaveBeenCalledTimes(2);
  });

  it('cancels a running dry run: the job is cancelled, the upload removed, the card says so', async () => {
    host.uploadBundle.mockResolvedValueOnce({ ok: true, uploadId });
    host.api.jobs.get.mockResolvedValueOnce(ok(job('bundle-check', 'running')));
    await state().chooseFile(bundleFile());
    await vi.advanceTimersByTimeAsync(0);
    host.api.jobs.get.mockResolvedValueOnce(ok(job('bundle-check', 'cancelled')));
    await state().cancel();
    expect(host.api.jobs.cancel).toHaveBeenCalledWith({ id: checkJobId });
    await vi.advanceTimersByTimeAsync(400);
    expect(state()).toMatchObject({
      stage: 'idle',
      note: 'Dibatalkan. Tidak ada yang berubah di komputer ini.',
    });
    expect(host.api.bundles.discard).toHaveBeenCalledWith({ uploadId });
  });

  it('cancels an upload on its way and throws away an id that still arrives', async () => {
    const upload = pendingUpload();
    const choosing = state().chooseFile(bundleFile());
    expect(state().stage).toBe('uploading');
    await state().cancel();
    await choosing;
    upload.release({ ok: true, uploadId });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state()).toMatchObject({
      stage: 'idle',
      note: 'Dibatalkan. Tidak ada yang berubah di komputer ini.',
    });
    expect(host.api.bundles.inspect).not.toHaveBeenCalled();
  });

  it('ignores a dry run reply that arrives after "Batal"', async () => {
    host.uploadBundle.mockResolvedValueOnce({ ok: true, uploadId });
    const reply = later<ApiResult<Job>>();
    host.api.jobs.get.mockReturnValueOnce(reply.promise);
    await state().chooseFile(bundleFile());
    await state().reset();
    expect(host.api.jobs.cancel).toHaveBeenCalledWith({ id: checkJobId });
    reply.release(ok(job('bundle-check', 'done', { bundlePlan: plan })));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(state()).toMatchObject({ stage: 'idle', plan: null });
    expect(host.api.jobs.get).toHaveBeenCalledTimes(1);
  });

  it('ignores the first bundle’s dry run once another bundle was chosen', async () => {
    host.uploadBundle.mockResolvedValueOnce({ ok: true, uploadId });
    const first = later<ApiResult<Job>>();
    host.api.jobs.get.mockReturnValueOnce(first.promise);
    await state().chooseFile(bundleFile());
    const secondUpload = uuid(4);
    host.uploadBundle.mockResolvedValueOnce({ ok: true, uploadId: secondUpload });
    host.api.jobs.get.mockResolvedValue(ok(job('bundle-check', 'running', { id: uuid(5) })));
    host.api.bundles.inspect.mockResolvedValueOnce(ok({ jobId: uuid(5) }));
    await state().chooseFile(new File(['PK'], 'kiriman-kedua.linimasa'));
    first.release(ok(job('bundle-check', 'failed', { error: 'Paket rusak.' })));
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toMatchObject({
      stage: 'checking',
      fileName: 'kiriman-kedua.linimasa',
      failure: null,
    });
  });

  it('shows a failed dry run with the host’s reason and removes the upload', async () => {
    host.uploadBundle.mockResolvedValueOnce({ ok: true, uploadId });
    host.api.jobs.get.mockResolvedValueOnce(
      ok(job('bundle-check', 'failed', { error: 'Berkas ini bukan paket Linimasa.' })),
    );
    await state().chooseFile(bundleFile());
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toMatchObject({
      stage: 'failed',
      failure: { step: 'check', message: 'Berkas ini bukan paket Linimasa.', nothingChanged: true },
    });
    expect(host.api.bundles.discard).toHaveBeenCalledWith({ uploadId });
  });

  it('imports after the review, shows the summary and reads the office’s lists again', async () => {
    await toReview();
    host.api.jobs.get
      .mockResolvedValueOnce(
        ok(
          job('bundle-import', 'running', {
            progress: { filesDone: 1, filesTotal: 2, bytesDone: 0, bytesTotal: 0, current: null },
          }),
        ),
      )
      .mockResolvedValueOnce(ok(job('bundle-import', 'done', { bundleSummary: summary })));
    await state().startImport(null);
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toMatchObject({
      stage: 'importing',
      progress: { done: 1, total: 2, unit: 'posts' },
    });
    await vi.advanceTimersByTimeAsync(400);
    expect(state()).toMatchObject({ stage: 'done', summary });
    expect(host.api.people.list).toHaveBeenCalled();
    expect(usePeople.getState().status).toBe('ready');
  });

  it('goes back to the review, choices kept, when an import is cancelled', async () => {
    await toReview();
    host.api.jobs.get.mockResolvedValueOnce(ok(job('bundle-import', 'running')));
    await state().startImport(null);
    await vi.advanceTimersByTimeAsync(0);
    host.api.jobs.get.mockResolvedValueOnce(ok(job('bundle-import', 'cancelled')));
    await state().cancel();
    expect(host.api.jobs.cancel).toHaveBeenCalledWith({ id: importJobId });
    await vi.advanceTimersByTimeAsync(400);
    expect(state()).toMatchObject({
      stage: 'review',
      plan,
      note: 'Impor dibatalkan. Tidak ada yang berubah; pilihan Anda tetap ada.',
    });
  });

  it('shows a failed import, and a lost answer as "may have changed"', async () => {
    await toReview();
    host.api.jobs.get.mockResolvedValueOnce(
      ok(job('bundle-import', 'failed', { error: 'Ruang penyimpanan tidak cukup.' })),
    );
    await state().startImport(null);
    await vi.advanceTimersByTimeAsync(0);
    expect(state().failure).toEqual({
      step: 'import',
      message: 'Ruang penyimpanan tidak cukup.',
      nothingChanged: true,
    });

    host.api.jobs.get
      .mockResolvedValueOnce(ok(job('bundle-check', 'done', { bundlePlan: plan })))
      .mockResolvedValueOnce({
        ok: false,
        error: { code: 'network', message: 'Aplikasi tidak dapat dihubungi.' },
      });
    await state().checkAgain();
    await vi.advanceTimersByTimeAsync(0);
    await state().startImport(null);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(state().failure).toEqual({
      step: 'import',
      message: 'Aplikasi tidak dapat dihubungi.',
      nothingChanged: false,
    });
  });

  it('follows an import a reloaded page left running to its summary', async () => {
    host.api.jobs.list.mockResolvedValue(ok([job('bundle-import', 'running')]));
    host.api.jobs.get
      .mockResolvedValueOnce(ok(job('bundle-import', 'running')))
      .mockResolvedValueOnce(ok(job('bundle-import', 'done', { bundleSummary: summary })));
    state().init();
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toMatchObject({ stage: 'importing', jobId: importJobId });
    await vi.advanceTimersByTimeAsync(400);
    expect(state()).toMatchObject({ stage: 'done', summary });
  });

  it('says so, and keeps the review, when a stray file is dropped', async () => {
    await toReview();
    await state().chooseFile(new File(['x'], 'foto.jpg'));
    expect(state().stage).toBe('review');
    expect(state().note).toContain('foto.jpg');
  });
});
