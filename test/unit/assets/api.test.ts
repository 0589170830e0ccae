import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AssetSummary } from '../../../src/shared/domain/assets';
import { useLibrary } from './app';
import { image, pdf, put, tinyMp4 } from './fixtures';

const library = useLibrary();

/** Five assets of every shape the filters tell apart. */
async function stocked() {
  const lib = await library();
  const { source, app, call } = lib;
  put(
    source,
    'upacara-bendera.jpg',
    await image('jpeg', { width: 300, height: 200, exif: { takenAt: '2024:08:17 08:00:00' } }),
  );
  put(
    source,
    'potret-bupati.jpg',
    await image('jpeg', {
      width: 300,
      height: 200,
      orientation: 6,
      exif: { takenAt: '2024:05:02 10:00:00' },
    }),
  );
  put(source, 'logo-kotak.png', await image('png', { width: 100, height: 100 }));
  put(source, 'surat-edaran.pdf', await pdf(3));
  copyFileSync(tinyMp4, join(source, 'klip-festival.mp4'));
  const { results } = await app.library.importPaths([source]);
  const ids = Object.fromEntries(results.map((r) => [r.name.split('.')[0]!, r.assetId!]));
  const list = async (request: Parameters<typeof call<'assets.list'>>[1] = {}) =>
    (await call('assets.list', request)).items.map(
      (i: AssetSummary) => i.originalName.split('.')[0],
    );
  return { ...lib, ids, list };
}

