import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { AssetKind } from '../../shared/domain/assets';
import { ImportFailure } from './messages';

export interface Sniffed {
  kind: AssetKind;
  /** Lower-case, from the content (not the name): the stored file's extension. */
  ext: string;
  mime: string;
}

/** file-type is ESM-only; a dynamic import loads it from CommonJS builds too. */
const fileType = () => import('file-type');

const documentExts = new Set(['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'epub']);
/** Kept but not previewed: design files and archives an office passes around. */
const otherExts = new Set(['zip', 'rar', '7z', 'psd', 'indd', 'eps']);
/** Old Office files are OLE containers; file-type says `cfb`, the name says which. */
const oleExts: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};
const textExts: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  srt: 'application/x-subrip',
  vtt: 'text/vtt',
};
/** Names that promise a binary format: when the content is not one, the file is broken or misnamed. */
const binaryExts = new Set([
  ...['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'heif', 'avif', 'tif', 'tiff', 'bmp'],
  ...['mp4', 'mov', 'm4v', 'avi', 'mkv', 'webm', '3gp', 'mp3', 'wav', 'm4a', 'aac', 'flac', 'ogg'],
  ...documentExts,
  ...otherExts,
  ...Object.keys(oleExts),
]);

export const extensionOf = (name: string): string => extname(name).slice(1).toLowerCase();

/**
 * What a file is, from its first bytes (file-type's magic numbers), never from its name. SVG
 * and plain text have no magic number and are recognised as text. Anything else is refused
 * with a reason: executables have no place in a media library.
 */
export async function sniffFile(path: string, originalName: string): Promise<Sniffed> {
  const claimed = extensionOf(originalName);
  const { fileTypeFromFile } = await fileType();
  const detected = await fileTypeFromFile(path);
  if (detected && detected.ext !== 'xml') {
    const sniffed = classify(detected.ext, detected.mime, claimed);
    if (sniffed) return sniffed;
    throw ImportFailure.unsupported(detected.ext);
  }

  const text = await readTextHead(path);
  if (text !== null) {
    if (/<svg[\s>]/i.test(text)) return { kind: 'image', ext: 'svg', mime: 'image/svg+xml' };
    const textMime = textExts[claimed];
    if (textMime) return { kind: 'document', ext: claimed, mime: textMime };
  }
  if (binaryExts.has(claimed)) throw ImportFailure.mismatch(claimed);
  throw ImportFailure.unsupported(claimed || null);
}

function classify(ext: string, mime: string, claimed: string): Sniffed | null {
  if (ext === 'psd') return { kind: 'other', ext, mime };
  if (mime.startsWith('image/')) return { kind: 'image', ext, mime };
  if (mime.startsWith('video/')) return { kind: 'video', ext, mime };
  if (mime.startsWith('audio/')) return { kind: 'audio', ext, mime };
  if (documentExts.has(ext)) return { kind: 'document', ext, mime };
  if (ext === 'cfb' && oleExts[claimed]) {
    return { kind: 'document', ext: claimed, mime: oleExts[claimed] };
  }
  if (otherExts.has(ext)) return { kind: 'other', ext, mime };
  return null;
}

/** The first 8 KiB as text when it looks like UTF-8 text (no NUL byte, decodes cleanly). */
async function readTextHead(path: string): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.includes(0)) return null;
    // A multi-byte character may be cut at the end of the 8 KiB: drop up to 3 trailing bytes.
    for (let cut = 0; cut <= Math.min(3, head.length); cut++) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(
          head.subarray(0, head.length - cut),
        );
      } catch {
        // try a shorter slice
      }
    }
    return null;
  } finally {
    await handle.close();
  }
}
