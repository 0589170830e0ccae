import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cameraName, exifDateTime } from '../../../src/main/assets/image-metadata';
import { readMetadata } from '../../../src/main/assets/metadata';
import { fromTracks } from '../../../src/main/assets/media-metadata';
import { sniffFile } from '../../../src/main/assets/sniff';
import { useTempDir } from '../helpers';
import { image, pdf, put, rotatedMp4, tinyMp4 } from './fixtures';

const tempDir = useTempDir('linimasa-meta-');

async function metadataOf(path: string, name = path) {
  const sniffed = await sniffFile(path, name);
  return readMetadata(path, sniffed, statSync(path).size);
}

describe('metadata', () => {
  it.each(['jpeg', 'png', 'webp'] as const)(
    'a %s stored landscape with EXIF orientation 6 is reported portrait',
    async (format) => {
      const path = put(
        tempDir(),
        `x.${format}`,
        await image(format, { width: 300, height: 200, orientation: 6 }),
      );
      expect(await metadataOf(path)).toMatchObject({ width: 200, height: 300 });
    },
  );

  it('reads capture time (as the camera wrote it) and camera from EXIF', async () => {
    const path = put(
      tempDir(),
      'upacara.jpg',
      await image('jpeg', {
        exif: { make: 'Canon', model: 'Canon EOS 80D', takenAt: '2024:08:17 09:30:00' },
      }),
    );
    expect(await metadataOf(path)).toEqual({
      width: 120,
      height: 80,
      durationMs: null,
      videoCodec: null,
      pageCount: null,
      capturedAt: '2024-08-17T09:30:00',
      camera: 'Canon EOS 80D',
    });
  });

  it('leaves capture time and camera empty without EXIF', async () => {
    const path = put(tempDir(), 'layar.png', await image('png'));
    expect(await metadataOf(path)).toMatchObject({ capturedAt: null, camera: null });
  });

  it('reads duration, size and codec of a video; a rotated clip is portrait', async () => {
    expect(await metadataOf(tinyMp4)).toMatchObject({
      width: 96,
      height: 64,
      durationMs: 1500,
      videoCodec: 'h264',
    });
    expect(await metadataOf(rotatedMp4)).toMatchObject({
      width: 64,
      height: 96,
      durationMs: 1000,
    });
  });

  it('counts PDF pages', async () => {
    const path = put(tempDir(), 'surat.pdf', await pdf(7));
    expect(await metadataOf(path)).toMatchObject({ pageCount: 7 });
  });

  it('turns mediainfo tracks into our fields', () => {
    expect(
      fromTracks([
        { '@type': 'General', Duration: 12.3456 },
        { '@type': 'Video', Width: 1920, Height: 1080, Format: 'HEVC', Rotation: '-90.000' },
      ]),
    ).toEqual({ width: 1080, height: 1920, durationMs: 12346, videoCodec: 'hevc' });
    expect(fromTracks([{ '@type': 'General', Duration: 3 }])).toEqual({
      width: null,
      height: null,
      durationMs: 3000,
      videoCodec: null,
    });
  });

  it.each([
    ['2024:08:17 09:30:00', '2024-08-17T09:30:00'],
    ['2024-08-17T09:30:00+07:00', '2024-08-17T09:30:00'],
    ['0000:00:00 00:00:00', null],
    ['2024:13:01 00:00:00', null],
    ['', null],
    [undefined, null],
  ])('exif date %j → %j', (raw, expected) => {
    expect(exifDateTime(raw)).toBe(expected);
  });

  it.each([
    ['Canon', 'Canon EOS 80D', 'Canon EOS 80D'],
    ['SONY', 'ILCE-7M3', 'SONY ILCE-7M3'],
    ['', 'iPhone 13', 'iPhone 13'],
    ['NIKON\u0000', '', 'NIKON'],
    [undefined, undefined, null],
  ])('camera %j + %j → %j', (make, model, expected) => {
    expect(cameraName(make, model)).toBe(expected);
  });
});
