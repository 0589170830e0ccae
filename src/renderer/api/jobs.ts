import type { ApiError, ApiResult } from '../../shared/api/errors';
import type { Job } from '../../shared/domain/jobs';

/** How often a running job is asked for its progress (the contract asks for about twice a second). */
export const jobPollMs = 400;

export interface JobWatchOptions {
  /** Reads the job once; the app passes `api.jobs.get`, tests a fake. */
  get: (request: { id: string; resultsFrom?: number }) => Promise<ApiResult<Job>>;
  /** Called with every reply, the last one included (its state is no longer `running`). */
  onUpdate: (job: Job) => void | Promise<void>;
  /** A reply failed: watching stops and the error is handed over. */
  onError: (error: ApiError) => void;
  /** For imports: ask only for the per-file results not seen yet. */
  resultsFrom?: () => number;
  intervalMs?: number;
}

export interface JobWatch {
  /** Stops watching; a reply still on its way is ignored. Safe to call twice. */
  stop: () => void;
  readonly stopped: boolean;
}

/**
 * The renderer's one job watcher: asks for the job, hands each reply over, waits, asks again
 * while it runs. Written here rather than with a query library because a job is one id polled
 * until it ends, with no cache to share between screens.
 */
export function watchJob(id: string, options: JobWatchOptions): JobWatch {
  const intervalMs = options.intervalMs ?? jobPollMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function ask(): Promise<void> {
    timer = undefined;
    if (stopped) return;
    const request =
      options.resultsFrom === undefined ? { id } : { id, resultsFrom: options.resultsFrom() };
    const result = await options.get(request);
    if (stopped) return;
    if (!result.ok) {
      stopped = true;
      options.onError(result.error);
      return;
    }
    const running = result.value.state === 'running';
    if (!running) stopped = true;
    await options.onUpdate(result.value);
    if (running && !stopped) timer = setTimeout(() => void ask(), intervalMs);
  }

  void ask();
  return {
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get stopped() {
      return stopped;
    },
  };
}
