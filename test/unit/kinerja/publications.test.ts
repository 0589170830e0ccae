import { describe, expect, it } from 'vitest';
import { checkPermalink, permalinkKey } from '../../../src/shared/domain/publication';
import { createApproved, useOffice } from '../posts/fixture';

const office = useOffice();
type Setup = Awaited<ReturnType<typeof office>>;

/** An approved post on Instagram and X, on 2026-12-01 at 09:00 WIB. */
const approvedPost = (setup: Setup, title = 'Jalan sehat HUT Kabupaten') =>
  createApproved(setup, {
    title,
    caption: 'Ayo ikut jalan sehat',
    channels: [
      { channelId: setup.channels.instagram.id, format: 'feed' },
      { channelId: setup.channels.x.id, format: 'post' },
    ],
    schedule: { date: '2026-12-01', time: '09:00' },
  });

describe('permalinks of a platform', () => {
  it('accepts the platform’s domains and subdomains, and nothing that merely contains them', () => {
    expect(checkPermalink('instagram', 'https://www.instagram.com/p/Abc123/')).toMatchObject({
      ok: true,
    });
    expect(checkPermalink('x', 'https://twitter.com/humas/status/1')).toMatchObject({ ok: true });
    expect(checkPermalink('tiktok', 'https://vm.tiktok.com/ZS1/')).toMatchObject({ ok: true });
    expect(checkPermalink('instagram', 'https://instagram.com.evil.id/p/1')).toEqual({
      ok: false,
      reason: 'domain',
    });
    expect(checkPermalink('instagram', 'https://x.com/humas/status/1')).toEqual({
      ok: false,
      reason: 'domain',
    });
    expect(checkPermalink('instagram', 'instagram.com/p/1')).toEqual({ ok: false, reason: 'url' });
    expect(checkPermalink('instagram', 'javascript:alert(1)')).toEqual({
      ok: false,
      reason: 'url',
    });
    expect(checkPermalink('website', 'https://kab.go.id/berita/1')).toMatchObject({ ok: true });
  });

  it('compares links without scheme, www, query or trailing slash', () => {
    expect(permalinkKey('https://www.instagram.com/p/Abc/?igsh=x')).toBe(
      permalinkKey('http://instagram.com/p/Abc'),
    );
  });
});

describe('publication per channel', () => {
  it('marks one channel: "sebagian terbit", then the other: the post is published', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const post = await approvedPost(setup);
    const first = await call('publications.mark', {
      actorId: people.bambang.id,
      items: [
        {
          postId: post.id,
          channelId: channels.instagram.id,
          publishedAt: '2026-12-01T02:10:00.000Z',
          permalink: 'https://www.instagram.com/p/Abc123/',
        },
      ],
    });
    expect(first.results[0]).toMatchObject({ ok: true, state: 'partial' });
    expect((await call('posts.get', { id: post.id })).status).toBe('approved');

    const second = await call('publications.mark', {
      actorId: people.bambang.id,
      items: [
        { postId: post.id, channelId: channels.x.id, permalink: 'https://x.com/humas/status/9' },
      ],
    });
    expect(second.results[0]).toMatchObject({ ok: true, state: 'all' });
    const published = await call('posts.get', { id: post.id });
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2026-12-01T02:00:00.000Z',
      permalink: 'https://www.instagram.com/p/Abc123/',
    });
    const view = await call('publications.get', { postId: post.id });
    expect(view.channels.map((c) => c.publication?.publishedAt)).toEqual([
      '2026-12-01T02:10:00.000Z',
      // No time given: at the scheduled time (09:00 WIB).
      '2026-12-01T02:00:00.000Z',
    ]);
    const log = await call('posts.activity', { id: post.id });
    expect(log.map((e) => e.action)).toEqual([
      'create',
      'submit',
      'approve',
      'publish',
      'publish',
      'publish',
    ]);
    expect(log[3]!.changes).toMatchObject({ channelId: channels.instagram.id });
    expect(log[5]!.changes).toEqual({ status: ['approved', 'published'] });
  });

  it('marks a selection "terbit sesuai jadwal" and undoes one channel', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const a = await approvedPost(setup, 'Satu');
    const b = await approvedPost(setup, 'Dua');
    const bulk = await call('publications.mark', {
      actorId: people.admin.id,
      items: [{ postId: a.id }, { postId: b.id }],
    });
    expect(bulk.results.map((r) => r.ok && r.state)).toEqual(['all', 'all']);
    expect((await call('posts.get', { id: b.id })).status).toBe('published');

    const undone = await call('publications.unmark', {
      actorId: people.admin.id,
      items: [{ postId: b.id, channelId: channels.x.id }],
    });
    expect(undone.results[0]).toMatchObject({ ok: true, state: 'partial' });
    const back = await call('posts.get', { id: b.id });
    expect(back).toMatchObject({ status: 'approved', publishedAt: null, permalink: '' });
    const log = await call('posts.activity', { id: b.id });
    expect(log.at(-1)).toMatchObject({
      action: 'unpublish',
      changes: {
        channelId: channels.x.id,
        publishedAt: ['2026-12-01T02:00:00.000Z', null],
        status: ['published', 'approved'],
      },
    });
  });

  it('refuses a link of another platform, names the channel, and changes nothing', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const post = await approvedPost(setup);
    const result = await call('publications.mark', {
      actorId: people.bambang.id,
      items: [
        {
          postId: post.id,
          channelId: channels.instagram.id,
          permalink: 'https://x.com/humas/status/9',
        },
      ],
    });
    expect(result.results[0]).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_request',
        key: 'publication.permalinkDomain',
        message: 'Tautan untuk IG Pemkab harus alamat instagram.com, instagr.am.',
      },
    });
    const view = await call('publications.get', { postId: post.id });
    expect(view.state).toBe('none');
    expect((await call('posts.activity', { id: post.id })).map((e) => e.action)).not.toContain(
      'publish',
    );
  });

  it('refuses drafts per post while marking the others, and refuses planners', async () => {
    const setup = await office();
    const { call, fail, people, channels } = setup;
    const approved = await approvedPost(setup);
    const draft = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Masih draf',
      channels: [{ channelId: channels.instagram.id, format: 'feed' }],
      schedule: { date: '2026-12-02', time: '10:00' },
    });
    const result = await call('publications.mark', {
      actorId: people.bambang.id,
      items: [{ postId: draft.id }, { postId: approved.id }],
    });
    expect(result.results[0]).toMatchObject({
      ok: false,
      title: 'Masih draf',
      error: { key: 'publication.notApproved' },
    });
    expect(result.results[1]).toMatchObject({ ok: true, state: 'all' });
    const refused = await fail('publications.mark', {
      actorId: people.rina.id,
      items: [{ postId: approved.id }],
    });
    expect(refused).toMatchObject({ code: 'forbidden', key: 'publication.notAllowed' });
  });

  it('the approval panel’s "Tandai terbit" marks every channel', async () => {
    const setup = await office();
    const { call, people } = setup;
    const post = await approvedPost(setup);
    await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: people.bambang.id,
      action: 'publish',
      permalink: 'https://www.instagram.com/p/Z/',
      publishedAt: '2026-12-01T03:00:00.000Z',
    });
    const view = await call('publications.get', { postId: post.id });
    expect(view.state).toBe('all');
    expect(view.channels.map((c) => c.publication?.permalink)).toEqual([
      'https://www.instagram.com/p/Z/',
      '',
    ]);
  });
});
