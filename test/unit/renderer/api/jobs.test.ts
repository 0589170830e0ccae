import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../../src/shared/api/errors';
import type { Job } from '../../../../src/shared/domain/jobs';
import { jobFixture } from '../job-fixture';
import { watchJob } from '../../../../src/renderer/api/jobs';

function job(state: Job['state'], filesDone = 0): Job {
  return jobFixture(
    { id: 'job-1', kind: 'export', state },
    { progress: { filesDone, filesTotal: 3, bytesDone: 0, bytesTotal: 0, current: null } },
  );
}

const ok = (value: Job): ApiResult<Job> => ({ ok: true, value });

describe('watchJob', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks again every interval while the job runs and stops after the last reply', async () => {
    const replies = [job('running', 1), job('running', 2), job('done', 3)];
    const get = vi.fn(async () => ok(replies.shift()!));
    const seen: number[] = [];
    const watch = watchJob('job-1', {
      get,
      intervalMs: 400,
      onUpdate: (j) => void seen.push(j.progress.filesDone),
      onError: () => expect.fail('no error expected'),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([1]);
    await vi.advanceTimersByTimeAsync(399);
    expect(get).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(400);
    expect(seen).toEqual([1, 2, 3]);
    expect(watch.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(get).toHaveBeenCalledTimes(3);
  });

  it('ignores a reply that arrives after stop()', async () => {
    let release!: (value: ApiResult<Job>) => void;
    const get = vi.fn(() => new Promise<ApiResult<Job>>((resolve) => (release = resolve)));
    const onUpdate = vi.fn();
    const watch = watchJob('job-1', { get, onUpdate, onError: vi.fn() });
    watch.stop();
    release(ok(job('done')));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(onUpdate).not.toHaveBeenCalled();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('hands a failed reply to onError and stops', async () => {
    const get = vi.fn(async (): Promise<ApiResult<Job>> => ({
      ok: false,
      error: { code: 'not_found', message: 'x' },
    }));
    const onError = vi.fn();
    const watch = watchJob('job-1', { get, onUpdate: vi.fn(), onError });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onError).toHaveBeenCalledWith({ code: 'not_found', message: 'x' });
    expect(get).toHaveBeenCalledTimes(1);
    expect(watch.stopped).toBe(true);
  });

  it('asks only for results not seen yet', async () => {
    const replies = [job('running'), job('done')];
    const get = vi.fn(async (_request: { id: string; resultsFrom?: number }) =>
      ok(replies.shift()!),
    );
    let seen = 0;
    watchJob('job-1', {
      get,
      resultsFrom: () => seen,
      onUpdate: () => void (seen += 2),
      onError: vi.fn(),
    });
    await vi.advanceTimersByTimeAsync(400);
    expect(get.mock.calls.map(([request]) => request.resultsFrom)).toEqual([0, 2]);
  });
});
