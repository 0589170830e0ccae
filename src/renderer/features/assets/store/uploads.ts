import { createUploadQueue } from '../upload-queue';
import type { ImportBatch, StoreContext } from './types';

/**
 * Files without a path on disk (a browser, or a file made in memory) uploaded into the library
 * as one batch; files dropped during the batch join it.
 */

export function createUploads(
  { set, get, deps }: StoreContext,
  hooks: { newBatchId(): number; imported(): void; finished(): Promise<void> },
) {
  const patchBatch = (patch: (batch: ImportBatch) => Partial<ImportBatch>) =>
    set((state) =>
      state.importBatch?.origin === 'upload'
        ? { importBatch: { ...state.importBatch, ...patch(state.importBatch) } }
        : {},
    );

  const queue = createUploadQueue<File>({
    upload: deps.upload,
    onProgress: (progress) => patchBatch(() => ({ progress })),
    onResult: (result) => {
      patchBatch((batch) => ({ results: [...batch.results, result] }));
      if (result.status === 'imported') hooks.imported();
    },
    onFinish: async (outcome) => {
      patchBatch((batch) => ({ state: outcome, progress: { ...batch.progress, current: [] } }));
      await hooks.finished();
    },
  });

  return {
    /** True while an upload batch runs and can take more files. */
    get active() {
      return queue.active && get().importBatch?.origin === 'upload';
    },

    start(files: File[], skipped: number): void {
      set({
        importBatch: {
          id: hooks.newBatchId(),
          origin: 'upload',
          jobId: null,
          state: 'running',
          progress: {
            filesDone: 0,
            filesTotal: files.length,
            bytesDone: 0,
            bytesTotal: files.reduce((sum, file) => sum + file.size, 0),
            current: [],
          },
          results: [],
          skipped,
          error: null,
        },
      });
      queue.add(files);
    },

    /** Dropped during an upload batch: the same batch takes them. */
    add(files: File[], skipped: number): void {
      patchBatch((batch) => ({ skipped: batch.skipped + skipped }));
      queue.add(files);
    },

    cancel(): void {
      queue.cancel();
    },
  };
}
