import type { FileMetadata } from './metadata';
import type { ImportFailure, ImportReason } from './messages';
import type { Sniffed } from './sniff';
import type { StorePaths } from './store';
import type { ThumbnailOutcome } from './thumbnail-render';

/** What the main process asks of a media worker: one file's thumbnails or metadata. */
export type MediaJob =
  | {
      kind: 'thumbnails';
      paths: StorePaths;
      input: string | Uint8Array;
      sha256: string;
      /** The importing process: its pid names the temp files (see sweep.ts). */
      ownerPid: number;
    }
  | { kind: 'metadata'; path: string; sniffed: Pick<Sniffed, 'kind' | 'ext'>; size: number };

export type MediaJobValue<J extends MediaJob> = J extends { kind: 'thumbnails' }
  ? ThumbnailOutcome
  : FileMetadata;

export interface MediaRequest {
  id: number;
  job: MediaJob;
}

/**
 * The worker's answer. `failure` carries an ImportFailure's reason (a catalog key and values);
 * `code` an errno code (ENOENT…) that main's reasonFor words itself. `peakRssKb` is the
 * worker's peak resident memory so far, for the benchmark.
 */
export type MediaReply = { id: number; peakRssKb: number } & (
  | { ok: true; value: unknown }
  | {
      ok: false;
      failure?: ImportReason;
      failureKind?: ImportFailure['kind'];
      code?: string;
      message: string;
    }
);

/** The file a job reads (for logs and the test hook). */
export const jobFile = (job: MediaJob): string =>
  job.kind === 'metadata' ? job.path : typeof job.input === 'string' ? job.input : job.sha256;
