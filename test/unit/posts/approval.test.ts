import { describe, expect, it } from 'vitest';
import { useOffice } from './fixture';

const office = useOffice();

async function planned() {
  const setup = await office();
  const { call, people, channels } = setup;
  const post = await call('posts.create', {
    actorId: people.rina.id,
    title: 'Festival Budaya 2026',
    caption: 'Saksikan festival budaya tahunan!',
    channels: [{ channelId: channels.instagram.id, format: 'feed' }],
    schedule: { date: '2026-12-10', time: '09:00' },
  });
  return { ...setup, post };
}

describe('approval workflow through the API', () => {
  it('runs draft → in_review → changes_requested → draft → in_review → approved → published, all logged', async () => {
    const { call, people, post } = await planned();
    const { rina, bambang } = people;
    let current = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: rina.id,
      action: 'submit',
    });
    expect(current).toMatchObject({ status: 'in_review', submittedBy: rina.id });
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: bambang.id,
      action: 'request_changes',
      comment: 'Tambahkan jam dan lokasi acara.',
    });
    expect(current.status).toBe('changes_requested');
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: rina.id,
      action: 'revise',
    });
    const edited = await call('posts.update', {
      id: post.id,
      version: current.version,
      actorId: rina.id,
      caption: 'Saksikan festival budaya, 10 Desember pukul 19.00 di Alun-alun!',
    });
    expect(edited.returnedToDraft).toBe(false);
    current = await call('posts.transition', {
      id: post.id,
      version: edited.post.version,
      actorId: rina.id,
      action: 'submit',
    });
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: bambang.id,
      action: 'approve',
    });
    expect(current).toMatchObject({ status: 'approved', approvedBy: bambang.id });
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: bambang.id,
      action: 'publish',
      permalink: 'https://instagram.com/p/abc',
    });
    expect(current).toMatchObject({
      status: 'published',
      permalink: 'https://instagram.com/p/abc',
    });
    expect(current.publishedAt).not.toBeNull();

    const log = await call('posts.activity', { id: post.id });
    expect(log.map((e) => e.action)).toEqual([
      'create',
      'submit',
      'request_changes',
      'revise',
      'edit',
      'submit',
      'approve',
      'publish',
    ]);
    expect(log[2]).toMatchObject({
      actorName: 'Bambang',
      comment: 'Tambahkan jam dan lokasi acara.',
    });
    expect(log[4]?.changes).toHaveProperty('caption');
  });

  it('requires a comment to request changes', async () => {
    const { call, fail, people, post } = await planned();
    const submitted = await call('posts.transition', {
      id: post.id,
      version: 1,
      actorId: people.rina.id,
      action: 'submit',
    });
    expect(
      await fail('posts.transition', {
        id: post.id,
        version: submitted.version,
        actorId: people.bambang.id,
        action: 'request_changes',
        comment: '  ',
      }),
    ).toMatchObject({ code: 'invalid_request', field: 'comment' });
  });

  it('lets a planner neither approve nor publish', async () => {
    const { call, fail, people, post } = await planned();
    const submitted = await call('posts.transition', {
      id: post.id,
      version: 1,
      actorId: people.rina.id,
      action: 'submit',
    });
    expect(
      await fail('posts.transition', {
        id: post.id,
        version: submitted.version,
        actorId: people.dimas.id,
        action: 'approve',
      }),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('refuses self-approval unless the office allows it', async () => {
    const { call, fail, people, post } = await planned();
    const { bambang } = people;
    const submitted = await call('posts.transition', {
      id: post.id,
      version: 1,
      actorId: bambang.id,
      action: 'submit',
    });
    expect(
      await fail('posts.transition', {
        id: post.id,
        version: submitted.version,
        actorId: bambang.id,
        action: 'approve',
      }),
    ).toMatchObject({ code: 'forbidden' });
    await call('settings.update', { allowSelfApproval: true });
    expect(
      await call('posts.transition', {
        id: post.id,
        version: submitted.version,
        actorId: bambang.id,
        action: 'approve',
      }),
    ).toMatchObject({ status: 'approved' });
  });

  it('returns an approved post to draft when its caption or time changes, but not for notes', async () => {
    const { call, people, post } = await planned();
    const { rina, bambang } = people;
    let current = await call('posts.transition', {
      id: post.id,
      version: 1,
      actorId: rina.id,
      action: 'submit',
    });
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: bambang.id,
      action: 'approve',
    });
    const notes = await call('posts.update', {
      id: post.id,
      version: current.version,
      actorId: rina.id,
      brief: 'Catatan internal',
    });
    expect(notes).toMatchObject({ returnedToDraft: false, post: { status: 'approved' } });
    const moved = await call('posts.move', {
      id: post.id,
      version: notes.post.version,
      actorId: rina.id,
      date: '2026-12-11',
    });
    expect(moved).toMatchObject({
      returnedToDraft: true,
      post: { status: 'draft', approvedBy: null },
    });
    const log = await call('posts.activity', { id: post.id });
    expect(log.at(-1)).toMatchObject({
      action: 'returned_to_draft',
      changes: { status: ['approved', 'draft'] },
    });
  });

  it('refuses a transition from the wrong state as a conflict', async () => {
    const { fail, people, post } = await planned();
    expect(
      await fail('posts.transition', {
        id: post.id,
        version: 1,
        actorId: people.bambang.id,
        action: 'approve',
      }),
    ).toMatchObject({
      code: 'conflict',
    });
  });

  it('needs an acknowledgement to submit a post with platform warnings', async () => {
    const { call, fail, people, channels } = await planned();
    const long = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Pengumuman panjang',
      caption: 'Pengumuman '.repeat(40),
      channels: [{ channelId: channels.x.id, format: 'feed' }],
    });
    expect(
      await fail('posts.transition', {
        id: long.id,
        version: 1,
        actorId: people.rina.id,
        action: 'submit',
      }),
    ).toMatchObject({
      code: 'invalid_request',
      field: 'acknowledgeWarnings',
    });
    expect(
      await call('posts.transition', {
        id: long.id,
        version: 1,
        actorId: people.rina.id,
        action: 'submit',
        acknowledgeWarnings: true,
      }),
    ).toMatchObject({ status: 'in_review' });
  });
});
