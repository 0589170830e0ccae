import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../src/main/services/fts-query';
import { useOffice } from './fixture';

const office = useOffice();

describe('filters and full-text search', () => {
  it('filters the month by channel, status, campaign, assignee and tag', async () => {
    const { call, people, channels } = await office();
    const pillar = await call('campaigns.create', { name: 'Pariwisata' });
    const schedule = { date: '2026-12-03', time: '10:00' };
    const a = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Wisata air terjun',
      channels: [{ channelId: channels.instagram.id, format: 'reel' }],
      campaignId: pillar.id,
      tags: ['wisata'],
      schedule,
    });
    const b = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Info pajak',
      channels: [{ channelId: channels.x.id, format: 'feed' }],
      assigneeId: people.dimas.id,
      schedule,
    });
    const range = (filter: object) =>
      call('posts.range', { from: '2026-12-01', to: '2026-12-31', filter }).then((list) =>
        list.map((p) => p.id),
      );
    expect(await range({})).toEqual([a.id, b.id]);
    expect(await range({ channelIds: [channels.x.id] })).toEqual([b.id]);
    expect(await range({ campaignIds: [pillar.id] })).toEqual([a.id]);
    expect(await range({ assigneeIds: [people.dimas.id] })).toEqual([b.id]);
    expect(await range({ tags: ['wisata'] })).toEqual([a.id]);
    expect(await range({ statuses: ['approved'] })).toEqual([]);
    expect(await call('posts.tags', {})).toEqual([{ tag: 'wisata', count: 1 }]);
    const [summary] = await call('posts.range', {
      from: '2026-12-01',
      to: '2026-12-31',
      filter: { tags: ['wisata'] },
    });
    expect(summary).toMatchObject({
      title: 'Wisata air terjun',
      channels: [{ channelId: channels.instagram.id, format: 'reel' }],
      assetCount: 0,
    });
  });

  it('lists a weekly series in date order, ideas last', async () => {
    const { call, people } = await office();
    // Created in date order, as a weekly series is: the newest row is the last Friday.
    const fridays = ['2026-12-04', '2026-12-11', '2026-12-18', '2026-12-25'];
    for (const date of fridays) {
      await call('posts.create', {
        actorId: people.rina.id,
        title: 'Jumat Berkah',
        schedule: { date, time: '08:00' },
      });
    }
    await call('posts.create', { actorId: people.rina.id, title: 'Jumat Berkah (ide)' });
    const found = await call('posts.search', { query: 'jumat berkah' });
    expect(found.map((p) => p.title)).toEqual([
      ...fridays.map(() => 'Jumat Berkah'),
      'Jumat Berkah (ide)',
    ]);
    expect(found.slice(0, 4).map((p) => p.scheduledAt!.slice(0, 10))).toEqual([
      '2026-12-04',
      '2026-12-11',
      '2026-12-18',
      '2026-12-25',
    ]);
  });

  it('finds posts by title, caption, variant caption, notes and tags, ignoring diacritics and case', async () => {
    const { call, people, channels } = await office();
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Pelantikan Pejabat',
      caption: 'Café kopi lokal dibuka',
      brief: 'Minta foto dari Prokopim',
      channels: [
        {
          channelId: channels.x.id,
          format: 'feed',
          captionOverride: 'Versi singkat untuk X: pelantikan',
        },
      ],
      tags: ['birokrasi'],
    });
    for (const query of [
      'pelantik',
      'CAFE',
      'kopi lokal',
      'prokopim',
      'birokrasi',
      'versi singkat',
      '"café" -x*',
    ]) {
      expect(
        (await call('posts.search', { query })).map((p) => p.id),
        query,
      ).toEqual([post.id]);
    }
    expect(await call('posts.search', { query: 'banjir' })).toEqual([]);
    await call('posts.update', {
      id: post.id,
      version: 1,
      actorId: people.rina.id,
      title: 'Rapat koordinasi',
    });
    expect(await call('posts.search', { query: 'pelantikan pejabat' })).toEqual([]);
    expect((await call('posts.search', { query: 'rapat' })).map((p) => p.id)).toEqual([post.id]);
  });

  it('quotes every term so no input is read as FTS syntax', () => {
    expect(toFtsQuery('kopi "lokal" NEAR(a b) -x')).toBe('"kopi"* "lokal"* "NEAR"* "a"* "b"* "x"*');
    expect(toFtsQuery('#HariPahlawan')).toBe('"HariPahlawan"*');
    expect(toFtsQuery('   ---   ')).toBeNull();
  });
});
