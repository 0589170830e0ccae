import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../../../src/main/assets/messages';
import type { StorePaths } from '../../../src/main/assets/store';
import { makeThumbnails, removeThumbnails } from '../../../src/main/assets/thumbnails';
import { useTempDir } from '../helpers';
import { image, put } from './fixtures';

const tempDir = useTempDir('linimasa-thumbs-');
const sha = 'ab'.repeat(32);

function store(): StorePaths {
  const root = tempDir();
  const paths = {
    root,
    assets: join(root, 'assets'),
    thumbs: join(root, 'thumbs'),
    incoming: join(root, 'incoming'),
  };
  for (const dir of [paths.assets, paths.thumbs, paths.incoming]) mkdirSync(dir);
  return paths;
}

const thumb = (paths: StorePaths, size: number) => join(paths.thumbs, 'ab', `${sha}-${size}.webp`);

describe('thumbnails', () => {
  it.each(['jpeg', 'png', 'webp'] as const)(
    'a portrait photo stored sideways (%s, EXIF orientation 6) gets portrait WebP thumbnails',
    async (format) => {
      const paths = store();
      const source = put(
        paths.root,
        `p.${format}`,
        await image(format, { width: 1200, height: 900, orientation: 6 }),
      );
      expect(await makeThumbnails(paths, source, sha, format === 'jpeg' ? 'jpg' : format)).toBe(
        true,
      );
      for (const size of [320, 1024]) {
        const meta = await sharp(thumb(paths, size)).metadata();
        expect(meta.format).toBe('webp');
        expect({ width: meta.width, height: meta.height }).toEqual({
          width: Math.round((size * 900) / 1200),
          height: size,
        });
        expect(meta.orientation ?? 1).toBe(1); // pixels turned, not a flag left for viewers
      }
      expect(readdirSync(paths.incoming)).toEqual([]);
    },
  );

  it('never enlarges a small image', async () => {
    const paths = store();
    const source = put(paths.root, 'small.png', await image('png', { width: 200, height: 100 }));
    await makeThumbnails(paths, source, sha, 'png');
    expect(await sharp(thumb(paths, 1024)).metadata()).toMatchObject({ width: 200, height: 100 });
    expect(await sharp(thumb(paths, 320)).metadata()).toMatchObject({ width: 200, height: 100 });
  });

  it('refuses a truncated JPEG and leaves no thumbnail or temp file', async () => {
    const paths = store();
    const whole = await image('jpeg', { width: 2400, height: 1600 });
    const source = put(paths.root, 't.jpg', whole.subarray(0, Math.floor(whole.length * 0.7)));
    await expect(makeThumbnails(paths, source, sha, 'jpg')).rejects.toBeInstanceOf(ImportFailure);
    expect(readdirSync(paths.incoming)).toEqual([]);
    expect(readdirSync(paths.thumbs)).toEqual([]);
  });

  it('makes nothing for formats the bundled decoder cannot read', async () => {
    const paths = store();
    expect(await makeThumbnails(paths, put(paths.root, 'x.heic', 'x'), sha, 'heic')).toBe(false);
  });

  it('removes both sizes', async () => {
    const paths = store();
    await makeThumbnails(paths, put(paths.root, 'a.png', await image('png')), sha, 'png');
    await removeThumbnails(paths, sha);
    expect(readdirSync(join(paths.thumbs, 'ab'))).toEqual([]);
  });
});
