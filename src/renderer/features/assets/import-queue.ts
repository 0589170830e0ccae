import type { ImportResult } from '../../../shared/domain/assets';

/**
 * Uploads a batch a few files at a time. Sending a thousand files at once would open a thousand
 * requests, starve the page of connections (thumbnails stop loading) and make the main process
 * hash them all in parallel; three at a time keeps the disk busy and the window responsive.
 * Pure: the upload itself is passed in, so unit tests drive it with fakes.
 */

/** What the queue needs of a browser `File`. */
export interface QueueFile {
  name: string;
  size: number;
}

export interface QueueProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Names being sent right now. */
  current: string[];
}

export type UploadOne<F extends QueueFile> = (
  file: F,
  signal: AbortSignal,
) => Promise<ImportResult>;

export interface RunQueueOptions<F extends QueueFile> {
  /**
   * May grow while the queue runs (a second folder dropped during an import): the workers take
   * whatever is there when they are free.
   */
  files: F[];
  upload: UploadOne<F>;
  signal: AbortSignal;
  concurrency?: number;
  onProgress(progress: QueueProgress): void;
  onResult(result: ImportResult): void;
}

export const defaultConcurrency = 3;

/**
 * Resolves when every file has a result or the signal aborted. A file whose upload was aborted
 * gets no result (nothing of it was kept: main removes a half-received file); files that
 * finished before the cancel keep theirs.
 */
export async function runUploadQueue<F extends QueueFile>(
  options: RunQueueOptions<F>,
): Promise<'done' | 'cancelled'> {
  const { files, upload, signal, onProgress, onResult } = options;
  const concurrency = Math.max(1, options.concurrency ?? defaultConcurrency);
  const progress: QueueProgress = {
    filesDone: 0,
    filesTotal: 0,
    bytesDone: 0,
    bytesTotal: 0,
    current: [],
  };
  const report = () => {
    while (progress.filesTotal < files.length)
      progress.bytesTotal += files[progress.filesTotal++]!.size;
    onProgress({ ...progress, current: [...progress.current] });
  };
  let next = 0;

  async function worker(): Promise<void> {
    while (!signal.aborted && next < files.length) {
      const file = files[next++]!;
      progress.current.push(file.name);
      report();
      let result: ImportResult | null = null;
      try {
        result = await upload(file, signal);
      } catch (error) {
        if (!signal.aborted) result = failed(file.name, error);
      }
      progress.current.splice(progress.current.indexOf(file.name), 1);
      // A file the server finished in the same instant as the cancel is in the library: count it.
      if (result && (!signal.aborted || result.status !== 'failed')) {
        progress.filesDone += 1;
        progress.bytesDone += file.size;
        onResult(result);
      }
      report();
    }
  }

  report();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return signal.aborted ? 'cancelled' : 'done';
}

function failed(name: string, error: unknown): ImportResult {
  return {
    source: name,
    name,
    status: 'failed',
    assetId: null,
    kind: null,
    reason: error instanceof Error ? error.message : String(error),
  };
}
