import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMediaHandler } from '../../../src/main/media/handler';

const photoName = 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12.jpg';
const photo = Buffer.from('\xff\xd8\xff\xe0 foto upacara 17 Agustus', 'latin1');
const video = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

let tmp: string;
let dataDir: string;
let media: (request: Request) => Promise<Response>;

beforeEach(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'linimasa-media-')));
  dataDir = join(tmp, 'data');
  mkdirSync(join(dataDir, 'assets', 'ab'), { recursive: true });
  mkdirSync(join(dataDir, 'thumbs', 'ab'), { recursive: true });
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  writeFileSync(join(dataDir, 'assets', 'ab', photoName), photo);
  writeFileSync(join(dataDir, 'assets', 'ab', 'ab99.mp4'), video);
  writeFileSync(join(dataDir, 'thumbs', 'ab', 'ab12.webp'), 'thumb');
  writeFileSync(join(dataDir, 'linimasa.db'), 'database');
  writeFileSync(join(dataDir, 'backups', 'old.db'), 'backup');
  mkdirSync(join(tmp, 'data-evil'));
  writeFileSync(join(tmp, 'data-evil', 'secret.txt'), 'sibling secret');
  media = createMediaHandler(dataDir);
});

afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const get = (url: string, init?: RequestInit) => media(new Request(url, init));

describe('createMediaHandler', () => {
  it.each([
    `linimasa://media/assets/ab/${photoName}`,
    `http://127.0.0.1:4173/media/assets/ab/${photoName}`,
  ])('serves the bytes of an asset at %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(photo);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-length')).toBe(String(photo.length));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('serves thumbnails', async () => {
    const response = await get('linimasa://media/thumbs/ab/ab12.webp');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect(await response.text()).toBe('thumb');
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get(`linimasa://media/assets/ab/${photoName}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(photo.length));
    expect(response.body).toBeNull();
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405', async (method) => {
    const response = await get(`linimasa://media/assets/ab/${photoName}`, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    'linimasa://media/linimasa.db',
    'linimasa://media/backups/old.db',
    'linimasa://media/assets/..%2flinimasa.db',
    'linimasa://media/assets/%2e%2e%2flinimasa.db',
    'linimasa://media/assets/%252e%252e%252flinimasa.db',
    'linimasa://media/assets/..%2f..%2fdata-evil/secret.txt',
    'linimasa://media/assets/%2fetc%2fpasswd',
    'linimasa://media/assets/ab',
    'linimasa://media/assets/ab/missing.jpg',
    'linimasa://media/thumbs/..%2fassets/ab/ab99.mp4',
    'linimasa://app/assets/ab/ab99.mp4',
    'http://127.0.0.1:4173/media/../linimasa.db',
    'http://127.0.0.1:4173/media/assets/..%2f..%2fdata-evil/secret.txt',
  ])('answers 404 for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/database|backup|secret/);
  });

  it('refuses a symlink planted in the asset folder that points at the database', async () => {
    symlinkSync(join(dataDir, 'linimasa.db'), join(dataDir, 'assets', 'ab', 'ab00.jpg'));
    symlinkSync(join(tmp, 'data-evil', 'secret.txt'), join(dataDir, 'assets', 'ab', 'ab01.jpg'));
    expect((await get('linimasa://media/assets/ab/ab00.jpg')).status).toBe(404);
    expect((await get('linimasa://media/assets/ab/ab01.jpg')).status).toBe(404);
  });

  describe('video seeking', () => {
    const url = 'linimasa://media/assets/ab/ab99.mp4';

    it('sends one byte range with 206', async () => {
      const response = await get(url, { headers: { Range: 'bytes=100-199' } });
      expect(response.status).toBe(206);
      expect(response.headers.get('content-range')).toBe('bytes 100-199/1000');
      expect(response.headers.get('content-length')).toBe('100');
      expect(response.headers.get('content-type')).toBe('video/mp4');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(video.subarray(100, 200));
    });

    it('sends the tail of the file for an open range', async () => {
      const response = await get(url, { headers: { Range: 'bytes=990-' } });
      expect(response.status).toBe(206);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(video.subarray(990));
    });

    it('answers 416 for a range past the end', async () => {
      const response = await get(url, { headers: { Range: 'bytes=5000-' } });
      expect(response.status).toBe(416);
      expect(response.headers.get('content-range')).toBe('bytes */1000');
    });

    it('announces that ranges are accepted', async () => {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('accept-ranges')).toBe('bytes');
      expect((await response.arrayBuffer()).byteLength).toBe(1000);
    });
  });
});
