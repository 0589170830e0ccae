import { imageMetadata } from './image-metadata';
import { mediaMetadata } from './media-metadata';
import { pdfPageCount } from './pdf-metadata';
import type { Sniffed } from './sniff';

/** What the file itself says, for the columns of its asset row. */
export interface FileMetadata {
  width: number | null;
  height: number | null;
  durationMs: number | null;
  videoCodec: string | null;
  pageCount: number | null;
  capturedAt: string | null;
  camera: string | null;
}

const empty: FileMetadata = {
  width: null,
  height: null,
  durationMs: null,
  videoCodec: null,
  pageCount: null,
  capturedAt: null,
  camera: null,
};

/** Reads the metadata each kind has. Throws ImportFailure only for a broken image. */
export async function readMetadata(
  path: string,
  sniffed: Sniffed,
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
