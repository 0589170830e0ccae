import { describe, expect, it } from 'vitest';
import { useOffice } from './fixture';

/**
 * Issue 12, item 1: "Urungkan" after a move restores exactly what was there. The approval that
 * the move took away comes back only when content and schedule are again what was approved;
 * otherwise the schedule goes back, the post stays in draft and the log (and the reply) say so.
 * Real SQLite, through dispatch.
 */
const office = useOffice();

const restoredWords =
  'Dikembalikan ke keadaan sebelum dipindah; persetujuan tetap berlaku karena isi dan jadwal sama.';

async function approved() {
  const setup = await office();
  const { call, people, channels } = setup;
  let post = await call('posts.create', {
    actorId: people.rina.id,
    title: 'Hari Bela Negara',
    caption: 'Mari bela negara dengan karya.',
    channels: [{ channelId: channels.instagram.id, format: 'feed' }],
    schedule: { date: '2026-12-19', time: '08:00' },
  });
  post = await call('posts.transition', {
    id: post.id,
    version: post.version,
    actorId: people.rina.id,
    action: 'submit',
    acknowledgeWarnings: true,
  });
  post = await call('posts.transition', {
    id: post.id,
    version: post.version,
    actorId: people.bambang.id,
    action: 'approve',
  });
  return { ...setup, post };
}

const at19 = { date: '2026-12-19', time: '08:00' } as const;

describe('posts.undoMove', () => {
  it('gives the approval back when content and schedule are as approved, and logs it in words', async () => {
    const { call, people, post } = await approved();
    const moved = await call('posts.move', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      date: '2026-12-26',
    });
    expect(moved.post.status).toBe('draft');

    const undone = await call('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: at19,
    });
    expect(undone.approval).toBe('restored');
    expect(undone.returnedToDraft).toBe(false);
    expect(undone.post).toMatchObject({
      status: 'approved',
      scheduledAt: post.scheduledAt,
      approvedBy: people.bambang.id,
      approvedAt: post.approvedAt,
      submittedBy: people.rina.id,
    });

    const log = await call('posts.activity', { id: post.id });
    expect(log.map((entry) => entry.action)).toEqual([
      'create',
      'submit',
      'approve',
      'move',
      'returned_to_draft',
      'move',
    ]);
    expect(log.at(-1)).toMatchObject({
      comment: restoredWords,
      changes: { status: ['draft', 'approved'] },
    });

    // The export's approved filter sees it again.
    const inRange = await call('posts.range', {
      from: '2026-12-01',
      to: '2026-12-31',
      filter: { statuses: ['approved'] },
    });
    expect(inRange.map((summary) => summary.id)).toEqual([post.id]);
  });

  it('does not restore the approval when the caption changed in between, and says so', async () => {
    const { call, people, post } = await approved();
    const moved = await call('posts.move', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      date: '2026-12-26',
    });
    await call('posts.update', {
      id: post.id,
      version: moved.post.version,
      actorId: people.rina.id,
      caption: 'Caption yang lain.',
    });

    const undone = await call('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: at19,
    });
    expect(undone.approval).toBe('not_restored');
    expect(undone.post).toMatchObject({
      status: 'draft',
      scheduledAt: post.scheduledAt,
      approvedBy: null,
    });
    const log = await call('posts.activity', { id: post.id });
    expect(log.at(-1)!.comment).toMatch(/persetujuan tidak dipulihkan/);
  });

  it('does not restore it when an approval step happened in between, even with the same content', async () => {
    const { call, people, post } = await approved();
    const moved = await call('posts.move', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      date: '2026-12-26',
    });
    let current = await call('posts.transition', {
      id: post.id,
      version: moved.post.version,
      actorId: people.rina.id,
      action: 'submit',
      acknowledgeWarnings: true,
    });
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: people.bambang.id,
      action: 'request_changes',
      comment: 'Tanggalnya salah.',
    });
    await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: people.rina.id,
      action: 'revise',
    });

    const undone = await call('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: at19,
    });
    expect(undone.approval).toBe('not_restored');
    expect(undone.post.status).toBe('draft');
  });

  it('undoes two moves in a row and restores the approval at the end', async () => {
    const { call, people, post } = await approved();
    const first = await call('posts.move', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      date: '2026-12-26',
    });
    await call('posts.move', {
      id: post.id,
      version: first.post.version,
      actorId: people.rina.id,
      date: '2026-12-28',
    });
    const once = await call('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: { date: '2026-12-26', time: '08:00' },
    });
    expect(once).toMatchObject({ approval: 'none', post: { status: 'draft' } });
    const twice = await call('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: at19,
    });
    expect(twice).toMatchObject({ approval: 'restored', post: { status: 'approved' } });
    expect(twice.post.scheduledAt).toBe(post.scheduledAt);
  });

  it('restores a submission taken by a move of an in-review post', async () => {
    const { call, people, channels } = await office();
    let post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Hari Ibu',
      channels: [{ channelId: channels.x.id, format: 'feed' }],
      schedule: { date: '2026-12-22', time: '07:00' },
    });
    post = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      action: 'submit',
      acknowledgeWarnings: true,
    });
    await call('posts.move', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      date: null,
    });
    const undone = await call('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: { date: '2026-12-22', time: '07:00' },
    });
    expect(undone).toMatchObject({
      approval: 'restored',
      post: { status: 'in_review', submittedBy: people.rina.id },
    });
  });

  it('refuses when the post is no longer where the move put it, or the move is another', async () => {
    const { call, fail, people, post } = await approved();
    const moved = await call('posts.move', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      date: '2026-12-26',
    });
    // Asked to go back to a day the move did not come from.
    const wrong = await fail('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: { date: '2026-12-20', time: '08:00' },
    });
    expect(wrong).toMatchObject({ code: 'conflict', key: 'post.undoMoveOutdated' });

    // Moved again in the editor (an edit, not a move): the drag can no longer be undone.
    await call('posts.update', {
      id: post.id,
      version: moved.post.version,
      actorId: people.rina.id,
      schedule: { date: '2026-12-27', time: '08:00' },
    });
    const later = await fail('posts.undoMove', {
      id: post.id,
      actorId: people.rina.id,
      previous: at19,
    });
    expect(later).toMatchObject({ code: 'conflict', key: 'post.undoMoveOutdated' });
    const stored = await call('posts.get', { id: post.id });
    expect(stored.scheduledAt).toBe('2026-12-27T01:00:00.000Z');
  });
});
