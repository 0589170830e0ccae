import { randomUUID } from 'node:crypto';
import type { ImportResult, JobProgress } from '../../shared/domain/assets';
import { emptyJobSummary, type Job } from '../../shared/domain/jobs';
import type { ImportPlan, ImportSummary } from '../../shared/domain/bundle';
import { AppError, notFound } from '../../shared/api/errors';
import { nowIso } from '../db/clock';
import type { VerifyProblem } from './verify';

type Kind = Job['kind'];
type Counts = Job['summary'];

/** What a running job may do to its own record. */
export interface JobControl {
  signal: AbortSignal;
  progress(progress: JobProgress): void;
  result(result: ImportResult): void;
  problem(problem: VerifyProblem): void;
  count(key: keyof Counts, by?: number): void;
  /** An export job names the history record of the file it wrote. */
  exported(exportId: string): void;
  /** What a bundle job found (dry run) or did (import). */
  bundle(outcome: { plan: ImportPlan } | { summary: ImportSummary }): void;
}

interface Entry {
  job: Omit<Job, 'results' | 'resultsCount' | 'problems'>;
  results: ImportResult[];
  problems: VerifyProblem[];
  controller: AbortController;
  done: Promise<void>;
}

/** Finished jobs kept for polling and jobs.list; the oldest go first. */
const keepFinished = 20;

/**
 * Long work (imports, verification) runs in the background of the main process; the UI
 * starts it, gets an id and polls `jobs.get`. Jobs live in memory only: after a restart the
 * start-up sweep has already cleaned up whatever a killed job left.
 */
export interface JobsOptions {
  /** Told when a job stops (done, cancelled, failed): the live stream announces it. */
  onFinished?: (job: Job) => void;
}

export function createJobs(options: JobsOptions = {}) {
  const entries = new Map<string, Entry>();

  function prune(): void {
    const finished = [...entries.values()].filter((e) => e.job.state !== 'running');
    for (const entry of finished.slice(0, Math.max(0, finished.length - keepFinished))) {
      entries.delete(entry.job.id);
    }
  }

  function entry(id: string): Entry {
    const found = entries.get(id);
    if (!found) throw notFound('job', id);
    return found;
  }

  function view(e: Entry, resultsFrom: number): Job {
    return {
      ...e.job,
      progress: { ...e.job.progress },
      summary: { ...e.job.summary },
      results: e.results.slice(resultsFrom),
      resultsCount: e.results.length,
      problems: [...e.problems],
    };
  }

  return {
    /** Starts `run` now and returns the job's id at once. */
    start(kind: Kind, run: (control: JobControl) => Promise<void>): string {
      prune();
      const id = randomUUID();
      const controller = new AbortController();
      const e: Entry = {
        job: {
          id,
          kind,
          state: 'running',
          startedAt: nowIso(),
          finishedAt: null,
          progress: { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0, current: null },
          summary: emptyJobSummary(),
          error: null,
          exportId: null,
          bundlePlan: null,
          bundleSummary: null,
        },
        results: [],
        problems: [],
        controller,
        done: Promise.resolve(),
      };
      const control: JobControl = {
        signal: controller.signal,
        progress: (progress) => void (e.job.progress = progress),
        result: (result) => void e.results.push(result),
        problem: (problem) => void e.problems.push(problem),
        count: (key, by = 1) => void (e.job.summary[key] += by),
        exported: (exportId) => void (e.job.exportId = exportId),
        bundle: (outcome) => {
          if ('plan' in outcome) e.job.bundlePlan = outcome.plan;
          else e.job.bundleSummary = outcome.summary;
        },
      };
      entries.set(id, e);
      const finish = (state: Job['state'], error: string | null) => {
        e.job.state = state;
        e.job.error = error;
        e.job.finishedAt = nowIso();
        e.job.progress = { ...e.job.progress, current: null };
        try {
          options.onFinished?.(view(e, e.results.length));
        } catch (error) {
          console.error('[jobs] announcing the end failed', error);
        }
      };
      e.done = run(control).then(
        () => finish(controller.signal.aborted ? 'cancelled' : 'done', null),
        (error: unknown) => {
          if (controller.signal.aborted) return finish('cancelled', null);
          // A refusal the user can act on (a damaged bundle, unresolved conflicts) is the
          // job's answer, not a fault of the app: only unexpected errors go to the log.
          if (!(error instanceof AppError)) console.error(`[jobs] ${kind} ${id}`, error);
          finish('failed', error instanceof Error ? error.message : String(error));
        },
      );
      return id;
    },
    get: (id: string, resultsFrom = 0): Job => view(entry(id), resultsFrom),
    /** Newest first, without per-file results (poll jobs.get for those). */
    list: (): Job[] =>
      [...entries.values()].reverse().map((e) => ({ ...view(e, e.results.length), problems: [] })),
    cancel(id: string): Job {
      const e = entry(id);
      if (e.job.state === 'running') e.controller.abort();
      return view(e, e.results.length);
    },
    /** Resolves when the job has stopped (tests, the CLI, closing the app). */
    settled: (id: string): Promise<void> => entry(id).done.then(() => undefined),
    cancelAll(): void {
      for (const e of entries.values()) if (e.job.state === 'running') e.controller.abort();
    },
    running: (): Promise<void>[] =>
      [...entries.values()].filter((e) => e.job.state === 'running').map((e) => e.done),
  };
}
export type Jobs = ReturnType<typeof createJobs>;