describe('assets API', () => {
  it('lists newest first by taken date (capture date, else import time)', async () => {
    const { list } = await stocked();
    const names = await list();
    expect(names.slice(-2)).toEqual(['upacara-bendera', 'potret-bupati']);
    expect(await list({ sort: 'oldest' })).toEqual([...names].reverse());
    expect(await list({ sort: 'name' })).toEqual([
      'klip-festival',
      'logo-kotak',
      'potret-bupati',
      'surat-edaran',
      'upacara-bendera',
    ]);
  });

  it('filters by kind, orientation, date range and status', async () => {
    const { list } = await stocked();
    expect(await list({ filter: { kinds: ['document', 'video'] }, sort: 'name' })).toEqual([
      'klip-festival',
      'surat-edaran',
    ]);
    expect(await list({ filter: { orientation: 'portrait' } })).toEqual(['potret-bupati']);
    expect(await list({ filter: { orientation: 'square' } })).toEqual(['logo-kotak']);
    expect(await list({ filter: { orientation: 'landscape' }, sort: 'name' })).toEqual([
      'klip-festival',
      'upacara-bendera',
    ]);
    expect(await list({ filter: { from: '2024-08-01', to: '2024-08-17' } })).toEqual([
      'upacara-bendera',
    ]);
    expect(await list({ filter: { to: '2024-08-16' } })).toEqual(['potret-bupati']);
    expect(await list({ filter: { status: 'missing' } })).toEqual([]);
  });

  it('searches file name, title, description and tags, ignoring diacritics, words as prefixes', async () => {
    const { call, ids, list } = await stocked();
    await call('assets.update', {
      id: ids['potret-bupati']!,
      title: 'Kunjungan kerja',
      description: 'Bupati meninjau pembangunan jembatan di Désa Sukamaju',
      tags: ['Infrastruktur'],
    });
    expect(await list({ filter: { query: 'upacara' } })).toEqual(['upacara-bendera']);
    expect(await list({ filter: { query: 'kunjungan' } })).toEqual(['potret-bupati']);
    expect(await list({ filter: { query: 'desa jembat' } })).toEqual(['potret-bupati']);
    expect(await list({ filter: { query: 'infra' } })).toEqual(['potret-bupati']);
    expect(await list({ filter: { query: 'festival', kinds: ['image'] } })).toEqual([]);
    expect(await list({ filter: { query: '"*:(' } })).toHaveLength(5); // nothing to search for
  });

  it('pages by cursor and by offset, and counts when asked', async () => {
    const { call } = await stocked();
    const all = (await call('assets.list', { sort: 'name' })).items.map((i) => i.id);
    const first = await call('assets.list', { sort: 'name', limit: 2, withTotal: true });
    expect(first.total).toBe(5);
    const second = await call('assets.list', { sort: 'name', limit: 2, cursor: first.nextCursor! });
    const third = await call('assets.list', { sort: 'name', limit: 2, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items].map((i) => i.id)).toEqual(all);
    expect(third.nextCursor).toBeNull();
    expect(second.total).toBeNull();
    const jumped = await call('assets.list', { sort: 'name', limit: 2, offset: 3 });
    expect(jumped.items.map((i) => i.id)).toEqual(all.slice(3));
  });

  it('refuses a forged cursor and cursor with offset', async () => {
    const { fail } = await stocked();
    expect(await fail('assets.list', { cursor: 'bm9wZQ' })).toMatchObject({
      code: 'invalid_request',
      field: 'cursor',
    });
    expect(await fail('assets.list', { cursor: 'x', offset: 2 })).toMatchObject({
      field: 'offset',
    });
  });

  it('edits user fields and tags; rights expiring within N days', async () => {
    const { call, ids, list } = await stocked();
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const later = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const edited = await call('assets.update', {
      id: ids['upacara-bendera']!,
      title: 'Upacara 17 Agustus',
      credit: 'Dok. Humas',
      rights: 'Hanya untuk kanal resmi',
      rightsExpiresOn: soon,
      tags: ['HUT RI', 'upacara', 'hut ri'],
    });
    expect(edited).toMatchObject({
      title: 'Upacara 17 Agustus',
      credit: 'Dok. Humas',
      rightsExpiresOn: soon,
      tags: ['HUT RI', 'upacara'],
    });
    await call('assets.update', { id: ids['logo-kotak']!, rightsExpiresOn: later });
    expect(await list({ filter: { rightsExpiringWithinDays: 30 } })).toEqual(['upacara-bendera']);
    expect(await call('assets.tags', {})).toEqual([
      { tag: 'HUT RI', count: 1 },
      { tag: 'upacara', count: 1 },
    ]);
    expect(await list({ filter: { tags: ['hut ri'] } })).toEqual(['upacara-bendera']);
  });

  it('bulk-tags, and filters by every tag given', async () => {
    const { call, ids, list } = await stocked();
    const both = [ids['upacara-bendera']!, ids['potret-bupati']!];
    expect(await call('assets.bulkTag', { ids: both, add: ['2024', 'pemkab'] })).toEqual({
      updated: 2,
    });
    await call('assets.bulkTag', { ids: [ids['potret-bupati']!], remove: ['pemkab'] });
    expect(await list({ filter: { tags: ['2024'] }, sort: 'name' })).toEqual([
      'potret-bupati',
      'upacara-bendera',
    ]);
    expect(await list({ filter: { tags: ['2024', 'pemkab'] } })).toEqual(['upacara-bendera']);
    expect(await list({ filter: { query: 'pemkab' } })).toEqual(['upacara-bendera']);
  });

  it('collections: create, add, filter, rename, delete (assets stay)', async () => {
    const { call, fail, ids, list } = await stocked();
    const hut = await call('collections.create', { name: 'HUT RI 2024' });
    expect(await fail('collections.create', { name: 'hut ri 2024' })).toMatchObject({
      code: 'conflict',
    });
    expect(
      await call('assets.addToCollection', {
        collectionId: hut.id,
        ids: [ids['upacara-bendera']!, ids['logo-kotak']!],
      }),
    ).toEqual({ added: 2 });
    expect(await list({ filter: { collectionId: hut.id }, sort: 'name' })).toEqual([
      'logo-kotak',
      'upacara-bendera',
    ]);
    expect((await call('assets.get', { id: ids['logo-kotak']! })).collectionIds).toEqual([hut.id]);
    await call('assets.removeFromCollection', { collectionId: hut.id, ids: [ids['logo-kotak']!] });
    expect(await call('collections.rename', { id: hut.id, name: 'HUT RI ke-79' })).toMatchObject({
      name: 'HUT RI ke-79',
      assetCount: 1,
    });
    expect(await call('collections.list', {})).toHaveLength(1);
    await call('collections.delete', { id: hut.id });
    expect(await call('collections.list', {})).toEqual([]);
    expect(await list()).toHaveLength(5);
    expect(await fail('assets.list', { filter: { collectionId: hut.id } })).toMatchObject({
      code: 'not_found',
    });
  });

  it('used/unused, usage list, and delete refused while a post uses the asset', async () => {
    const { call, fail, ids, list, dataDir } = await stocked();
    const planner = await call('people.create', { name: 'Rina', role: 'planner' });
    const used = ids['upacara-bendera']!;
    const post = await call('posts.create', {
      actorId: planner.id,
      title: 'Peringatan HUT RI',
      assetIds: [used, ids['logo-kotak']!],
    });
    expect(post.assetIds).toEqual([used, ids['logo-kotak']!]);
    expect(await list({ filter: { usage: 'used' }, sort: 'name' })).toEqual([
      'logo-kotak',
      'upacara-bendera',
    ]);
    expect(await list({ filter: { usage: 'unused' } })).toHaveLength(3);
    expect(await call('assets.usage', { id: used })).toEqual([
      expect.objectContaining({ postId: post.id, title: 'Peringatan HUT RI', position: 0 }),
    ]);

    const asset = await call('assets.get', { id: used });
    expect(asset.usageCount).toBe(1);
    const refused = await fail('assets.delete', { ids: [used, ids['surat-edaran']!] });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/dipakai di 1 unggahan \("Peringatan HUT RI"\)/);
    expect(await list()).toHaveLength(5); // nothing deleted, not even the unused one

    expect(await call('assets.delete', { ids: [used], force: true })).toEqual({
      deleted: 1,
      detachedFromPosts: 1,
    });
    const after = await call('posts.get', { id: post.id });
    expect(after.assetIds).toEqual([ids['logo-kotak']!]);
    expect(after.version).toBe(post.version + 1);
    expect((await call('posts.activity', { id: post.id })).at(-1)).toMatchObject({
      action: 'edit',
      actorId: null,
      changes: { assetIds: [[used, ids['logo-kotak']!], [ids['logo-kotak']!]] },
    });
    for (const path of [asset.media.original, asset.media.thumbSmall!, asset.media.thumbLarge!]) {
      expect(existsSync(join(dataDir, path))).toBe(false);
    }
    expect(await fail('assets.get', { id: used })).toMatchObject({ code: 'not_found' });
  });

  it('deletes unused assets with their files', async () => {
    const { call, ids, dataDir, list } = await stocked();
    const doc = await call('assets.get', { id: ids['surat-edaran']! });
    expect(await call('assets.delete', { ids: [doc.id] })).toEqual({
      deleted: 1,
      detachedFromPosts: 0,
    });
    expect(existsSync(join(dataDir, doc.media.original))).toBe(false);
    expect(await list()).toHaveLength(4);
    expect(await list({ filter: { query: 'surat' } })).toEqual([]);
  });

  it('posts refuse attachments that are not in the library', async () => {
    const { call, fail, ids } = await stocked();
    const planner = await call('people.create', { name: 'Rina', role: 'planner' });
    const ghost = '00000000-0000-4000-8000-000000000001';
    expect(
      await fail('posts.create', {
        actorId: planner.id,
        title: 'X',
        assetIds: [ids['logo-kotak']!, ghost],
      }),
    ).toMatchObject({ code: 'not_found', field: 'assetIds.1' });
    const post = await call('posts.create', { actorId: planner.id, title: 'Y' });
    expect(
      await fail('posts.update', {
        id: post.id,
        version: post.version,
        actorId: planner.id,
        assetIds: [ghost],
      }),
    ).toMatchObject({ code: 'not_found', field: 'assetIds.0' });
  });

  it('reports media paths the renderer prefixes, and no thumbnails for a PDF', async () => {
    const { call, ids } = await stocked();
    const doc = await call('assets.get', { id: ids['surat-edaran']! });
    expect(doc.media).toEqual({
      original: `assets/${doc.sha256.slice(0, 2)}/${doc.sha256}.pdf`,
      thumbSmall: null,
      thumbLarge: null,
    });
    expect(doc).toMatchObject({ kind: 'document', pageCount: 3, mime: 'application/pdf' });
  });
});
