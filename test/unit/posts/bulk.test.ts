import { describe, expect, it } from 'vitest';
import { addDaysLocal, todayIn } from '../../../src/shared/time';
import { useOffice } from './fixture';

const office = useOffice();

type Setup = Awaited<ReturnType<typeof office>>;

/** `count` drafts by Rina on Instagram, one a day from `from`, at 09:00. */
async function drafts(setup: Setup, count: number, from = '2026-12-01', caption = 'Info') {
  const { call, people, channels } = setup;
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push(
      await call('posts.create', {
        actorId: people.rina.id,
        title: `Unggahan ${i + 1}`,
        caption,
        channels: [{ channelId: channels.instagram.id, format: 'feed' }],
        schedule: { date: addDaysLocal(from, i), time: '09:00' },
      }),
    );
  }
  return list;
}

const items = (posts: { id: string; version: number }[]) =>
  posts.map(({ id, version }) => ({ id, version }));

describe('bulk approval steps (one transaction, all-or-nothing per post)', () => {
  it('submits and approves many posts in two calls, logging each as its single step would', async () => {
    const setup = await office();
    const { call, people } = setup;
    const posts = await drafts(setup, 5);
    const submitted = await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items(posts),
    });
    expect(submitted.results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    const approved = await call('posts.bulkTransition', {
      actorId: people.bambang.id,
      action: 'approve',
      items: submitted.results.map((r) => (r.ok ? { id: r.id, version: r.post.version } : r)) as {
        id: string;
        version: number;
      }[],
    });
    for (const result of approved.results) {
      expect(result).toMatchObject({ ok: true, post: { status: 'approved' } });
    }
    const post = await call('posts.get', { id: posts[2]!.id });
    expect(post).toMatchObject({ status: 'approved', approvedBy: people.bambang.id, version: 3 });
    const log = await call('posts.activity', { id: posts[2]!.id });
    expect(log.map((e) => e.action)).toEqual(['create', 'submit', 'approve']);
  });

  it('reports a stale version per post and still approves the others', async () => {
    const setup = await office();
    const { call, people } = setup;
    const posts = await drafts(setup, 3);
    const submitted = await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items(posts),
    });
    const versions = submitted.results.map((r) => (r.ok ? r.post.version : 0));
    const result = await call('posts.bulkTransition', {
      actorId: people.bambang.id,
      action: 'approve',
      items: [
        { id: posts[0]!.id, version: versions[0]! },
        { id: posts[1]!.id, version: versions[1]! - 1 },
        { id: posts[2]!.id, version: versions[2]! },
      ],
    });
    expect(result.results[0]).toMatchObject({ ok: true });
    expect(result.results[1]).toMatchObject({
      ok: false,
      title: 'Unggahan 2',
      error: { code: 'conflict', key: 'post.versionConflict' },
    });
    expect(result.results[1]!.ok === false && result.results[1]!.error.message).toContain(
      'sudah diubah orang lain',
    );
    expect(result.results[2]).toMatchObject({ ok: true });
    // The refused post is exactly as it was: no status change, no version bump, no log entry.
    const refused = await call('posts.get', { id: posts[1]!.id });
    expect(refused).toMatchObject({ status: 'in_review', version: versions[1] });
    const log = await call('posts.activity', { id: posts[1]!.id });
    expect(log.map((e) => e.action)).toEqual(['create', 'submit']);
  });

  it('refuses self-approval per post unless the office allows it', async () => {
    for (const allowSelfApproval of [false, true]) {
      const setup = await office({ allowSelfApproval });
      const { call, people, channels } = setup;
      const [theirs] = await drafts(setup, 1);
      const own = await call('posts.create', {
        actorId: people.bambang.id,
        title: 'Sambutan Bupati',
        channels: [{ channelId: channels.x.id, format: 'feed' }],
        schedule: { date: '2026-12-05', time: '10:00' },
      });
      const theirsSubmitted = await call('posts.bulkTransition', {
        actorId: people.rina.id,
        action: 'submit',
        items: items([theirs!]),
      });
      const ownSubmitted = await call('posts.bulkTransition', {
        actorId: people.bambang.id,
        action: 'submit',
        items: items([own]),
      });
      const next = [...theirsSubmitted.results, ...ownSubmitted.results].map((r) => ({
        id: r.id,
        version: r.ok ? r.post.version : 0,
      }));
      const approved = await call('posts.bulkTransition', {
        actorId: people.bambang.id,
        action: 'approve',
        items: next,
      });
      if (allowSelfApproval) {
        expect(approved.results.map((r) => r.ok)).toEqual([true, true]);
      } else {
        expect(approved.results.map((r) => r.ok)).toEqual([true, false]);
        expect(approved.results[1]).toMatchObject({
          ok: false,
          title: 'Sambutan Bupati',
          error: { code: 'forbidden', key: 'post.transitionRefused' },
        });
        expect((await call('posts.get', { id: own.id })).status).toBe('in_review');
      }
      await setup.app.close();
    }
  });

  it('needs the warnings acknowledged: unacknowledged posts with warnings are refused alone', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const clean = await drafts(setup, 2);
    const long = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Terlalu panjang untuk X',
      caption: 'a'.repeat(400),
      channels: [{ channelId: channels.x.id, format: 'feed' }],
      schedule: { date: '2026-12-07', time: '09:00' },
    });
    const selection = [...clean, long];
    const warnings = await call('posts.bulkWarnings', { ids: selection.map((p) => p.id) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ id: long.id, title: 'Terlalu panjang untuk X' });
    expect(warnings[0]!.warnings[0]!.message).toMatch(/\d/);

    const unacknowledged = await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items(selection),
    });
    expect(unacknowledged.results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(unacknowledged.results[2]).toMatchObject({
      error: { code: 'invalid_request', key: 'post.warningsUnchecked', params: { count: 1 } },
    });
    expect((await call('posts.get', { id: long.id })).status).toBe('draft');

    const acknowledged = await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items([long]),
      acknowledgeWarnings: true,
    });
    expect(acknowledged.results[0]).toMatchObject({ ok: true, post: { status: 'in_review' } });
  });

  it('requests changes on many posts with one comment, which each post shows as its reason', async () => {
    const setup = await office();
    const { call, fail, people } = setup;
    const posts = await drafts(setup, 2, addDaysLocal(todayIn('Asia/Jakarta'), 1));
    const submitted = await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items(posts),
    });
    const next = submitted.results.map((r) => ({ id: r.id, version: r.ok ? r.post.version : 0 }));
    const blank = await fail('posts.bulkTransition', {
      actorId: people.bambang.id,
      action: 'request_changes',
      items: next,
    });
    expect(blank).toMatchObject({ code: 'invalid_request', field: 'comment' });
    await call('posts.bulkTransition', {
      actorId: people.bambang.id,
      action: 'request_changes',
      items: next,
      comment: 'Cantumkan lokasi acara.',
    });
    const rina = await call('posts.needsAction', { actorId: people.rina.id });
    expect(rina.groups.changesRequested.map((i) => [i.post.id, i.reason])).toEqual(
      posts.map((p) => [p.id, 'Cantumkan lokasi acara.']),
    );
  });

  it('rolls the whole call back when something other than a refusal fails', async () => {
    const setup = await office();
    const { call, fail, people, app } = setup;
    const posts = await drafts(setup, 3);
    // A broken write (not a refusal) on the last post: the database itself says no.
    app.db.exec(`CREATE TRIGGER fail_activity BEFORE INSERT ON post_activity
      WHEN NEW.post_id = '${posts[2]!.id}' BEGIN SELECT RAISE(ABORT, 'rusak'); END`);
    const error = await fail('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items(posts),
    });
    expect(error.code).toBe('internal');
    for (const post of posts) {
      expect(await call('posts.get', { id: post.id })).toMatchObject({
        status: 'draft',
        version: 1,
      });
    }
  });

  it('refuses the same post twice and an unknown actor for the whole call', async () => {
    const setup = await office();
    const { fail, people } = setup;
    const [post] = await drafts(setup, 1);
    expect(
      await fail('posts.bulkTransition', {
        actorId: people.rina.id,
        action: 'submit',
        items: [items([post!])[0]!, items([post!])[0]!],
      }),
    ).toMatchObject({ code: 'invalid_request' });
    expect(
      await fail('posts.bulkDelete', {
        actorId: '00000000-0000-4000-8000-000000000000',
        items: items([post!]),
      }),
    ).toMatchObject({ code: 'forbidden', key: 'actor.unknown' });
  });
});

