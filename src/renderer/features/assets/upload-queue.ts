import type { ImportResult } from '../../../shared/domain/assets';
import { runUploadQueue, type QueueFile, type QueueProgress, type UploadOne } from './import-queue';

/**
 * The one upload queue of the app, used by the asset library's drop zone and by the editor's
 * "Aset" section: files are added (a second drop joins the running batch), uploaded a few at a
 * time by runUploadQueue, and the batch ends once, with 'done' or 'cancelled'.
 */

export interface UploadQueueOptions<F extends QueueFile> {
  upload: UploadOne<F>;
  /** Files at a time; the editor sends one at a time so attachments keep the drop order. */
  concurrency?: number;
  /** A new batch begins (the queue was idle). */
  onStart?(): void;
  /** Counts over the whole batch, files added later included. */
  onProgress(progress: QueueProgress): void;
  onResult(result: ImportResult): void;
  /** The batch ended; not called again until the next add after it. */
  onFinish(outcome: 'done' | 'cancelled'): void | Promise<void>;
}

export interface UploadQueue<F extends QueueFile> {
  add(files: readonly F[]): void;
  /** Stops the batch: uploads on their way are aborted, files not yet sent are dropped. */
  cancel(): void;
  /** True from the first add until the batch ended. */
  readonly active: boolean;
}

const none: QueueProgress = {
  filesDone: 0,
  filesTotal: 0,
  bytesDone: 0,
  bytesTotal: 0,
  current: [],
};

const plus = (a: QueueProgress, b: QueueProgress): QueueProgress => ({
  filesDone: a.filesDone + b.filesDone,
  filesTotal: a.filesTotal + b.filesTotal,
  bytesDone: a.bytesDone + b.bytesDone,
  bytesTotal: a.bytesTotal + b.bytesTotal,
  current: b.current,
});

export function createUploadQueue<F extends QueueFile>(
  options: UploadQueueOptions<F>,
): UploadQueue<F> {
  let controller: AbortController | null = null;
  /** The list the running pass takes files from; add() appends to it. */
  let pending: F[] = [];

  async function drain(signal: AbortSignal): Promise<void> {
    let before = none;
    let outcome: 'done' | 'cancelled';
    for (;;) {
      const files = pending;
      let last = none;
      outcome = await runUploadQueue({
        files,
        upload: options.upload,
        signal,
        concurrency: options.concurrency,
        onProgress: (progress) => {
          last = progress;
          options.onProgress(plus(before, progress));
        },
        onResult: options.onResult,
      });
      before = plus(before, { ...last, current: [] });
      // Files added after the last worker had stopped looking: one more pass for them only.
      pending = files.slice(last.filesTotal);
      if (outcome === 'cancelled' || pending.length === 0) break;
    }
    pending = [];
    controller = null;
    await options.onFinish(outcome);
  }

  return {
    add(files) {
      pending.push(...files);
      if (controller) return;
      controller = new AbortController();
      options.onStart?.();
      void drain(controller.signal);
    },
    cancel() {
      controller?.abort();
    },
    get active() {
      return controller !== null;
    },
  };
}
