import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yauzl, { type Entry } from 'yauzl';
import { openApp, type LinimasaApp } from '../../../src/main/app';
import { assetsRepository } from '../../../src/main/db/repositories/assets';
import { provinceRepository } from '../../../src/main/db/repositories/province';
import { outboxOf, writeOutboxFile } from '../../../src/main/exchange/outbox';
import { sendPack } from '../../../src/main/province/exchange-kinds';
import type { ResponseOf } from '../../../src/shared/api/contract';
import type { ContentPack, PackMedia } from '../../../src/shared/domain/province-pack';
import { envelopeSchema } from '../../../src/shared/exchange/envelope';
import { acting } from '../acting';
import { image, put } from '../assets/fixtures';
import { introduce, placeNamed, type TestOffice } from '../exchange/fixture';
import { useTempDir } from '../helpers';

/**
 * A content pack's photos travel inside its exchange file: the province's sending copies them
 * from its library, the regency's sync adds them to its own (once, however often the file is
 * read), a damaged photo refuses the whole file, and adopting an item attaches its photos.
 */

const tempDir = useTempDir('linimasa-packmedia-');
const apps: LinimasaApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

interface Office extends TestOffice {
  app: LinimasaApp;
}

function office(root: string, code: string, name: string, level: 'provinsi' | 'kabupaten_kota') {
  const app = openApp(join(root, `data-${code}`), { sweepAssets: false });
  apps.push(app);
  const context = { db: app.db, dataDir: app.paths.root };
  app.services.exchange.setIdentity({ code, name, level });
  app.services.exchange.setFolder(join(root, 'pertukaran'));
  return { ...context, code, app } satisfies Office;
}

async function offices() {
  const root = tempDir();
  const folder = join(root, 'pertukaran');
  put(folder, '.keep', '');
  const province = office(root, '73', 'Diskominfo Sulawesi Selatan', 'provinsi');
  const regency = office(root, '73.06', 'Diskominfo Gowa', 'kabupaten_kota');
  introduce(province, regency);
  introduce(regency, province);
  // Two real photos in the province's library.
  const photos = join(root, 'foto');
  const paths = [
    put(photos, 'upacara.jpg', await image('jpeg', { width: 640, height: 480, seed: 1 })),
    put(photos, 'poster.jpg', await image('jpeg', { width: 480, height: 640, seed: 2 })),
  ];
  const imported = await province.app.library.importPaths(paths);
  expect(imported.imported).toBe(2);
  const media: PackMedia[] = paths.map((path, index) => {
    const bytes = readFileSync(path);
    return {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      name: ['upacara.jpg', 'poster.jpg'][index]!,
      bytes: bytes.length,
      mime: 'image/jpeg',
    };
  });
  return { root, folder, province, regency, media, paths };
}

const itemA = '0190f0a0-0000-7000-8000-00000000000a';
const itemB = '0190f0a0-0000-7000-8000-00000000000b';

function packWith(media: PackMedia[], version = 1): ContentPack {
  const item = (itemId: string, title: string, files: PackMedia[]) => ({
    itemId,
    title,
    suggestedDate: '2026-12-19',
    suggestedTime: '08:00',
    platforms: [{ platform: 'instagram' as const, format: 'feed' as const, caption: title }],
    hashtags: ['#HariBelaNegara'],
    instructions: '',
    media: files,
  });
  return {
    packId: '0190f0a0-0000-7000-8000-0000000000aa',
    version,
    title: 'Hari Bela Negara 2026',
    instructions: '',
    deadline: '2026-12-19T15:59:00.000Z',
    sentAt: '2026-12-10T01:00:00.000Z',
    // Item B uses the first photo again: it travels once.
    items: [item(itemA, 'Upacara', media), item(itemB, 'Poster', [media[0]!])],
  };
}

interface ReadEntry {
  name: string;
  method: number;
  size: number;
  sha256: string;
  bytes: Buffer;
  dataOffset: number;
}

/** Every entry of a zip, read with yauzl's strict checks (names, sizes, local headers). */
async function readZip(path: string): Promise<ReadEntry[]> {
  const zip = await yauzl.openPromise(path, {
    lazyEntries: true,
    strictFileNames: true,
    validateEntrySizes: true,
  });
  const entries: ReadEntry[] = [];
  try {
    for await (const entry of zip.eachEntry() as AsyncIterable<Entry>) {
      const chunks: Buffer[] = [];
      for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) {
        chunks.push(chunk);
      }
      const bytes = Buffer.concat(chunks);
      const nameLength = Buffer.byteLength(entry.fileName);
      entries.push({
        name: entry.fileName,
        method: entry.compressionMethod,
        size: entry.uncompressedSize,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        // Local header (30 bytes), name, no extra field: where the stored data starts.
        dataOffset: entry.relativeOffsetOfLocalHeader + 30 + nameLength,
      });
    }
  } finally {
    zip.close();
  }
  return entries;
}

