import { describe, expect, it } from 'vitest';
import { createApproved, useOffice } from '../posts/fixture';

const office = useOffice();

describe('"Sebagian terbit" on the calendar’s posts', () => {
  it('marks an approved post with some channels out, and drops it when all are or none is', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const post = await createApproved(setup, {
      title: 'Jalan sehat HUT Kabupaten',
      caption: 'Ayo ikut',
      channels: [
        { channelId: channels.instagram.id, format: 'feed' },
        { channelId: channels.x.id, format: 'post' },
      ],
      schedule: { date: '2026-12-01', time: '09:00' },
    });
    const month = async () =>
      (await call('posts.range', { from: '2026-12-01', to: '2026-12-31', filter: {} }))[0]!;
    expect((await month()).partlyPublished).toBeUndefined();

    await call('publications.mark', {
      actorId: people.bambang.id,
      items: [{ postId: post.id, channelId: channels.instagram.id }],
    });
    expect(await month()).toMatchObject({ status: 'approved', partlyPublished: true });

    await call('publications.mark', {
      actorId: people.bambang.id,
      items: [{ postId: post.id }],
    });
    const published = await month();
    expect(published.status).toBe('published');
    expect(published.partlyPublished).toBeUndefined();

    await call('publications.unmark', {
      actorId: people.bambang.id,
      items: [{ postId: post.id, channelId: channels.x.id }],
    });
    expect(await month()).toMatchObject({ status: 'approved', partlyPublished: true });
  });
});
