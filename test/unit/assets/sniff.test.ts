import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../src/main/assets/sniff';
import { useTempDir } from '../helpers';
import { image, pdf, put, tinyMp4 } from './fixtures';

const tempDir = useTempDir('linimasa-sniff-');

/** An ELF header: an executable has no place in the library whatever its name says. */
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);

describe('type sniffing (content, not name)', () => {
  it.each([
    ['photo.jpg', () => image('jpeg'), { kind: 'image', ext: 'jpg', mime: 'image/jpeg' }],
    ['photo.png', () => image('png'), { kind: 'image', ext: 'png', mime: 'image/png' }],
    ['photo.webp', () => image('webp'), { kind: 'image', ext: 'webp', mime: 'image/webp' }],
    // A PNG named .jpg is still a PNG, stored as .png.
    ['misnamed.jpg', () => image('png'), { kind: 'image', ext: 'png', mime: 'image/png' }],
    ['surat.pdf', () => pdf(1), { kind: 'document', ext: 'pdf', mime: 'application/pdf' }],
    ['no-extension', () => pdf(1), { kind: 'document', ext: 'pdf', mime: 'application/pdf' }],
    [
      'logo.svg',
      async () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'),
      { kind: 'image', ext: 'svg', mime: 'image/svg+xml' },
    ],
    [
      'jadwal.csv',
      async () => Buffer.from('tanggal,acara\n17-08,Upacara\n'),
      { kind: 'document', ext: 'csv', mime: 'text/csv' },
    ],
  ] as const)('%s', async (name, make, expected) => {
    const path = put(tempDir(), name, await make());
    expect(await sniffFile(path, name)).toEqual(expected);
  });

  it('recognises a video from its boxes', async () => {
    const path = join(tempDir(), 'klip.bin');
    copyFileSync(tinyMp4, path);
    expect(await sniffFile(path, 'klip.bin')).toMatchObject({ kind: 'video', ext: 'mp4' });
  });

  it.each([
    [
      'catatan.jpg',
      Buffer.from('ini teks biasa, bukan foto'),
      /tidak sesuai dengan namanya \(\.jpg\)/,
    ],
    ['random.jpg', Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0]), /tidak sesuai/],
    ['setup.exe', elf, /tidak didukung \(\.elf\)/],
    ['catatan.txt2', Buffer.from('teks'), /tidak didukung \(\.txt2\)/],
    ['README', Buffer.from([0, 1, 2, 3]), /tidak didukung \(tanpa ekstensi\)/],
  ])('refuses %s with a reason', async (name, content, reason) => {
    const path = put(tempDir(), name, content);
    await expect(sniffFile(path, name)).rejects.toThrow(reason);
  });
});
