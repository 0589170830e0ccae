import { mediaPool } from './media-pool';
import type { FileMetadata } from './file-metadata';
import type { Sniffed } from './sniff';

export { emptyMetadata, type FileMetadata } from './file-metadata';

/**
 * Reads the metadata each kind has (metadata-read.ts) in a media worker process, so that
 * parsing a PDF or a video's headers neither stalls nor endangers the main process. Throws
 * ImportFailure only for a broken image, or for a file that crashed the worker.
 */
export async function readMetadata(
  path: string,
  sniffed: Sniffed,
  size: number,
): Promise<FileMetadata> {
  return mediaPool().run({
    kind: 'metadata',
    path,
    sniffed: { kind: sniffed.kind, ext: sniffed.ext },
    size,
  });
}
