import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * `count` camera-like 4000×3000 JPEGs (about 2.8 MB each: smooth detail from upscaled noise,
 * EXIF capture time and camera, one in five stored sideways with orientation 6), generated
 * once into a folder under the system temp dir and reused by later runs.
 */
export async function benchPhotos(count: number): Promise<string> {
  const dir = join(tmpdir(), `linimasa-bench-photos-4000x3000-v1-${count}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const name = `IMG_${String(n).padStart(4, '0')}.JPG`;
      if (have.has(name)) continue;
      writeFileSync(join(dir, name), await photo(n));
      if (n % 50 === 49) {
        process.stderr.write(
          `  foto ${n + 1}/${count} (${Math.round((Date.now() - started) / 1000)} s)\n`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  writeFileSync(done, new Date().toISOString());
  return dir;
}

async function photo(n: number): Promise<Buffer> {
  const detail = await sharp({
    create: {
      width: 500,
      height: 375,
      channels: 3,
      background: { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53) % 256 },
      noise: { type: 'gaussian', mean: 128, sigma: 50 },
    },
  })
    .png()
    .toBuffer();
  const day = String((n % 28) + 1).padStart(2, '0');
  return sharp(detail)
    .resize(4000, 3000, { kernel: 'cubic' })
    .jpeg({ quality: 88 })
    .withMetadata(n % 5 === 0 ? { orientation: 6 } : {})
    .withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS 80D' },
      IFD2: { DateTimeOriginal: `2024:08:${day} 09:${String(n % 60).padStart(2, '0')}:00` },
    })
    .toBuffer();
}

/**
 * `count` 4000×3000 JPEGs of pure random noise (about 9.9 MB each: noise does not compress, so
 * they weigh what a camera's best-quality photos do, and copying them is all bytes), real
 * images the library imports and thumbnails. Generated once into the system temp dir.
 */
export async function benchNoisePhotos(count: number): Promise<string> {
  const dir = join(tmpdir(), `linimasa-bench-noise-4000x3000-v1-${count}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  for (let n = 0; n < count; n++) {
    const name = `NOISE_${String(n).padStart(3, '0')}.JPG`;
    if (have.has(name)) continue;
    const raw = randomBytes(4000 * 3000 * 3);
    const jpeg = await sharp(raw, { raw: { width: 4000, height: 3000, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer();
    writeFileSync(join(dir, name), jpeg);
  }
  writeFileSync(done, new Date().toISOString());
  return dir;
}
