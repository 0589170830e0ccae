import { emptyJobSummary, type Job } from '../../../../shared/domain/jobs';
import { watchJob, type JobWatch } from '../../../api/jobs';
import type { AssetsState, StoreContext } from './types';

/** "Periksa pustaka": a verify job in main, followed with the one job watcher until it ends. */

export function createVerifyJob({ set, get, deps, notify }: StoreContext) {
  let watch: JobWatch | null = null;

  function follow(jobId: string): void {
    watch?.stop();
    watch = watchJob(jobId, {
      get: (request) => deps.api.jobs.get(request),
      intervalMs: deps.jobPollMs,
      resultsFrom: () => 0,
      onUpdate: async ({ state, progress, summary, problems, error }) => {
        if (get().verify?.jobId !== jobId) return;
        set({ verify: { jobId, state, progress, summary, problems, error } });
        // Statuses changed (missing, corrupt): the tiles and the "Hilang" filter follow.
        if (state !== 'running') await get().refresh();
      },
      onError: (error) => {
        if (get().verify?.jobId !== jobId) return;
        set((state) => ({
          verify: state.verify && { ...state.verify, state: 'failed', error: error.message },
        }));
      },
    });
  }

  const slice: Pick<AssetsState, 'verify' | 'startVerify' | 'dismissVerify'> = {
    verify: null,

    async startVerify() {
      if (get().verify?.state === 'running') return;
      const result = await deps.api.assets.verify({});
      if (!result.ok) {
        notify('error', result.error.message);
        return;
      }
      const { jobId } = result.value;
      set({
        verify: {
          jobId,
          state: 'running',
          progress: { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: null },
          summary: emptyJobSummary(),
          problems: [],
          error: null,
        },
      });
      follow(jobId);
    },

    dismissVerify() {
      const run = get().verify;
      if (run?.state === 'running') void deps.api.jobs.cancel({ id: run.jobId });
      watch?.stop();
      watch = null;
      set({ verify: null });
    },
  };

  /** A verify found running after a reload (or started by the CLI): shown and followed. */
  function resume(job: Job): void {
    const { state, progress, summary, problems, error } = job;
    set({ verify: { jobId: job.id, state, progress, summary, problems, error } });
    follow(job.id);
  }

  return { slice, resume };
}
