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

/** What a file says when nothing could be read from it: every column empty. */
export const emptyMetadata: FileMetadata = {
  width: null,
  height: null,
  durationMs: null,
  videoCodec: null,
  pageCount: null,
  capturedAt: null,
  camera: null,
};
