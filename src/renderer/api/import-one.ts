import type { ImportResult } from '../../shared/domain/assets';
import type { Job } from '../../shared/domain/jobs';
import type { ApiResult } from '../../shared/api/errors';
import { droppedPaths } from './dropped-paths';
import { watchJob } from './jobs';
import type { UploadFile } from './upload';

/** What importing one file by path needs of the API (injected, so tests drive it with fakes). */
export interface PathImportApi {
  importStart(request: { paths: string[] }): Promise<ApiResult<{ jobId: string }>>;
  jobGet(request: { id: string; resultsFrom?: number }): Promise<ApiResult<Job>>;
  jobCancel(request: { id: string }): Promise<ApiResult<Job>>;
}

export interface FileImporterOptions {
  upload: UploadFile;
  api: PathImportApi;
  /** Where a File lies on disk; see droppedPaths. */
  pathsOf?: (files: readonly File[]) => string[] | null;
  pollMs?: number;
  /** A failed result's reason when the job itself could not start or be followed. */
  failedReason?: (message: string) => string;
}

/**
 * One file dropped into the page, into the asset library: by path in the desktop app (an import
 * job in main reads it from disk; "Batal" cancels the job), uploaded in a browser or for a file
 * that is not on disk. Same contract as the uploader: a result for every outcome, and only an
 * abort rejects (with the signal's reason).
 */
export function createFileImporter(options: FileImporterOptions): UploadFile {
  const pathsOf = options.pathsOf ?? ((files: readonly File[]) => droppedPaths(files));
  const pollMs = options.pollMs ?? 250;
  return async (file, signal) => {
    const path = file instanceof File ? pathsOf([file])?.[0] : undefined;
    if (!path) return options.upload(file, signal);
    return importByPath(options.api, path, file.name, signal, pollMs, options.failedReason);
  };
}

async function importByPath(
  api: PathImportApi,
  path: string,
  name: string,
  signal: AbortSignal,
  pollMs: number,
  failedReason: (message: string) => string = (message) => message,
): Promise<ImportResult> {
  const failed = (message: string): ImportResult => ({
    source: name,
    name,
    status: 'failed',
    assetId: null,
    kind: null,
    reason: failedReason(message),
  });
  signal.throwIfAborted();
  const started = await api.importStart({ paths: [path] });
  if (!started.ok) return failed(started.error.message);
  const { jobId } = started.value;
  if (signal.aborted) {
    // Cancelled while main was starting it: the job must not go on by itself.
    void api.jobCancel({ id: jobId });
    throw signal.reason;
  }
  // Followed with the renderer's one job watcher; a cancel stops it and cancels the job in main.
  return new Promise<ImportResult>((resolve, reject) => {
    const onAbort = () => {
      watch.stop();
      void api.jobCancel({ id: jobId });
      reject(signal.reason);
    };
    const settle = (outcome: () => void) => {
      signal.removeEventListener('abort', onAbort);
      outcome();
    };
    const watch = watchJob(jobId, {
      get: (request) => api.jobGet(request),
      intervalMs: pollMs,
      resultsFrom: () => 0,
      onUpdate: (job) => {
        if (job.state === 'running') return;
        const result = job.results[0];
        if (result) return settle(() => resolve({ ...result, name }));
        if (job.state === 'cancelled') {
          return settle(() => reject(new DOMException('Dibatalkan.', 'AbortError')));
        }
        settle(() => resolve(failed(job.error ?? '')));
      },
      onError: (error) => settle(() => resolve(failed(error.message))),
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