describe('bulk move and delete, with their undo', () => {
  it('shifts by days keeping the time, says where each was, and moves back exactly', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const posts = await drafts(setup, 2, '2026-12-10');
    const idea = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Ide tanpa tanggal',
      channels: [{ channelId: channels.x.id, format: 'feed' }],
    });
    const moved = await call('posts.bulkMove', {
      actorId: people.rina.id,
      items: items([...posts, idea]),
      shiftDays: 3,
    });
    expect(moved.results[0]).toMatchObject({
      ok: true,
      previous: { date: '2026-12-10', time: '09:00' },
      post: { scheduledAt: '2026-12-13T02:00:00.000Z' },
    });
    expect(moved.results[1]).toMatchObject({ ok: true, previous: { date: '2026-12-11' } });
    expect(moved.results[2]).toMatchObject({ ok: false, error: { key: 'bulk.notScheduled' } });

    const back = await call('posts.bulkMove', {
      actorId: people.rina.id,
      items: moved.results.flatMap((r) =>
        r.ok && r.previous
          ? [{ id: r.id, version: r.post.version, date: r.previous.date, time: r.previous.time }]
          : [],
      ),
    });
    expect(back.results.map((r) => r.ok && r.post.scheduledAt)).toEqual([
      '2026-12-10T02:00:00.000Z',
      '2026-12-11T02:00:00.000Z',
    ]);
  });

  it('moves to one date, and tells when an approved post went back to draft', async () => {
    const setup = await office();
    const { call, people } = setup;
    const posts = await drafts(setup, 2, '2026-12-10');
    const submitted = await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items([posts[0]!]),
    });
    const first = submitted.results[0]!;
    const approved = await call('posts.bulkTransition', {
      actorId: people.bambang.id,
      action: 'approve',
      items: [{ id: first.id, version: first.ok ? first.post.version : 0 }],
    });
    const version = approved.results[0]!.ok ? approved.results[0]!.post.version : 0;
    const moved = await call('posts.bulkMove', {
      actorId: people.rina.id,
      items: [
        { id: posts[0]!.id, version, date: '2026-12-20' },
        { id: posts[1]!.id, version: posts[1]!.version, date: '2026-12-20' },
      ],
    });
    expect(moved.results[0]).toMatchObject({
      ok: true,
      returnedToDraft: true,
      post: { status: 'draft' },
    });
    expect(moved.results[1]).toMatchObject({ ok: true, returnedToDraft: false });
  });

  it('deletes many to the trash and restores them', async () => {
    const setup = await office();
    const { call, people } = setup;
    const posts = await drafts(setup, 3);
    const deleted = await call('posts.bulkDelete', {
      actorId: people.rina.id,
      items: [...items(posts.slice(0, 2)), { id: posts[2]!.id, version: 7 }],
    });
    expect(deleted.results.map((r) => r.ok)).toEqual([true, true, false]);
    expect((await call('posts.trash', {})).map((p) => p.id).sort()).toEqual(
      [posts[0]!.id, posts[1]!.id].sort(),
    );
    const restored = await call('posts.bulkRestore', {
      actorId: people.rina.id,
      ids: [posts[0]!.id, posts[1]!.id],
    });
    expect(restored.results.map((r) => r.ok)).toEqual([true, true]);
    expect(await call('posts.trash', {})).toEqual([]);
  });
});

