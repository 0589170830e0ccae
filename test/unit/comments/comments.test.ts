import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../src/shared/api/events';
import { useOffice } from '../posts/fixture';

const office = useOffice();

async function withPost() {
  const setup = await office();
  const { call, people, channels } = setup;
  const post = await call('posts.create', {
    actorId: people.rina.id,
    title: 'Hari Ibu',
    caption: 'Selamat Hari Ibu.',
    channels: [{ channelId: channels.instagram.id, format: 'feed' }],
    schedule: { date: '2026-12-22', time: '08:00' },
  });
  const seen: ChangeEvent[] = [];
  setup.app.events.subscribe((event) => seen.push(event));
  return { ...setup, post, seen };
}

describe('comments on a post', () => {
  it('adds, lists oldest first with author and role, edits and deletes own (soft)', async () => {
    const { call, fail, people, post, seen } = await withPost();
    const first = await call('comments.add', {
      actorId: people.bambang.id,
      postId: post.id,
      text: '  Fotonya kurang terang.  ',
    });
    expect(first.text).toBe('Fotonya kurang terang.');
    await call('comments.add', {
      actorId: people.rina.id,
      postId: post.id,
      text: 'Siap, diganti.',
    });
    const thread = await call('comments.list', { actorId: people.dimas.id, postId: post.id });
    expect(thread.comments.map((c) => [c.authorName, c.authorRole, c.text])).toEqual([
      ['Bambang', 'approver', 'Fotonya kurang terang.'],
      ['Rina', 'planner', 'Siap, diganti.'],
    ]);
    expect(seen.filter((e) => e.kind === 'comment').map((e) => e.ids)).toEqual([
      [post.id],
      [post.id],
    ]);

    const edited = await call('comments.edit', {
      actorId: people.bambang.id,
      id: first.id,
      text: 'Fotonya terlalu gelap.',
    });
    expect(edited.editedAt).not.toBeNull();
    const notMine = await fail('comments.edit', {
      actorId: people.rina.id,
      id: first.id,
      text: 'bukan',
    });
    expect(notMine).toMatchObject({ code: 'forbidden', key: 'comment.notYours' });
    const gone = await call('comments.delete', { actorId: people.bambang.id, id: first.id });
    expect(gone).toMatchObject({ text: '', deletedAt: expect.any(String) });
    const after = await call('comments.list', { actorId: people.rina.id, postId: post.id });
    expect(after.comments).toHaveLength(2);
    expect(after.comments[0]).toMatchObject({ id: first.id, text: '', mentions: [] });

    const log = await call('posts.activity', { id: post.id });
    expect(log.filter((entry) => entry.action === 'comment')).toHaveLength(2);
  });

  it('refuses empty, too long, and a post in the trash, writing nothing', async () => {
    const { call, fail, people, post } = await withPost();
    expect(
      await fail('comments.add', { actorId: people.rina.id, postId: post.id, text: '   ' }),
    ).toMatchObject({ code: 'invalid_request', field: 'text' });
    expect(
      await fail('comments.add', {
        actorId: people.rina.id,
        postId: post.id,
        text: 'a'.repeat(4001),
      }),
    ).toMatchObject({ code: 'invalid_request', field: 'text' });
    await call('comments.add', {
      actorId: people.rina.id,
      postId: post.id,
      text: 'a'.repeat(4000),
    });
    const current = await call('posts.get', { id: post.id });
    await call('posts.delete', { actorId: people.rina.id, id: post.id, version: current.version });
    const refused = await fail('comments.add', {
      actorId: people.bambang.id,
      postId: post.id,
      text: 'Kenapa dihapus?',
    });
    expect(refused).toMatchObject({ code: 'conflict', key: 'comment.postInTrash' });
    expect(refused.message).toContain('Hari Ibu');
    const thread = await call('comments.list', { actorId: people.rina.id, postId: post.id });
    expect(thread.comments).toHaveLength(1);
  });
});
