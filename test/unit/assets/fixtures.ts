import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

/** Committed because nothing here can encode video: 96×64 H.264, 1.5 s (see README.md there). */
export const fixtureDir = resolve(__dirname, '../../fixtures/assets');
export const tinyMp4 = join(fixtureDir, 'tiny-96x64-1500ms.mp4');
/** The same kind of clip with a 90° rotation flag, as phones record portrait video. */
export const rotatedMp4 = join(fixtureDir, 'rotated-90-96x64-1000ms.mp4');

export interface ImageOptions {
  width?: number;
  height?: number;
  /** EXIF orientation 1–8; 6 and 8 turn a landscape-stored image upright as portrait. */
  orientation?: number;
  /** Different seeds make different bytes (no accidental duplicates). */
  seed?: number;
  exif?: { make?: string; model?: string; takenAt?: string };
}

/**
 * A real image with photographic noise (so a JPEG is a realistic size and truncating it cuts
 * pixel data), encoded by sharp with the EXIF we ask for.
 */
export async function image(
  format: 'jpeg' | 'png' | 'webp',
  options: ImageOptions = {},
): Promise<Buffer> {
  const { width = 120, height = 80, orientation, seed = 0, exif } = options;
  let pipeline = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 37) % 256, g: (seed * 91) % 256, b: (seed * 53) % 256 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })[format]();
  if (orientation) pipeline = pipeline.withMetadata({ orientation });
  if (exif) {
    pipeline = pipeline.withExif({
      IFD0: {
        ...(exif.make ? { Make: exif.make } : {}),
        ...(exif.model ? { Model: exif.model } : {}),
      },
      IFD2: exif.takenAt ? { DateTimeOriginal: exif.takenAt } : {},
    });
  }
  return pipeline.toBuffer();
}

export async function pdf(pages: number): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i++) document.addPage([200, 300]);
  return Buffer.from(await document.save());
}

/** Writes `content` at `dir/name`, creating folders; returns the path. */
export function put(dir: string, name: string, content: Buffer | string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}
