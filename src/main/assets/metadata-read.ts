import { imageMetadata } from './image-metadata';
import { mediaMetadata } from './media-metadata';
import { emptyMetadata as empty, type FileMetadata } from './file-metadata';
import { pdfPageCount } from './pdf-metadata';
import type { Sniffed } from './sniff';

/**
 * Runs inside the media worker (media-worker.ts): reads the metadata each kind has. Throws
 * ImportFailure only for a broken image.
 */
export async function readMetadataHere(
  path: string,
  sniffed: Pick<Sniffed, 'kind' | 'ext'>,
  size: number,
): Promise<FileMetadata> {
  switch (sniffed.kind) {
    case 'image':
      return { ...empty, ...(await imageMetadata(path, sniffed.ext)) };
    case 'video':
    case 'audio':
      return { ...empty, ...(await mediaMetadata(path, size)) };
    case 'document':
      return sniffed.ext === 'pdf'
        ? { ...empty, pageCount: await pdfPageCount(path, size) }
        : empty;
    default:
      return empty;
  }
}
