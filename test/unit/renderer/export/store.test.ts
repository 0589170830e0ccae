import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { ExportRecord } from '../../../../src/shared/domain/exports';
import type { Job } from '../../../../src/shared/domain/jobs';
import { jobFixture } from '../job-fixture';

/**
 * The export screen's store against a scripted host: the renderer's `api` object (which needs a
 * page to exist) and the file delivery (which clicks a link or opens the save dialog) are the
 * only stand-ins; the store, the job watcher and the timers are the real ones (fake clock).
 */
const host = vi.hoisted(() => ({
  api: {
    jobs: {
      get: vi.fn(),
      list: vi.fn(),
      cancel: vi.fn(),
    },
    exports: {
      start: vi.fn(),
      history: vi.fn(),
      presets: vi.fn(),
      preview: vi.fn(),
      delete: vi.fn(),
    },
  },
  deliverExport: vi.fn(),
}));

vi.mock('../../../../src/renderer/api', () => ({ api: host.api }));
vi.mock('../../../../src/renderer/api/deliver-export', () => ({
  deliverExport: host.deliverExport,
  exportUrl: (id: string) => `/exports/${id}`,
  canSaveWithDialog: () => false,
}));

const { useExports } = await import('../../../../src/renderer/features/export/store');

const jobId = '00000000-0000-4000-8000-000000000001';
const exportId = '00000000-0000-4000-8000-000000000002';
const filter = {
  from: '2026-12-01',
  to: '2026-12-31',
  statuses: ['approved' as const],
  channelIds: [],
  campaignIds: [],
};

function job(state: Job['state'], patch: Partial<Job> = {}): Job {
  return jobFixture(
    { id: jobId, kind: 'export', state },
    {
      progress: { filesDone: 1, filesTotal: 4, bytesDone: 0, bytesTotal: 0, current: null },
      ...patch,
    },
  );
}

const record = { id: exportId, fileName: 'jadwal-desember-2026.csv' } as ExportRecord;
const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });

/** A reply the test hands over when it chooses. */
function later<T>() {
  let release!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (release = resolve));
  return { promise, release };
}

const run = () => useExports.getState().run;
const start = () =>
  useExports.getState().start({ filter, format: 'csv', preset: 'standard', actorId: null });

