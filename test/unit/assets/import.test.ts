import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src/shared/domain/assets';
import { useLibrary } from './app';
import { image, pdf, put, tinyMp4 } from './fixtures';

const library = useLibrary();
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('import pipeline', () => {
  it('imports a mixed batch: a clear result per file, and the rest goes on after failures', async () => {
    const { app, source } = await library();
    const jpeg = await image('jpeg', { width: 300, height: 200, seed: 1 });
    put(source, 'Upacara HUT RI.jpg', jpeg);
    put(source, 'sub/dalam/foto 🎉 ..acara.. (1).jpg', await image('jpeg', { seed: 2 }));
    put(source, 'kosong.jpg', '');
    put(source, 'catatan.jpg', 'ini teks, bukan foto');
    put(source, 'terpotong.jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.5)));
    put(source, 'surat.pdf', await pdf(2));
    put(source, 'setup.exe', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]));
    copyFileSync(tinyMp4, join(source, 'klip.mp4'));

    const summary = await app.library.importPaths([source]);
    const byName = Object.fromEntries(summary.results.map((r) => [r.name, r]));
    expect(byName['Upacara HUT RI.jpg']).toMatchObject({ status: 'imported', kind: 'image' });
    expect(byName['foto 🎉 ..acara.. (1).jpg']).toMatchObject({ status: 'imported' });
    expect(byName['surat.pdf']).toMatchObject({ status: 'imported', kind: 'document' });
    expect(byName['klip.mp4']).toMatchObject({ status: 'imported', kind: 'video' });
    expect(byName['kosong.jpg']).toMatchObject({
      status: 'failed',
      reason: 'Berkas kosong (0 byte).',
    });
    expect(byName['catatan.jpg']?.reason).toMatch(/tidak sesuai dengan namanya/);
    expect(byName['terpotong.jpg']?.reason).toMatch(/rusak atau terpotong/);
    expect(byName['setup.exe']?.reason).toMatch(/tidak didukung/);
    expect(summary).toMatchObject({ imported: 4, duplicate: 0, cancelled: false });
    expect(summary.failed).toBe(summary.results.length - 4);
  });

  it('stores a file at assets/<2 hex>/<sha256>.<ext>, byte for byte, and leaves the original alone', async () => {
    const { app, source, dataDir, call } = await library();
    const original = put(source, 'Foto Bupati.JPG', await image('jpeg'));
    const before = readFileSync(original);
    const [result] = (await app.library.importPaths([original])).results;
    const asset = await call('assets.get', { id: result!.assetId! });
    const hash = sha256(original);
    expect(asset.media.original).toBe(`assets/${hash.slice(0, 2)}/${hash}.jpg`);
    expect(asset.media.thumbSmall).toBe(`thumbs/${hash.slice(0, 2)}/${hash}-320.webp`);
    expect(asset.media.thumbLarge).toBe(`thumbs/${hash.slice(0, 2)}/${hash}-1024.webp`);
    expect(readFileSync(join(dataDir, asset.media.original)).equals(before)).toBe(true);
    expect(readFileSync(original).equals(before)).toBe(true);
    expect(asset).toMatchObject({
      originalName: 'Foto Bupati.JPG',
      sha256: hash,
      size: before.length,
    });
  });

  it('an identical file is a duplicate linked to the first asset, stored once', async () => {
    const { app, source, storedFiles } = await library();
    const first = put(source, 'a.jpg', await image('jpeg'));
    copyFileSync(first, join(source, 'salinan dari a.jpg'));
    const [one] = (await app.library.importPaths([first])).results;
    const again = await app.library.importPaths([source]);
    const byName = [...again.results].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName.map((r) => [r.name, r.status, r.assetId])).toEqual([
      ['a.jpg', 'duplicate', one!.assetId],
      ['salinan dari a.jpg', 'duplicate', one!.assetId],
    ]);
    expect(byName[0]!.reason).toBe('Sudah ada di pustaka sebagai "a.jpg".');
    expect(storedFiles().filter((f) => f.startsWith('assets/'))).toHaveLength(1);
    expect(storedFiles().filter((f) => f.startsWith('incoming/'))).toEqual([]);
  });

  it('two identical files in one batch, worked on at once, still make one asset', async () => {
    const { app, source, storedFiles } = await library();
    const first = put(source, 'x1.png', await image('png', { width: 900, height: 600 }));
    for (const n of [2, 3, 4]) copyFileSync(first, join(source, `x${n}.png`));
    const summary = await app.library.importPaths([source], { concurrency: 4 });
    expect(summary.imported).toBe(1);
    expect(summary.duplicate).toBe(3);
    expect(new Set(summary.results.map((r) => r.assetId)).size).toBe(1);
    expect(storedFiles().filter((f) => !f.startsWith('thumbs/'))).toHaveLength(1);
  });

  it('walks folders recursively, passing over hidden and system files', async () => {
    const { app, source } = await library();
    put(source, 'a/b/c/d.png', await image('png', { seed: 1 }));
    put(source, 'a/.hidden/x.png', await image('png', { seed: 2 }));
    put(source, 'a/._d.png', 'AppleDouble');
    put(source, 'Thumbs.db', 'windows');
    const summary = await app.library.importPaths([source]);
    expect(summary.results.map((r) => r.name)).toEqual(['d.png']);
    expect(summary.skipped).toBe(3);
  });

  it('reports progress: files and bytes up to the totals, with the current name', async () => {
    const { app, source } = await library();
    const sizes: number[] = [];
    for (const n of [1, 2, 3]) {
      const data = await image('png', { seed: n, width: 400, height: 300 });
      sizes.push(data.length);
      put(source, `foto-${n}.png`, data);
    }
    // 3.5 MiB: read in several chunks, so bytes move while this one file is in flight.
    const scan = Buffer.concat([await pdf(1), Buffer.alloc(3.5 * 1024 * 1024, 32)]);
    sizes.push(scan.length);
    put(source, 'pindaian.pdf', scan);
    const seen: JobProgress[] = [];
    await app.library.importPaths([source], { onProgress: (p) => seen.push(p), concurrency: 1 });
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(seen[0]).toMatchObject({ filesDone: 0, filesTotal: 4, bytesDone: 0, bytesTotal: total });
    expect(seen.at(-1)).toMatchObject({ filesDone: 4, bytesDone: total, current: null });
    expect(seen.map((p) => p.current)).toContain('foto-2.png');
    const midScan = seen.filter((p) => p.current === 'pindaian.pdf' && p.filesDone === 3);
    expect(new Set(midScan.map((p) => p.bytesDone)).size).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytesDone).toBeGreaterThanOrEqual(seen[i - 1]!.bytesDone);
    }
  });

  it('cancelling stops the batch and leaves no partial file or row', async () => {
    const { app, source, storedFiles, call } = await library();
    for (const n of [1, 2, 3, 4, 5, 6]) {
      put(source, `f${n}.png`, await image('png', { seed: n, width: 600, height: 400 }));
    }
    const controller = new AbortController();
    const summary = await app.library.importPaths([source], {
      signal: controller.signal,
      concurrency: 1,
      // Cancel while the second file is being copied.
      onProgress: (p) => {
        if (p.filesDone === 1 && p.bytesDone > p.bytesTotal / 6) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.results.map((r) => r.status)).toEqual(['imported']);
    const { items } = await call('assets.list', {});
    expect(items).toHaveLength(1);
    expect(storedFiles()).toEqual(
      [items[0]!.media.original, items[0]!.media.thumbLarge, items[0]!.media.thumbSmall].sort(),
    );
  });

  it('a file over the size limit fails with the limit in words', async () => {
    const { app, source } = await library();
    put(source, 'besar.png', await image('png', { width: 400, height: 400 }));
    const [result] = (await app.library.importPaths([source], { maxFileBytes: 1024 })).results;
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'Berkas terlalu besar; batasnya 1 KB.',
    });
  });

  it('an unreadable file and a missing path fail on their own', async () => {
    const { app, source } = await library();
    const secret = put(source, 'rahasia.png', await image('png'));
    chmodSync(secret, 0o000);
    const summary = await app.library.importPaths([secret, join(source, 'tidak-ada.jpg')]);
    chmodSync(secret, 0o644);
    const reasons = summary.results.map((r) => r.reason);
    // root reads any file: then the permission case cannot be shown on this machine.
    if (process.getuid?.() !== 0)
      expect(reasons).toContain('Berkas tidak dapat dibaca: izin ditolak.');
    expect(reasons).toContain('Berkas tidak ditemukan (sudah dipindah atau dihapus?).');
  });

  it('importing the original again repairs an asset whose file was found corrupt', async () => {
    const { app, source, dataDir, call } = await library();
    const original = put(source, 'a.png', await image('png'));
    const [first] = (await app.library.importPaths([original])).results;
    const asset = await call('assets.get', { id: first!.assetId! });
    writeFileSync(join(dataDir, asset.media.original), 'rusak');
    await app.library.verify();
    expect((await call('assets.get', { id: asset.id })).status).toBe('corrupt');
    const [again] = (await app.library.importPaths([original])).results;
    expect(again).toMatchObject({ status: 'duplicate', assetId: asset.id });
    expect(again!.reason).toMatch(/dipulihkan/);
    expect((await call('assets.get', { id: asset.id })).status).toBe('ok');
    expect(sha256(join(dataDir, asset.media.original))).toBe(asset.sha256);
  });
});
