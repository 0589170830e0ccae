import { readFile } from 'node:fs/promises';

/**
 * pdf-lib parses a PDF from memory, so only files up to this size are opened for their page
 * count; a larger scan is stored with the count unknown rather than loaded whole.
 */
export const pdfPageCountMaxBytes = 64 * 1024 * 1024;

/** Pages of a PDF, or null when it is too big, encrypted beyond reading, or broken. */
export async function pdfPageCount(path: string, size: number): Promise<number | null> {
  if (size > pdfPageCountMaxBytes) return null;
  try {
    const { PDFDocument } = await import('pdf-lib');
    // pdf-lib yields to the event loop between objects while parsing (its default parse speed).
    const document = await PDFDocument.load(await readFile(path), {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
    const pages = document.getPageCount();
    return pages > 0 ? pages : null;
  } catch {
    return null;
  }
}
