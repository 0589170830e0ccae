import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../src/shared/api/events';
import type { Inbox } from '../../../src/shared/domain/notifications';
import { acting } from '../acting';
import { useOffice } from '../posts/fixture';

const office = useOffice();

/** Rina (planner) writes; Bambang approves; Sari checks in a two-step office; Admin is admin. */
async function setup(options: { steps?: 1 | 2; allowSelfApproval?: boolean } = {}) {
  const base = await office({ allowSelfApproval: options.allowSelfApproval ?? false });
  const { call, channels } = base;
  if (options.steps === 2) await call('settings.update', { approvalSteps: 2 });
  const sari = await call('people.create', { name: 'Sari, S.Sos', role: 'checker' });
  const nurul = await call('people.create', { name: 'Nurul Aini', role: 'planner' });
  const people = { ...base.people, sari, nurul };
  const seen: ChangeEvent[] = [];
  base.app.events.subscribe((event) => seen.push(event));
  const newPost = (title = 'Hari Ibu', actorId = people.rina.id) =>
    call('posts.create', {
      actorId,
      title,
      caption: 'Selamat Hari Ibu.',
      channels: [{ channelId: channels.instagram.id, format: 'feed' }],
      schedule: { date: '2026-12-22', time: '08:00' },
    });
  const step = async (
    post: { id: string },
    actorId: string,
    action: 'submit' | 'check' | 'approve' | 'request_changes',
    comment?: string,
  ) => {
    const current = await call('posts.get', { id: post.id });
    return call('posts.transition', {
      actorId,
      id: post.id,
      version: current.version,
      action,
      ...(comment && { comment }),
    });
  };
  /** A method without a request, as this person (the fixture's `call` types requests strictly). */
  const asPerson = async (
    method: 'notifications.list' | 'notifications.markAllRead',
    personId: string,
  ): Promise<Inbox> => {
    const result = await acting(base.app)(method, { actorId: personId });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Inbox;
  };
  /** Each person's inbox as "kind:title" lines. */
  const inbox = async (personId: string) =>
    (await asPerson('notifications.list', personId)).items.map(
      (n) => `${n.kind}:${n.postTitle}:${n.actor?.name ?? ''}`,
    );
  return { ...base, people, seen, newPost, step, inbox, asPerson };
}

