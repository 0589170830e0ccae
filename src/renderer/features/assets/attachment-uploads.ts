import { api } from '../../api';
import { createFileImporter } from '../../api/import-one';
import { createUploader } from '../../api/upload';
import { wordReason } from '../../api/error-words';
import { i18n } from '../../i18n';
import { createUploadQueue } from './upload-queue';

/**
 * Files dropped on a post's "Aset" section go into the library through the library's own upload
 * queue, one at a time so the post keeps the order they were dropped in, and are attached as each
 * arrives. In the desktop app a file on disk is imported by its path (main reads it); a browser,
 * or a file that is not on disk, uploads it.
 */

const importOne = createFileImporter({
  upload: createUploader({
    messages: () => ({
      network: i18n.t('attachments.drop.network'),
      refused: (status) => i18n.t('attachments.drop.refused', { status }),
      badResponse: i18n.t('errors.badResponse'),
    }),
  }),
  api: {
    importStart: (request) => api.assets.importStart(request),
    jobGet: (request) => api.jobs.get(request),
    jobCancel: (request) => api.jobs.cancel(request),
  },
});

export interface AttachmentUploadProgress {
  name: string;
  /** Files finished before this one. */
  done: number;
  total: number;
}

export interface AttachmentUploadEvents {
  /** A new batch begins: the last one's problems are old news. */
  onBegin(): void;
  /** A file is in the library (new, or a copy it had already): attach it. */
  onAsset(assetId: string): void;
  onProgress(progress: AttachmentUploadProgress | null): void;
  /** The batch is over: what went wrong (in words), and how many were attached. */
  onFinish(problems: string[], attached: number): void;
}

export interface AttachmentUploads {
  add(files: readonly File[]): void;
  /** The editor closed: stop, and tell no one. */
  cancel(): void;
}

export function createAttachmentUploads(events: AttachmentUploadEvents): AttachmentUploads {
  let problems: string[] = [];
  let attached = 0;
  let name = '';
  const queue = createUploadQueue<File>({
    upload: importOne,
    concurrency: 1,
    onStart: () => {
      problems = [];
      attached = 0;
      events.onBegin();
    },
    onProgress: (progress) => {
      name = progress.current[0] ?? name;
      if (progress.filesDone < progress.filesTotal) {
        events.onProgress({ name, done: progress.filesDone, total: progress.filesTotal });
      }
    },
    onResult: (result) => {
      if (result.status === 'failed' || result.assetId === null) {
        problems.push(
          i18n.t('attachments.drop.failed', {
            name: result.name,
            reason: result.reason ? wordReason(result, i18n) : '',
          }),
        );
        return;
      }
      events.onAsset(result.assetId);
      attached += 1;
      if (result.status === 'duplicate') {
        problems.push(i18n.t('attachments.drop.duplicate', { name: result.name }));
      }
    },
    onFinish: (outcome) => {
      if (outcome === 'cancelled') return;
      events.onProgress(null);
      events.onFinish(problems, attached);
    },
  });
  return { add: (files) => queue.add(files), cancel: () => queue.cancel() };
}
