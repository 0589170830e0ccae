import type { AssetInsert } from '../db/repositories/assets';
import type { FileMetadata } from './metadata';
import type { Sniffed } from './sniff';

/** A described file: what an import and a re-adoption both know before the row is written. */
export interface DescribedFile {
  id: string;
  sha256: string;
  /** The extension on disk, which the row must reproduce to find the file again. */
  ext: string;
  sniffed: Pick<Sniffed, 'kind' | 'mime'>;
  size: number;
  name: string;
  metadata: FileMetadata;
  hasThumbs: boolean;
  now: string;
}

/** The one mapping from a described file to its new asset row (import and re-adoption). */
export function newAssetRow(file: DescribedFile): AssetInsert {
  const { metadata } = file;
  return {
    id: file.id,
    sha256: file.sha256,
    ext: file.ext,
    kind: file.sniffed.kind,
    mime: file.sniffed.mime,
    size: file.size,
    original_name: file.name,
    width: metadata.width,
    height: metadata.height,
    duration_ms: metadata.durationMs,
    video_codec: metadata.videoCodec,
    page_count: metadata.pageCount,
    captured_at: metadata.capturedAt,
    camera: metadata.camera,
    has_thumbs: file.hasThumbs ? 1 : 0,
    imported_at: file.now,
    updated_at: file.now,
  };
}