describe('notifications of approval steps', () => {
  it('one step: submit tells approvers and admins; approve and request_changes tell the post’s people', async () => {
    const { people, newPost, step, inbox, seen } = await setup();
    const post = await newPost();
    await step(post, people.rina.id, 'submit');
    expect(await inbox(people.bambang.id)).toEqual(['submitted_for_approval:Hari Ibu:Rina']);
    expect(await inbox(people.admin.id)).toEqual(['submitted_for_approval:Hari Ibu:Rina']);
    expect(await inbox(people.sari.id)).toEqual([]);
    expect(await inbox(people.dimas.id)).toEqual([]);
    expect(await inbox(people.rina.id)).toEqual([]);

    await step(post, people.bambang.id, 'request_changes', 'Fotonya gelap');
    expect(await inbox(people.rina.id)).toEqual(['changes_requested:Hari Ibu:Bambang']);

    const other = await newPost('Hari Guru', people.dimas.id);
    await step(other, people.rina.id, 'submit');
    await step(other, people.bambang.id, 'approve');
    // Dimas created it, Rina submitted it: both hear; Bambang (the actor) does not.
    expect(await inbox(people.dimas.id)).toEqual(['approved:Hari Guru:Bambang']);
    expect((await inbox(people.rina.id))[0]).toBe('approved:Hari Guru:Bambang');
    expect(await inbox(people.bambang.id)).toEqual([
      'submitted_for_approval:Hari Guru:Rina',
      'submitted_for_approval:Hari Ibu:Rina',
    ]);
    const published = seen.filter((e) => e.kind === 'notification');
    expect(published.every((e) => e.to?.length === 1 && e.ids.length === 1)).toBe(true);
    expect(published.filter((e) => e.to![0] === people.dimas.id)).toHaveLength(1);
  });

  it('two steps: checkers hear of a submission, approvers once it is checked', async () => {
    const { people, newPost, step, inbox } = await setup({ steps: 2 });
    const post = await newPost();
    await step(post, people.rina.id, 'submit');
    expect(await inbox(people.sari.id)).toEqual(['submitted_for_check:Hari Ibu:Rina']);
    expect(await inbox(people.admin.id)).toEqual(['submitted_for_check:Hari Ibu:Rina']);
    expect(await inbox(people.bambang.id)).toEqual([]);
    await step(post, people.sari.id, 'check');
    expect(await inbox(people.bambang.id)).toEqual(['checked_for_approval:Hari Ibu:Sari, S.Sos']);
    expect((await inbox(people.admin.id))[0]).toBe('checked_for_approval:Hari Ibu:Sari, S.Sos');
    expect(await inbox(people.sari.id)).toHaveLength(1);
  });

  it('never tells the actor of their own step (an approver submitting their own post)', async () => {
    const { people, newPost, step, inbox } = await setup({ allowSelfApproval: true });
    const post = await newPost('Pengumuman', people.bambang.id);
    await step(post, people.bambang.id, 'submit');
    await step(post, people.bambang.id, 'approve');
    expect(await inbox(people.bambang.id)).toEqual([]);
    expect(await inbox(people.admin.id)).toEqual(['submitted_for_approval:Pengumuman:Bambang']);
  });

  it('a bulk approval of 200 posts writes one per post per recipient, published after commit', async () => {
    const { call, people, newPost, seen, asPerson } = await setup();
    const posts = [];
    for (let i = 0; i < 200; i += 1) posts.push(await newPost(`Unggahan ${i + 1}`));
    await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: posts.map((p) => ({ id: p.id, version: p.version })),
    });
    const current = await Promise.all(posts.map((p) => call('posts.get', { id: p.id })));
    seen.length = 0;
    // One post is stale: it is refused alone, and tells nobody.
    const items = current.map((p, i) => ({
      id: p.id,
      version: i === 7 ? p.version - 1 : p.version,
    }));
    const result = await call('posts.bulkTransition', {
      actorId: people.bambang.id,
      action: 'approve',
      items,
    });
    expect(result.results.filter((r) => r.ok)).toHaveLength(199);
    const rinaInbox = await asPerson('notifications.list', people.rina.id);
    expect(rinaInbox.unread).toBe(199);
    expect(new Set(rinaInbox.items.map((n) => n.postId)).size).toBe(rinaInbox.items.length);
    expect(rinaInbox.items.every((n) => n.kind === 'approved')).toBe(true);
    const toRina = seen.filter((e) => e.kind === 'notification' && e.to?.[0] === people.rina.id);
    expect(toRina).toHaveLength(199);
    expect(seen.some((e) => e.kind === 'notification' && e.to?.[0] === people.bambang.id)).toBe(
      false,
    );
  });
});

