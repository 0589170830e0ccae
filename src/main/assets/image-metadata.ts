import exifr from 'exifr';
import { ImportFailure } from './messages';
import { canDecode } from './decodable';
import { loadSharp } from './sharp';

export interface ImageMetadata {
  width: number | null;
  height: number | null;
  capturedAt: string | null;
  camera: string | null;
}

export { canDecode } from './decodable';

/**
 * Size as a person sees it (after EXIF orientation), when and with what it was taken. Reads
 * headers only: the pixels are decoded once, by the thumbnail step, which is also where a
 * truncated file shows itself. Runs inside the media worker.
 */
export async function imageMetadata(path: string, ext: string): Promise<ImageMetadata> {
  let width: number | null = null;
  let height: number | null = null;
  // Without libvips (missing or quarantined) the photo is still imported, only without its size.
  const sharp = await loadSharp().catch(() => null);
  if (sharp)
    try {
      const meta = await sharp(path).metadata();
      width = meta.autoOrient.width || null;
      height = meta.autoOrient.height || null;
    } catch {
      // A format sharp cannot read is kept without dimensions; one it can read is broken.
      if (canDecode(ext)) throw ImportFailure.corruptImage();
    }
  const exif = ext === 'svg' ? { capturedAt: null, camera: null } : await readExif(path);
  return { width, height, ...exif };
}

interface Exif {
  DateTimeOriginal?: string;
  CreateDate?: string;
  Make?: string;
  Model?: string;
}

async function readExif(path: string): Promise<Pick<ImageMetadata, 'capturedAt' | 'camera'>> {
  let exif: Exif | undefined;
  try {
    // Raw strings, not Dates: exifr would read the camera's wall-clock time in this machine's zone.
    exif = (await exifr.parse(path, {
      pick: ['DateTimeOriginal', 'CreateDate', 'Make', 'Model'],
      reviveValues: false,
    })) as Exif | undefined;
  } catch {
    // No or broken EXIF is common (screenshots, edited exports) and never fails an import.
  }
  return {
    capturedAt: exifDateTime(exif?.DateTimeOriginal ?? exif?.CreateDate),
    camera: cameraName(exif?.Make, exif?.Model),
  };
}

/** '2024:08:17 09:30:00' → '2024-08-17T09:30:00'; null for blanks like '0000:00:00 00:00:00'. */
export function exifDateTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  if (y === '0000' || mo === '00' || d === '00') return null;
  if (Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60)
    return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
}

/** 'Canon' + 'Canon EOS 80D' → 'Canon EOS 80D'; 'SONY' + 'ILCE-7M3' → 'SONY ILCE-7M3'. */
export function cameraName(make: unknown, model: unknown): string | null {
  const clean = (value: unknown) =>
    typeof value === 'string' ? value.replace(/\0/g, '').trim() : '';
  const m = clean(make);
  const mo = clean(model);
  if (!m && !mo) return null;
  if (!m) return mo;
  if (!mo) return m;
  return mo.toLowerCase().startsWith(m.toLowerCase()) ? mo : `${m} ${mo}`;
}