describe('posts.needsAction', () => {
  it('gives approvers the waiting posts soonest first, and planners their own lists', async () => {
    const setup = await office();
    const { call, people, channels } = setup;
    const today = todayIn('Asia/Jakarta');
    const soon = await drafts(setup, 3, addDaysLocal(today, 1));
    const later = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Bulan depan',
      channels: [{ channelId: channels.x.id, format: 'feed' }],
      schedule: { date: addDaysLocal(today, 30), time: '09:00' },
    });
    const dimasDraft = await call('posts.create', {
      actorId: people.dimas.id,
      title: 'Punya Dimas',
      channels: [{ channelId: channels.x.id, format: 'feed' }],
      schedule: { date: addDaysLocal(today, 2), time: '09:00' },
    });
    // Submit the later ones first: the list still starts with the soonest.
    await call('posts.bulkTransition', {
      actorId: people.rina.id,
      action: 'submit',
      items: items([soon[2]!, soon[1]!]),
    });

    const bambang = await call('posts.needsAction', { actorId: people.bambang.id });
    expect(bambang.groups.approvals.map((i) => i.post.title)).toEqual(['Unggahan 2', 'Unggahan 3']);
    expect(bambang.groups.approvals[0]!.since).not.toBeNull();

    const rina = await call('posts.needsAction', { actorId: people.rina.id });
    expect(rina.groups.approvals).toEqual([]);
    expect(rina.groups.dueDrafts.map((i) => i.post.id)).toEqual([soon[0]!.id]);
    expect(rina.count).toBe(1);
    const wider = await call('posts.needsAction', { actorId: people.rina.id, dueWithinDays: 31 });
    expect(wider.groups.dueDrafts.map((i) => i.post.id)).toEqual([soon[0]!.id, later.id]);

    // Assigned to Rina, Dimas's draft becomes hers.
    const dimas = await call('posts.needsAction', { actorId: people.dimas.id });
    expect(dimas.groups.dueDrafts.map((i) => i.post.id)).toEqual([dimasDraft.id]);
    await call('posts.update', {
      id: dimasDraft.id,
      version: dimasDraft.version,
      actorId: people.dimas.id,
      assigneeId: people.rina.id,
    });
    expect((await call('posts.needsAction', { actorId: people.dimas.id })).count).toBe(0);
    expect((await call('posts.needsAction', { actorId: people.rina.id })).count).toBe(2);
  });

  it('lists approved posts past their time that are not marked published', async () => {
    const setup = await office({ allowSelfApproval: true });
    const { call, people, channels } = setup;
    const yesterday = addDaysLocal(todayIn('Asia/Jakarta'), -1);
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Kemarin',
      channels: [{ channelId: channels.x.id, format: 'feed' }],
      schedule: { date: yesterday, time: '09:00' },
    });
    const submitted = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      action: 'submit',
    });
    await call('posts.transition', {
      id: post.id,
      version: submitted.version,
      actorId: people.bambang.id,
      action: 'approve',
    });
    const rina = await call('posts.needsAction', { actorId: people.rina.id });
    expect(rina.groups.unpublished.map((i) => i.post.id)).toEqual([post.id]);
  });
});