describe('notifications of comments', () => {
  it('mentions notify the mentioned; followers hear of comments; never the writer', async () => {
    const { call, people, newPost, inbox } = await setup();
    const post = await newPost();
    await call('comments.add', {
      actorId: people.bambang.id,
      postId: post.id,
      text: '@Nurul tolong cek fotonya, @Bambang juga.',
    });
    // Nurul is mentioned; Rina created the post (follows it); Bambang wrote it.
    expect(await inbox(people.nurul.id)).toEqual(['mentioned:Hari Ibu:Bambang']);
    expect(await inbox(people.rina.id)).toEqual(['comment:Hari Ibu:Bambang']);
    expect(await inbox(people.bambang.id)).toEqual([]);
    expect(await inbox(people.dimas.id)).toEqual([]);

    // Nurul was mentioned, so she follows now; Bambang commented, so he does too.
    await call('comments.add', {
      actorId: people.rina.id,
      postId: post.id,
      text: 'Sudah diganti.',
    });
    expect((await inbox(people.nurul.id))[0]).toBe('comment:Hari Ibu:Rina');
    expect(await inbox(people.bambang.id)).toEqual(['comment:Hari Ibu:Rina']);
  });

  it('follow and unfollow: an explicit choice wins over the automatic one', async () => {
    const { call, people, newPost, inbox } = await setup();
    const post = await newPost();
    expect(
      (await call('comments.list', { actorId: people.rina.id, postId: post.id })).following,
    ).toBe(true);
    expect(
      await call('comments.follow', { actorId: people.rina.id, postId: post.id, following: false }),
    ).toEqual({ following: false });
    expect(
      await call('comments.follow', { actorId: people.dimas.id, postId: post.id, following: true }),
    ).toEqual({ following: true });
    await call('comments.add', { actorId: people.bambang.id, postId: post.id, text: 'Bagus.' });
    expect(await inbox(people.rina.id)).toEqual([]);
    expect(await inbox(people.dimas.id)).toEqual(['comment:Hari Ibu:Bambang']);
    // Unfollowed, yet mentioned: a mention always reaches the person.
    await call('comments.add', {
      actorId: people.bambang.id,
      postId: post.id,
      text: '@Rina lihat',
    });
    expect(await inbox(people.rina.id)).toEqual(['mentioned:Hari Ibu:Bambang']);
  });

  it('reads: one, then all; only one’s own', async () => {
    const { call, people, newPost, step, asPerson } = await setup();
    await step(await newPost('Satu'), people.rina.id, 'submit');
    await step(await newPost('Dua'), people.rina.id, 'submit');
    const before = await asPerson('notifications.list', people.bambang.id);
    expect(before.unread).toBe(2);
    // Someone else's id marks nothing.
    await call('notifications.markRead', { actorId: people.admin.id, ids: [before.items[0]!.id] });
    const one = await call('notifications.markRead', {
      actorId: people.bambang.id,
      ids: [before.items[0]!.id],
    });
    expect(one.unread).toBe(1);
    expect(one.items[0]!.readAt).not.toBeNull();
    expect((await asPerson('notifications.markAllRead', people.bambang.id)).unread).toBe(0);
  });
});

describe('the inbox beyond the newest 100 (issue 14: "Muat lebih banyak")', () => {
  it('pages older notifications after the last one shown, none twice, none skipped', async () => {
    const { app, call, people, newPost } = await setup();
    const post = await newPost();
    // 130 mentions of Nurul; many are written within the same millisecond.
    for (let index = 1; index <= 130; index++) {
      await call('comments.add', {
        actorId: people.bambang.id,
        postId: post.id,
        text: `@Nurul catatan ${index}`,
      });
    }
    const list = async (before?: string) => {
      const result = await acting(app)('notifications.list', {
        actorId: people.nurul.id,
        ...(before && { before }),
      });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as Inbox & { more: boolean };
    };
    const first = await list();
    expect(first.items).toHaveLength(100);
    expect(first.more).toBe(true);
    expect(first.unread).toBe(130);
    const second = await list(first.items.at(-1)!.id);
    expect(second.items).toHaveLength(30);
    expect(second.more).toBe(false);
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(130);
    // Newest first throughout: the comments' numbers count down from 130 to 1.
    const comments = await call('comments.list', { actorId: people.nurul.id, postId: post.id });
    const numberOf = new Map(
      comments.comments.map((comment) => [comment.id, Number(comment.text.split(' ').at(-1))]),
    );
    expect([...first.items, ...second.items].map((item) => numberOf.get(item.commentId!))).toEqual(
      Array.from({ length: 130 }, (_, index) => 130 - index),
    );
  });
});
