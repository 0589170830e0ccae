import { describe, expect, it } from 'vitest';
import { provinceRepository } from '../../../src/main/db/repositories/province';
import { provinceReports } from '../../../src/main/province/reports';
import type { ContentPack } from '../../../src/shared/domain/province-pack';
import { submitAndApprove, useOffice } from '../posts/fixture';
import { belaNegaraPack, packIds } from './pack-fixture';

const regencyOffice = useOffice();
const provinceOffice = useOffice();

const itemA = packIds.ceremony;

const packV1 = belaNegaraPack({
  pack: { instructions: 'Unggah di semua kanal.' },
  ceremony: {
    platforms: [
      { platform: 'instagram', format: 'feed', caption: 'Upacara bela negara.' },
      { platform: 'x', format: 'post', caption: 'Upacara bela negara hari ini.' },
    ],
    hashtags: ['#HariBelaNegara'],
  },
});

describe('a pack from the province to a regency and its report back', () => {
  it('adopts an item as a draft, offers version 2’s change, and reports the publication back', async () => {
    const regency = await regencyOffice();
    const { app, call, people, channels } = regency;
    const packs = app.services.province;
    const reports = provinceReports(app.db, app.services.report);

    expect(packs.receive('73', ['73.06'], packV1, '2026-12-01T02:00:00.000Z')).toEqual({
      stored: true,
      changes: [],
    });
    // The same file again (a re-synced copy) changes nothing.
    expect(packs.receive('73', ['73.06'], packV1, '2026-12-01T03:00:00.000Z').stored).toBe(false);

    const { post, missingPlatforms } = await call('province.adopt', {
      actorId: people.rina.id,
      packId: packV1.packId,
      itemId: itemA,
    });
    expect(missingPlatforms).toEqual([]);
    expect(post).toMatchObject({ title: 'Upacara Hari Bela Negara', status: 'draft' });
    expect(post.channels.map((c) => [c.channelId, c.captionOverride])).toEqual([
      [channels.instagram.id, null],
      [channels.x.id, 'Upacara bela negara hari ini.'],
    ]);
    expect(
      await regency.fail('province.adopt', {
        actorId: people.dimas.id,
        packId: packV1.packId,
        itemId: itemA,
      }),
    ).toMatchObject({ code: 'conflict' });

    // Version 2 changes the adopted item's caption: offered, the draft untouched.
    const packV2: ContentPack = {
      ...packV1,
      version: 2,
      sentAt: '2026-12-05T01:00:00.000Z',
      items: [
        {
          ...packV1.items[0]!,
          platforms: [
            {
              platform: 'instagram',
              format: 'feed',
              caption: 'Upacara bela negara di halaman kantor.',
            },
            { platform: 'x', format: 'post', caption: 'Upacara bela negara hari ini.' },
          ],
        },
        packV1.items[1]!,
      ],
    };
    const second = packs.receive('73', ['73.06'], packV2, '2026-12-05T02:00:00.000Z');
    expect(second.changes).toEqual([
      expect.objectContaining({ kind: 'changed', itemId: itemA, fields: ['caption'] }),
    ]);
    // An older version arriving late changes nothing.
    expect(packs.receive('73', ['73.06'], packV1, '2026-12-06T00:00:00.000Z').changes).toEqual([]);
    const shown = (await call('province.received', {}))[0]!;
    expect(shown.pack.version).toBe(2);
    expect(shown.items.find((i) => i.itemId === itemA)!.change).toMatchObject({
      fields: ['caption'],
      captionPlatforms: ['instagram'],
    });
    expect((await call('posts.get', { id: post.id })).caption).toBe('Upacara bela negara.');
    await call('province.acknowledgeChange', {
      actorId: people.rina.id,
      packId: packV1.packId,
      itemId: itemA,
    });
    expect(packs.received()[0]!.items.find((i) => i.itemId === itemA)!.change).toBeNull();

    // Approved and published on Instagram: the report carries it with its link.
    await submitAndApprove(regency, post);
    await call('publications.mark', {
      actorId: people.bambang.id,
      items: [
        {
          postId: post.id,
          channelId: channels.instagram.id,
          publishedAt: '2026-12-19T00:35:00.000Z',
          permalink: 'https://www.instagram.com/p/BelaNegara1/',
        },
      ],
    });
    const report = reports.build('2026-12', '2027-01-02T03:00:00.000Z');
    expect(report.packItems).toEqual([
      expect.objectContaining({
        packId: packV1.packId,
        packVersion: 2,
        itemId: itemA,
        publications: [
          {
            platform: 'instagram',
            publishedAt: '2026-12-19T00:35:00.000Z',
            permalink: 'https://www.instagram.com/p/BelaNegara1/',
          },
        ],
      }),
    ]);
    expect(report.totals.plannedPosts).toBe(1);

    // The province stores the report once and names who carried the item, where and how fast.
    const province = await provinceOffice();
    const provinceStore = provinceRepository(province.app.db);
    provinceStore.recordPack({
      pack: packV1,
      senderCode: '73',
      recipients: ['semua'],
      receivedAt: null,
    });
    provinceStore.recordPack({
      pack: packV2,
      senderCode: '73',
      recipients: ['semua'],
      receivedAt: null,
    });
    const roll = provinceReports(province.app.db, province.app.services.report);
    expect(roll.receive('73.06', '2027-01-02T04:00:00.000Z', report)).toBe(true);
    expect(roll.receive('73.06', '2027-01-02T05:00:00.000Z', report)).toBe(false);
    const rollup = roll.rollup(
      '2026-12',
      [
        { code: '73.06', name: 'Kabupaten Gowa' },
        { code: '73.09', name: 'Kabupaten Maros' },
      ],
      '2027-01-07T00:00:00.000Z',
    );
    expect(rollup.regencies.map((r) => [r.code, r.report.state, r.current.adoptionShare])).toEqual([
      ['73.06', 'on_time', 0.5],
      ['73.09', 'missing', 0],
    ]);
    const upacara = rollup.items.find((i) => i.itemId === itemA)!;
    expect(upacara.carriers[0]).toMatchObject({
      code: '73.06',
      adopted: true,
    });
    // From the first version's sending (1 Dec 01:00 UTC) to 19 Dec 00:35 UTC: 18 days less 25 min.
    expect(upacara.carriers[0]!.hoursToPublication).toBeCloseTo(18 * 24 - 25 / 60, 6);
  });
});