describe('export store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetAllMocks();
    useExports.setState({
      form: null,
      run: null,
      presets: [],
      history: { status: 'idle', records: [], error: null },
    });
    host.api.exports.start.mockResolvedValue(ok({ jobId }));
    host.api.exports.history.mockResolvedValue(ok([record]));
    host.api.exports.presets.mockResolvedValue(ok([]));
    host.api.jobs.list.mockResolvedValue(ok([]));
    host.api.jobs.cancel.mockResolvedValue(ok({}));
    host.deliverExport.mockResolvedValue({ outcome: 'downloaded' });
  });

  afterEach(() => {
    useExports.getState().dismissRun();
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('follows a running export about twice a second and delivers the file when it is done', async () => {
    host.api.jobs.get
      .mockResolvedValueOnce(ok(job('running')))
      .mockResolvedValueOnce(
        ok(job('running', { progress: { ...job('running').progress, filesDone: 3 } })),
      )
      .mockResolvedValueOnce(ok(job('done', { exportId })));
    await start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run()).toMatchObject({ jobId, state: 'running', done: 1, total: 4 });
    await vi.advanceTimersByTimeAsync(400);
    expect(run()).toMatchObject({ state: 'running', done: 3 });
    await vi.advanceTimersByTimeAsync(400);
    expect(run()).toMatchObject({
      state: 'done',
      exportId,
      fileName: 'jadwal-desember-2026.csv',
      delivery: { outcome: 'downloaded' },
    });
    expect(host.deliverExport).toHaveBeenCalledWith(exportId, 'jadwal-desember-2026.csv');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(host.api.jobs.get).toHaveBeenCalledTimes(3);
  });

  it('cancels a running export and shows it stopped, without a download', async () => {
    host.api.jobs.get.mockResolvedValueOnce(ok(job('running')));
    await start();
    await vi.advanceTimersByTimeAsync(0);
    host.api.jobs.get.mockResolvedValueOnce(ok(job('cancelled')));
    await useExports.getState().cancel();
    expect(host.api.jobs.cancel).toHaveBeenCalledWith({ id: jobId });
    await vi.advanceTimersByTimeAsync(400);
    expect(run()).toMatchObject({ state: 'cancelled', error: null });
    expect(host.deliverExport).not.toHaveBeenCalled();
  });

  it('shows a refused cancel at once and keeps following the job', async () => {
    host.api.jobs.get.mockResolvedValue(ok(job('running')));
    host.api.jobs.cancel.mockResolvedValue({
      ok: false,
      error: { code: 'conflict', message: 'Ekspor sudah selesai.' },
    });
    await start();
    await vi.advanceTimersByTimeAsync(0);
    await useExports.getState().cancel();
    expect(run()).toMatchObject({ state: 'running', error: 'Ekspor sudah selesai.' });
    await vi.advanceTimersByTimeAsync(400);
    expect(host.api.jobs.get).toHaveBeenCalledTimes(2);
  });

  it('ignores a reply that arrives after the run was closed', async () => {
    const reply = later<ApiResult<Job>>();
    host.api.jobs.get.mockReturnValueOnce(reply.promise);
    await start();
    useExports.getState().dismissRun();
    reply.release(ok(job('done', { exportId })));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run()).toBeNull();
    expect(host.deliverExport).not.toHaveBeenCalled();
    expect(host.api.jobs.get).toHaveBeenCalledTimes(1);
  });

  it('does not download an export whose run was closed while its history was read', async () => {
    host.api.jobs.get.mockResolvedValueOnce(ok(job('done', { exportId })));
    const history = later<ApiResult<ExportRecord[]>>();
    host.api.exports.history.mockReturnValueOnce(history.promise);
    await start();
    await vi.advanceTimersByTimeAsync(0);
    useExports.getState().dismissRun();
    history.release(ok([record]));
    await vi.advanceTimersByTimeAsync(0);
    expect(run()).toBeNull();
    expect(host.deliverExport).not.toHaveBeenCalled();
  });

  it('ignores the old job once a new export has started', async () => {
    const oldReply = later<ApiResult<Job>>();
    host.api.jobs.get.mockReturnValueOnce(oldReply.promise);
    await start();
    useExports.getState().dismissRun();
    const newJobId = '00000000-0000-4000-8000-000000000003';
    host.api.exports.start.mockResolvedValueOnce(ok({ jobId: newJobId }));
    host.api.jobs.get.mockResolvedValue(ok(job('running', { id: newJobId })));
    await start();
    oldReply.release(ok(job('failed', { error: 'Disk penuh.' })));
    await vi.advanceTimersByTimeAsync(0);
    expect(run()).toMatchObject({ jobId: newJobId, state: 'running', error: null });
  });

  it('shows a failed export with the host’s reason', async () => {
    host.api.jobs.get.mockResolvedValueOnce(
      ok(job('failed', { error: 'Ruang penyimpanan tidak cukup.' })),
    );
    await start();
    await vi.advanceTimersByTimeAsync(0);
    expect(run()).toMatchObject({ state: 'failed', error: 'Ruang penyimpanan tidak cukup.' });
    expect(host.deliverExport).not.toHaveBeenCalled();
  });

  it('shows a lost reply as a failure and stops asking', async () => {
    host.api.jobs.get.mockResolvedValue({
      ok: false,
      error: { code: 'network', message: 'Aplikasi tidak dapat dihubungi.' },
    });
    await start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run()).toMatchObject({ state: 'failed', error: 'Aplikasi tidak dapat dihubungi.' });
    expect(host.api.jobs.get).toHaveBeenCalledTimes(1);
  });

  it('shows a refused start without asking for a job', async () => {
    host.api.exports.start.mockResolvedValue({
      ok: false,
      error: { code: 'invalid_request', message: 'Rentang tanggal terlalu panjang.' },
    });
    await start();
    expect(run()).toMatchObject({ state: 'failed', error: 'Rentang tanggal terlalu panjang.' });
    expect(host.api.jobs.get).not.toHaveBeenCalled();
  });

  it('finds the export a reloaded page left running and still delivers it', async () => {
    host.api.jobs.list.mockResolvedValue(ok([job('running')]));
    host.api.jobs.get
      .mockResolvedValueOnce(ok(job('running')))
      .mockResolvedValueOnce(ok(job('done', { exportId })));
    useExports.getState().init('2026-12-02');
    await vi.advanceTimersByTimeAsync(0);
    expect(run()).toMatchObject({ jobId, format: null, state: 'running' });
    await vi.advanceTimersByTimeAsync(400);
    expect(run()).toMatchObject({ state: 'done', delivery: { outcome: 'downloaded' } });
  });

  it('does not follow another kind of job after a reload', async () => {
    host.api.jobs.list.mockResolvedValue(ok([job('running', { kind: 'import' })]));
    useExports.getState().init('2026-12-02');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run()).toBeNull();
    expect(host.api.jobs.get).not.toHaveBeenCalled();
  });
});
