import type { ImportResult } from '../../../../shared/domain/assets';
import type { Job } from '../../../../shared/domain/jobs';
import { watchJob, type JobWatch } from '../../../api/jobs';
import type { ImportBatch, StoreContext } from './types';

/**
 * An import job in main (files by path: the desktop app's drop and open dialog, or the CLI),
 * followed with the one job watcher until it ends. A reply for a batch that was dismissed or
 * replaced is ignored, and a batch that has ended never goes back to running.
 */

export function createImportJob(
  { set, get, deps }: StoreContext,
  hooks: { newBatchId(): number; imported(): void; finished(): Promise<void> },
) {
  let watch: JobWatch | null = null;

  const isMine = (jobId: string) => get().importBatch?.jobId === jobId;

  function apply(job: Job, fresh: ImportResult[]): void {
    set((state) => {
      const batch = state.importBatch;
      if (!batch || batch.jobId !== job.id) return {};
      // An older reply (sent before a cancel's answer) must not bring a finished batch back.
      if (batch.state !== 'running' && job.state === 'running') return {};
      const next: ImportBatch = {
        ...batch,
        state: job.state,
        error: job.error,
        skipped: job.summary.skipped,
        results: fresh.length ? [...batch.results, ...fresh] : batch.results,
        progress: {
          filesDone: job.progress.filesDone,
          filesTotal: job.progress.filesTotal,
          bytesDone: job.progress.bytesDone,
          bytesTotal: job.progress.bytesTotal,
          current: job.progress.current ? [job.progress.current] : [],
        },
      };
      return { importBatch: next };
    });
  }

  function follow(jobId: string): void {
    watch?.stop();
    watch = watchJob(jobId, {
      get: (request) => deps.api.jobs.get(request),
      intervalMs: deps.jobPollMs,
      resultsFrom: () => get().importBatch?.results.length ?? 0,
      onUpdate: async (job) => {
        if (!isMine(jobId)) return;
        const batch = get().importBatch!;
        if (batch.state !== 'running' && job.state === 'running') return;
        apply(job, job.results);
        if (job.results.some((result) => result.status === 'imported')) hooks.imported();
        if (job.state !== 'running') await hooks.finished();
      },
      onError: (error) => {
        if (!isMine(jobId)) return;
        set((state) => ({
          importBatch: state.importBatch && {
            ...state.importBatch,
            state: 'failed',
            error: error.message,
          },
        }));
      },
    });
  }

  return {
    /** Shows the job's batch and follows it (a new import, or one found running after a reload). */
    start(jobId: string): void {
      set({
        importBatch: {
          id: hooks.newBatchId(),
          origin: 'job',
          jobId,
          state: 'running',
          progress: { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: [] },
          results: [],
          skipped: 0,
          error: null,
        },
      });
      follow(jobId);
    },

    /** Asks main to stop; the watcher reads the job until it says it has. */
    cancel(jobId: string): void {
      void deps.api.jobs.cancel({ id: jobId }).then((result) => {
        if (result.ok) apply(result.value, []);
      });
    },

    /** The batch is gone from the screen: replies still on their way are ignored. */
    stop(): void {
      watch?.stop();
      watch = null;
    },
  };
}
