import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';

/** The letterhead logo lives in <data dir>/branding/, named by its content hash. */
export const brandingDir = (dataDir: string) => join(dataDir, 'branding');

const logoName = /^logo-[0-9a-f]{64}\.(png|jpg)$/;

/** A stored logo's path; `name` is only ever one the app wrote ("logo-<sha256>.png"). */
export function brandingFile(dataDir: string, name: string): string {
  if (!logoName.test(name)) throw new Error('invalid logo name');
  return join(brandingDir(dataDir), name);
}

/** Large enough for a crisp emblem at 300 dpi; the whole file travels once, as base64. */
export const maxLogoBytes = 2 * 1024 * 1024;

function imageKind(bytes: Buffer): 'png' | 'jpg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return null;
}

/**
 * Checks that `bytes` is a PNG or JPEG the PDF writer can embed (pdfkit's own image reader opens
 * it: what passes here prints) and stores it in branding/ (temp file, flushed, renamed).
 * Returns the stored name. Bad input is a clear error; nothing is written for it.
 */
export async function storeLogo(dataDir: string, bytes: Buffer): Promise<string> {
  if (bytes.length > maxLogoBytes) {
    throw new AppError('invalid_request', { key: 'logo.tooLarge', field: 'logo' });
  }
  const kind = imageKind(bytes);
  const invalid = () => new AppError('invalid_request', { key: 'logo.invalid', field: 'logo' });
  if (!kind) throw invalid();
  const { default: PDFDocument } = await import('pdfkit');
  try {
    const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
    // `openImage` parses without drawing; it is in pdfkit's API but not in its typings.
    const reader = doc as unknown as { openImage(data: Buffer): { width: number; height: number } };
    const image = reader.openImage(bytes);
    if (!(image.width > 0 && image.height > 0)) throw invalid();
  } catch {
    throw invalid();
  }
  const name = `logo-${createHash('sha256').update(bytes).digest('hex')}.${kind}`;
  const dir = brandingDir(dataDir);
  const target = join(dir, name);
  if (existsSync(target)) return name;
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${randomUUID()}.partial`);
  try {
    writeFileSync(temp, bytes, { flush: true });
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return name;
}
