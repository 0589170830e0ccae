import { describe, expect, it } from 'vitest';
import { mediaPathFromUrl, splitMediaPath } from '../../../src/main/media/media-url';

const path = (url: string) => mediaPathFromUrl(new URL(url));

describe('mediaPathFromUrl', () => {
  it('takes the whole path on the Electron media host', () => {
    expect(path('linimasa://media/assets/ab/ab12.jpg')).toBe('assets/ab/ab12.jpg');
    expect(path('linimasa://media/thumbs/ab/ab12.webp?v=2')).toBe('thumbs/ab/ab12.webp');
  });

  it('takes the path after /media/ over http', () => {
    expect(path('http://127.0.0.1:4173/media/assets/ab/ab12.jpg')).toBe('assets/ab/ab12.jpg');
    expect(path('http://127.0.0.1:4173/media/thumbs/ab/ab12.webp')).toBe('thumbs/ab/ab12.webp');
  });

  it('keeps percent-encoding for resolveInside to decode once', () => {
    expect(path('linimasa://media/assets/ab/foto%20rapat.jpg')).toBe('assets/ab/foto%20rapat.jpg');
    expect(path('linimasa://media/assets/..%2flinimasa.db')).toBe('assets/..%2flinimasa.db');
  });

  it.each([
    'linimasa://app/assets/ab/ab12.jpg',
    'linimasa://media/linimasa.db',
    'linimasa://media/backups/linimasa-schema1.db',
    'linimasa://media/exports/jadwal.xlsx',
    'linimasa://media/assets',
    'linimasa://media/assets/',
    'linimasa://media/',
    'linimasa://media//assets/ab/ab12.jpg',
    'http://127.0.0.1:4173/assets/index-abc.js',
    'http://127.0.0.1:4173/media/linimasa.db',
    'http://127.0.0.1:4173/media/assets/../linimasa.db',
    'http://127.0.0.1:4173/media/assets/%2e%2e/linimasa.db',
    'http://127.0.0.1:4173/mediaassets/ab/ab12.jpg',
    'file:///media/assets/ab/ab12.jpg',
    'data:text/plain,media/assets/x',
  ])('refuses %s', (url) => {
    expect(path(url)).toBeNull();
  });

  it('splits folder from the rest', () => {
    expect(splitMediaPath('assets/ab/ab12.jpg')).toEqual({
      folder: 'assets',
      inside: 'ab/ab12.jpg',
    });
  });
});
