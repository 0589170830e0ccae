import { describe, expect, it } from 'vitest';
import { useOffice } from '../posts/fixture';

const office = useOffice();

describe('targets and figures typed in by hand', () => {
  it('sets and reads the year’s targets; planners may not', async () => {
    const { call, fail, people, channels } = await office();
    const pillar = await call('campaigns.create', { name: 'Layanan publik' });
    const set = await call('targets.set', {
      actorId: people.bambang.id,
      year: 2026,
      channels: [
        {
          channelId: channels.instagram.id,
          postsPerMonth: 20,
          engagementRate: 0.035,
          followerGrowth: 0.1,
        },
      ],
      pillars: [{ campaignId: pillar.id, share: 0.4 }],
      onTimeToleranceMinutes: 30,
      ikuWording: { engagement: 'Persentase keterlibatan publik di media sosial' },
    });
    expect(set).toEqual(await call('targets.get', { year: 2026 }));
    expect(set).toMatchObject({
      onTimeToleranceMinutes: 30,
      channels: [{ postsPerMonth: 20, engagementRate: 0.035 }],
      pillars: [{ share: 0.4 }],
    });
    expect((await call('targets.get', { year: 2027 })).channels).toEqual([]);
    const refused = await fail('targets.set', {
      actorId: people.rina.id,
      year: 2026,
      channels: [],
      pillars: [],
    });
    expect(refused).toMatchObject({ code: 'forbidden', key: 'performance.targetsNotAllowed' });
    const tooMuch = await fail('targets.set', {
      actorId: people.bambang.id,
      year: 2026,
      channels: [],
      pillars: [
        { campaignId: pillar.id, share: 0.7 },
        { campaignId: pillar.id, share: 0.7 },
      ],
    });
    expect(tooMuch.code).toBe('invalid_request');
  });

  it('stores manual figures as a dated snapshot and followers per month', async () => {
    const { app, call, people, channels } = await office();
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Siaran langsung',
      channels: [{ channelId: channels.youtube.id, format: 'video' }],
      schedule: { date: '2026-12-04', time: '19:00' },
    });
    await call('figures.set', {
      actorId: people.rina.id,
      postId: post.id,
      channelId: channels.youtube.id,
      asOf: '2026-12-10',
      figures: { views: 1500, likes: 80 },
    });
    expect(
      app.db.prepare('SELECT as_of, source, views, likes, reach FROM figure_snapshots').all(),
    ).toEqual([{ as_of: '2026-12-10', source: 'manual', views: 1500, likes: 80, reach: null }]);
    expect((await call('posts.activity', { id: post.id })).at(-1)!.action).toBe('figures');
    await call('followers.set', {
      actorId: people.rina.id,
      channelId: channels.youtube.id,
      month: '2026-12',
      followers: 5120,
    });
    expect(await call('followers.list', { year: 2026 })).toEqual([
      { channelId: channels.youtube.id, month: '2026-12', followers: 5120 },
    ]);
  });
});