const assetCount = (app: LinimasaApp) => assetsRepository(app.db).forSweep().length;
const receivedPacks = (app: LinimasaApp) => provinceRepository(app.db).latestPacks('received');

describe("a content pack's media", () => {
  it('travel in the pack file, each content once, stored, with the size and hash the envelope signs', async () => {
    const { province, media, paths, folder } = await offices();
    const written = await sendPack(province, packWith(media));

    const bytes = readFileSync(written.path);
    expect(written.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const entries = await readZip(written.path);
    const mediaNames = media.map((m) => `media/${m.sha256}.jpg`);
    expect(entries.map((e) => e.name).sort()).toEqual(
      ['isi.json', 'kiriman.json', 'kiriman.sig', ...mediaNames].sort(),
    );
    const envelope = envelopeSchema.parse(
      JSON.parse(entries.find((e) => e.name === 'kiriman.json')!.bytes.toString('utf8')),
    );
    media.forEach((m, index) => {
      const entry = entries.find((e) => e.name === mediaNames[index])!;
      expect(entry.method).toBe(0); // stored: photos and videos do not compress
      expect(entry.size).toBe(m.bytes);
      expect(entry.sha256).toBe(m.sha256);
      expect(entry.bytes.equals(readFileSync(paths[index]!))).toBe(true);
      expect(envelope.entries).toContainEqual({
        name: mediaNames[index],
        size: m.bytes,
        sha256: m.sha256,
      });
    });
    // Every entry the zip holds besides the envelope and signature is listed, with its hash.
    for (const entry of entries.filter((e) => !e.name.startsWith('kiriman.'))) {
      expect(envelope.entries).toContainEqual({
        name: entry.name,
        size: entry.size,
        sha256: entry.sha256,
      });
    }
    // Nothing but the finished file in the outbox (no temp file left behind).
    expect(readdirSync(outboxOf(folder, '73'))).toEqual([basename(written.path)]);
  });

  it('refuses to send a pack whose photo is gone from the library or changed on disk, writing nothing', async () => {
    const { province, media, folder } = await offices();
    const row = assetsRepository(province.db).bySha(media[1]!.sha256)!;
    const stored = join(province.dataDir, 'assets', row.sha256.slice(0, 2), `${row.sha256}.jpg`);

    truncateSync(stored, 100);
    await expect(sendPack(province, packWith(media))).rejects.toMatchObject({
      key: 'province.packMediaChanged',
      params: { name: 'poster.jpg' },
    });
    rmSync(stored);
    await expect(sendPack(province, packWith(media))).rejects.toMatchObject({
      key: 'province.packMediaMissing',
      params: { name: 'poster.jpg' },
    });
    const unknown = { ...media[0]!, sha256: 'f'.repeat(64), name: 'hilang.jpg' };
    await expect(sendPack(province, packWith([unknown]))).rejects.toMatchObject({
      key: 'province.packMediaMissing',
      params: { name: 'hilang.jpg' },
    });
    const outbox = outboxOf(folder, '73');
    expect(existsSync(outbox) ? readdirSync(outbox) : []).toEqual([]);
    expect(provinceRepository(province.db).latestPacks('sent')).toEqual([]);
  });

  it('arrive in the regency library once, however often the folder is read', async () => {
    const { province, regency, media } = await offices();
    await sendPack(province, packWith(media));

    const first = await regency.app.services.exchange.sync();
    expect(first.items.map((item) => [item.kind, item.outcome, item.reasonKey])).toEqual([
      ['pack', 'applied', undefined],
    ]);
    const library = assetsRepository(regency.db);
    expect(assetCount(regency.app)).toBe(2);
    media.forEach((m) => {
      const row = library.bySha(m.sha256)!;
      expect(row).toMatchObject({
        size: m.bytes,
        original_name: m.name,
        status: 'ok',
        kind: 'image',
      });
      expect(row.has_thumbs).toBe(1);
      const stored = join(regency.dataDir, 'assets', m.sha256.slice(0, 2), `${m.sha256}.jpg`);
      expect(createHash('sha256').update(readFileSync(stored)).digest('hex')).toBe(m.sha256);
    });

    // The same folder again, and a second version carrying the same photos: nothing new.
    expect((await regency.app.services.exchange.sync()).items).toEqual([]);
    await sendPack(province, packWith(media, 2));
    const second = await regency.app.services.exchange.sync();
    expect(second.items.map((item) => item.outcome)).toEqual(['applied']);
    expect(assetCount(regency.app)).toBe(2);
    expect(receivedPacks(regency.app).map((entry) => entry.pack.version)).toEqual([2]);
    expect(readdirSync(regency.app.paths.incoming).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('refuses a file whose photo was damaged on the way, and changes nothing', async () => {
    const { province, regency, media, folder } = await offices();
    const written = await sendPack(province, packWith(media));
    // One byte inside the second photo's stored data, the entry's name and size kept; the file
    // is named by its new hash, as a complete (not half-copied) file would be.
    const entries = await readZip(written.path);
    const target = entries.find((e) => e.name === `media/${media[1]!.sha256}.jpg`)!;
    const bytes = readFileSync(written.path);
    const at = target.dataOffset + Math.floor(target.size / 2);
    bytes[at] = bytes[at]! ^ 0xff;
    rmSync(written.path);
    placeNamed(outboxOf(folder, '73'), bytes, 1, 'pack');

    const pass = await regency.app.services.exchange.sync();
    expect(pass.items.map((item) => [item.outcome, item.reasonKey, item.reasonParams])).toEqual([
      ['refused', 'province.packMediaDamaged', { name: 'poster.jpg' }],
    ]);
    expect(assetCount(regency.app)).toBe(0);
    expect(receivedPacks(regency.app)).toEqual([]);
    expect(readdirSync(regency.app.paths.incoming).filter((n) => !n.endsWith('.lock'))).toEqual([]);
  });

  it('refuses a pack whose file the library cannot take, removing the photos it had added', async () => {
    const { province, regency, media, paths, root } = await offices();
    // Signed by the province, listed and hashed correctly, but no photo: the regency's own
    // import refuses it after the good photo before it was added.
    const garbage = put(join(root, 'rusak'), 'bukan-foto.jpg', randomBytes(4096));
    const bad: PackMedia = {
      sha256: createHash('sha256').update(readFileSync(garbage)).digest('hex'),
      name: 'bukan-foto.jpg',
      bytes: 4096,
      mime: 'image/jpeg',
    };
    const files = [
      { ...media[0]!, path: paths[0]! },
      { ...bad, path: garbage },
    ].map((file) => ({
      name: `media/${file.sha256}.jpg`,
      path: file.path,
      size: file.bytes,
      sha256: file.sha256,
      checks: { mismatch: () => new Error('berubah'), failure: (error: Error) => error },
    }));
    await writeOutboxFile(province, 'pack', ['semua'], packWith([media[0]!, bad]), files);

    const pass = await regency.app.services.exchange.sync();
    expect(pass.items.map((item) => [item.outcome, item.reasonKey])).toEqual([
      ['refused', 'bundle.assetRefused'],
    ]);
    expect(pass.items[0]!.reasonParams).toMatchObject({ name: 'bukan-foto.jpg' });
    expect(assetCount(regency.app)).toBe(0);
    expect(receivedPacks(regency.app)).toEqual([]);
    const stored = join(regency.dataDir, 'assets', media[0]!.sha256.slice(0, 2));
    expect(existsSync(stored) ? readdirSync(stored) : []).toEqual([]);
  });

  it('are attached to the draft made from an adopted item', async () => {
    const { province, regency, media } = await offices();
    await sendPack(province, packWith(media));
    await regency.app.services.exchange.sync();
    const planner = regency.app.services.people.create({ name: 'Rina', role: 'planner' });
    regency.app.services.channels.create({
      platform: 'instagram',
      name: 'IG Pemkab Gowa',
      handle: '@pemkabgowa',
    });
    const library = assetsRepository(regency.db);
    const ids = media.map((m) => library.bySha(m.sha256)!.id);

    // Through the API, as "Ambil ke kalender" does.
    const adopt = async (itemId: string) => {
      const reply = await acting(regency.app)('province.adopt', {
        actorId: planner.id,
        packId: '0190f0a0-0000-7000-8000-0000000000aa',
        itemId,
      });
      if (!reply.ok) throw new Error(reply.error.message);
      return (reply.value as ResponseOf<'province.adopt'>).post;
    };
    const a = await adopt(itemA);
    const b = await adopt(itemB);
    expect(a.assetIds).toEqual(ids);
    expect(b.assetIds).toEqual([ids[0]]);
    expect(regency.app.services.posts.get(a.id).assetIds).toEqual(ids);
  });
});
