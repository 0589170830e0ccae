import { emptyJobSummary, type Job } from '../../../src/shared/domain/jobs';

/**
 * A background job as the main process reports it, for the renderer's store tests: running
 * jobs have no finishing time, every count starts at zero, and `patch` sets what a test is about.
 */
export function jobFixture(
  base: Pick<Job, 'id' | 'kind' | 'state'>,
  patch: Partial<Job> = {},
): Job {
  return {
    ...base,
    startedAt: '2026-12-02T01:00:00.000Z',
    finishedAt: base.state === 'running' ? null : '2026-12-02T01:00:05.000Z',
    progress: { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: null },
    summary: emptyJobSummary(),
    results: [],
    resultsCount: 0,
    problems: [],
    error: null,
    exportId: null,
    bundlePlan: null,
    bundleSummary: null,
    ...patch,
  };
}
