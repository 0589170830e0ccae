import { readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { assetsRepository } from '../../../src/main/db/repositories/assets';
import { exchangeRepository } from '../../../src/main/db/repositories/exchange';
import { setOwnIdentity } from '../../../src/main/exchange/identity';
import { outboxOf } from '../../../src/main/exchange/outbox';
import type { RequestOf } from '../../../src/shared/api/contract';
import { parseExchangeFileName } from '../../../src/shared/exchange/envelope';
import type { OfficeLevel } from '../../../src/shared/exchange/region';
import { photo } from '../bundle/fixture';
import { introduce } from '../exchange/fixture';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';

const provinceOffice = useOffice();
const regencyOffice = useOffice();
const folders = useTempDir('linimasa-pertukaran-');

type Office = Awaited<ReturnType<ReturnType<typeof useOffice>>>;

/** An office set up for the exchange in the shared folder, as its administrator would. */
function joinExchange(
  office: Office,
  folder: string,
  code: string,
  name: string,
  level: OfficeLevel,
) {
  const context = { db: office.app.db, dataDir: office.app.paths.root };
  setOwnIdentity(context, { code, name, level });
  exchangeRepository(office.app.db).setFolder(folder);
  return { ...context, code };
}

/** A week from now: the deadline a composer would pick. */
const nextWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

async function setUp() {
  const folder = folders();
  const province = await provinceOffice();
  const regency = await regencyOffice();
  const p = joinExchange(
    province,
    folder,
    '73',
    'Diskominfo Provinsi Sulawesi Selatan',
    'provinsi',
  );
  const r = joinExchange(regency, folder, '73.06', 'Diskominfo Kabupaten Gowa', 'kabupaten_kota');
  introduce(p, r);
  introduce(r, p);

  // Two posts of the province: one on Instagram and X (X with its own caption) with a photo,
  // one on YouTube.
  await province.app.library.ready;
  const uploaded = await province.app.library.importStream(
    'poster-bela-negara.jpg',
    Readable.from([await photo(7)]),
  );
  if (uploaded.status !== 'imported') throw new Error(uploaded.reason ?? 'upload failed');
  const { rina, bambang } = province.people;
  const upacara = await province.call('posts.create', {
    actorId: rina.id,
    title: 'Upacara Hari Bela Negara',
    caption: 'Upacara bela negara di halaman kantor gubernur. #HariBelaNegara',
    hashtags: ['SulselBersatu'],
    channels: [
      { channelId: province.channels.instagram.id, format: 'carousel' },
      {
        channelId: province.channels.x.id,
        format: 'post',
        captionOverride: 'Upacara bela negara pagi ini.',
      },
    ],
    assetIds: [uploaded.assetId!],
    schedule: { date: '2026-12-19', time: '07:30' },
  });
  const video = await province.call('posts.create', {
    actorId: rina.id,
    title: 'Video sambutan gubernur',
    caption: 'Sambutan gubernur pada Hari Bela Negara.',
    channels: [{ channelId: province.channels.youtube.id, format: 'video' }],
    schedule: { date: '2026-12-20', time: '16:00' },
  });
  return { folder, province, regency, upacara, video, bambang, rina, asset: uploaded };
}

const packFiles = (folder: string) =>
  readdirSync(outboxOf(folder, '73')).filter(
    (name) => parseExchangeFileName(name)?.kind === 'pack',
  );

describe('the province composes and sends a content pack', () => {
  it('builds items from posts: captions per platform, schedule in the office zone, hashtags, media', async () => {
    const { province, upacara, video, bambang, asset } = await setUp();
    const { items, shortened } = await province.call('province.itemsFromPosts', {
      actorId: bambang.id,
      postIds: [upacara.id, video.id],
    });
    expect(shortened).toEqual([]);
    const row = assetsRepository(province.app.db).get(asset.assetId!)!;
    expect(items[0]).toEqual({
      itemId: expect.any(String),
      title: 'Upacara Hari Bela Negara',
      suggestedDate: '2026-12-19',
      suggestedTime: '07:30',
      platforms: [
        {
          platform: 'instagram',
          format: 'carousel',
          caption: 'Upacara bela negara di halaman kantor gubernur. #HariBelaNegara',
        },
        { platform: 'x', format: 'post', caption: 'Upacara bela negara pagi ini.' },
      ],
      hashtags: ['SulselBersatu', 'HariBelaNegara'],
      instructions: '',
      media: [
        { sha256: row.sha256, name: 'poster-bela-negara.jpg', bytes: row.size, mime: row.mime },
      ],
    });
    expect(items[1]).toMatchObject({
      title: 'Video sambutan gubernur',
      suggestedDate: '2026-12-20',
      suggestedTime: '16:00',
      platforms: [
        {
          platform: 'youtube',
          format: 'video',
          caption: 'Sambutan gubernur pada Hari Bela Negara.',
        },
      ],
      media: [],
    });
    // Fresh ids each time: the same post twice makes two items.
    const { items: again } = await province.call('province.itemsFromPosts', {
      actorId: bambang.id,
      postIds: [upacara.id],
    });
    expect(again[0]!.itemId).not.toBe(items[0]!.itemId);
  });

  it('cuts a title and caption longer than a pack holds, never through an emoji; the post stays', async () => {
    const { province, rina, bambang } = await setUp();
    const title = `Pengumuman ${'🇮🇩'.repeat(100)}`;
    const caption = 'Kabar baik. '.repeat(500);
    const long = await province.call('posts.create', {
      actorId: rina.id,
      title,
      caption,
      channels: [{ channelId: province.channels.youtube.id, format: 'video' }],
      schedule: { date: '2026-12-21', time: '09:00' },
    });
    const {
      items: [item],
      shortened,
    } = await province.call('province.itemsFromPosts', {
      actorId: bambang.id,
      postIds: [long.id],
    });
    // Nothing is cut silently: the composer is told what, where and to how much.
    expect(shortened).toEqual([
      { itemId: item!.itemId, field: 'title', limit: 200 },
      { itemId: item!.itemId, field: 'caption', platform: 'youtube', limit: 5000 },
    ]);
    expect(item!.title.length).toBeLessThanOrEqual(200);
    expect(title.startsWith(item!.title)).toBe(true);
    // No half of a surrogate pair left at the cut.
    expect(item!.title).not.toMatch(/\p{Cs}/u);
    expect(item!.platforms[0]!.caption).toBe(caption.trim().slice(0, 5000));
    expect((await province.call('posts.get', { id: long.id })).caption).toBe(caption);
  });

  it('leaves out media and hashtags beyond a pack item’s limits, cuts a long file name, and says so', async () => {
    const { province, rina, bambang } = await setUp();
    const assetIds: string[] = [];
    for (let n = 0; n < 22; n++) {
      const imported = await province.app.library.importStream(
        `foto-${n}.jpg`,
        Readable.from([await photo(100 + n)]),
      );
      assetIds.push(imported.assetId!);
    }
    // The library keeps 255 characters of a name it imports; a row may still hold a longer one
    // (written by an older version), which the pack cuts.
    const longName = `${'liputan-upacara-'.repeat(20)}.jpg`;
    province.app.db
      .prepare('UPDATE assets SET original_name = ? WHERE id = ?')
      .run(longName, assetIds[0]);
    const hashtags = Array.from({ length: 31 }, (_, n) => `BelaNegara${n}`);
    const many = await province.call('posts.create', {
      actorId: rina.id,
      title: 'Galeri upacara',
      caption: `Foto upacara. #${'Panjang'.repeat(15)}`,
      hashtags,
      channels: [{ channelId: province.channels.instagram.id, format: 'carousel' }],
      assetIds,
      schedule: { date: '2026-12-19', time: '10:00' },
    });
    const {
      items: [item],
      shortened,
    } = await province.call('province.itemsFromPosts', { actorId: bambang.id, postIds: [many.id] });
    expect(item!.media).toHaveLength(20);
    expect(item!.media[0]!.name).toBe(longName.slice(0, 255));
    expect(item!.hashtags).toHaveLength(30);
    expect(shortened).toEqual([
      { itemId: item!.itemId, field: 'mediaName', name: longName, limit: 255 },
      { itemId: item!.itemId, field: 'media', left: 2, limit: 20 },
      // One of 31 beyond the count, and the 105-character one from the caption.
      { itemId: item!.itemId, field: 'hashtags', left: 2, limit: 30, chars: 100 },
    ]);
  });

  it('reads the schedule in the office zone, not UTC', async () => {
    const { province, upacara, bambang } = await setUp();
    await province.call('settings.update', {
      timeZone: 'Asia/Makassar',
      zoneChange: { keep: 'instant' },
    });
    const {
      items: [item],
    } = await province.call('province.itemsFromPosts', {
      actorId: bambang.id,
      postIds: [upacara.id],
    });
    // 07.30 WIB is 08.30 WITA.
    expect([item!.suggestedDate, item!.suggestedTime]).toEqual(['2026-12-19', '08:30']);
  });

  it('sends version 1, then version 2 with the same item ids; the regency sees what changed', async () => {
    const { folder, province, regency, upacara, video, bambang } = await setUp();
    const { items } = await province.call('province.itemsFromPosts', {
      actorId: bambang.id,
      postIds: [upacara.id, video.id],
    });
    const request: RequestOf<'province.sendPack'> = {
      title: 'Hari Bela Negara 2026',
      instructions: 'Unggah di kanal resmi masing-masing.',
      deadline: nextWeek(),
      items,
      recipients: ['73.06'],
    };
    const first = await province.call('province.sendPack', { actorId: bambang.id, ...request });
    expect(first.version).toBe(1);
    expect(first.file).toMatch(/^73\/outbox\/\d{8}-[0-9a-f]{16}\.pack\.linimasa-kiriman$/);
    expect(packFiles(folder)).toEqual([first.file.split('/').pop()]);

    // The regency reads the file and adopts the first item.
    await regency.app.services.exchange.sync();
    const [received] = await regency.call('province.received', {});
    expect(received!.pack).toMatchObject({
      packId: first.packId,
      version: 1,
      title: request.title,
    });
    expect(received!.pack.items.map((i) => i.itemId)).toEqual(items.map((i) => i.itemId));
    await regency.call('province.adopt', {
      actorId: regency.people.rina.id,
      packId: first.packId,
      itemId: items[0]!.itemId,
    });

    // Version 2: the Instagram caption of the first item changes.
    const [upacaraItem, videoItem] = items as [(typeof items)[0], (typeof items)[0]];
    const changed = {
      ...upacaraItem,
      platforms: upacaraItem.platforms.map((p) =>
        p.platform === 'instagram' ? { ...p, caption: 'Upacara bela negara, ikuti siarannya.' } : p,
      ),
    };
    const second = await province.call('province.sendPack', {
      actorId: bambang.id,
      ...request,
      packId: first.packId,
      items: [changed, videoItem],
    });
    expect(second).toMatchObject({ packId: first.packId, version: 2 });
    expect(second.file).not.toBe(first.file);

    const sent = await province.call('province.sent', {});
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recipients: ['73.06'], pack: { version: 2 } });
    expect(sent[0]!.pack.items.map((i) => i.itemId)).toEqual(items.map((i) => i.itemId));

    await regency.app.services.exchange.sync();
    const [updated] = await regency.call('province.received', {});
    expect(updated!.pack.version).toBe(2);
    expect(updated!.items.find((i) => i.itemId === upacaraItem.itemId)!.change).toEqual({
      kind: 'changed',
      itemId: upacaraItem.itemId,
      title: upacaraItem.title,
      fields: ['caption'],
      captionPlatforms: ['instagram'],
    });
  });

  it('refuses: not a province, an unknown recipient, a past deadline, a planner, an unknown pack', async () => {
    const { folder, province, regency, upacara, bambang, rina } = await setUp();
    const { items } = await province.call('province.itemsFromPosts', {
      actorId: bambang.id,
      postIds: [upacara.id],
    });
    const request: RequestOf<'province.sendPack'> = {
      title: 'Hari Bela Negara 2026',
      instructions: '',
      deadline: nextWeek(),
      items,
      recipients: 'semua',
    };
    const asBambang = { actorId: bambang.id, ...request };

    expect(
      await regency.fail('province.sendPack', { actorId: regency.people.bambang.id, ...request }),
    ).toMatchObject({ code: 'forbidden', key: 'provinceSend.notProvince' });
    // 73.09 is of this province but unknown here; 74.01 belongs to another province.
    for (const code of ['73.09', '74.01']) {
      expect(
        await province.fail('province.sendPack', { ...asBambang, recipients: ['73.06', code] }),
      ).toMatchObject({
        code: 'invalid_request',
        key: 'provinceSend.unknownRecipient',
        params: { code },
      });
    }
    expect(
      await province.fail('province.sendPack', {
        ...asBambang,
        deadline: new Date(Date.now() - 60_000).toISOString(),
      }),
    ).toMatchObject({ code: 'invalid_request', key: 'provinceSend.deadlinePast' });
    expect(
      await province.fail('province.sendPack', { ...request, actorId: rina.id }),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await province.fail('province.sendPack', {
        ...asBambang,
        packId: '0190f0a0-0000-7000-8000-0000000000ff',
      }),
    ).toMatchObject({ code: 'not_found', key: 'provinceSend.packNotFound' });
    // A post without a time (an idea) cannot become an item.
    const idea = await province.call('posts.create', { actorId: rina.id, title: 'Ide kutipan' });
    expect(
      await province.fail('province.itemsFromPosts', { actorId: bambang.id, postIds: [idea.id] }),
    ).toMatchObject({ code: 'invalid_request', key: 'provinceSend.postUnscheduled' });

    // Nothing was written and nothing recorded.
    expect(readdirSync(folder).includes('73') ? packFiles(folder) : []).toEqual([]);
    expect(await province.call('province.sent', {})).toEqual([]);
    // The same request from the approver goes out to every known regency.
    const sent = await province.call('province.sendPack', asBambang);
    expect(sent.version).toBe(1);
    expect((await province.call('province.sent', {}))[0]!.recipients).toEqual(['semua']);
  });
});
