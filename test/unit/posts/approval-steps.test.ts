import { describe, expect, it } from 'vitest';
import {
  approvalFingerprint,
  fingerprintOf,
} from '../../../src/main/services/approval-fingerprint';
import { useOffice } from './fixture';

const office = useOffice();

/** A two-step office: Rina plans, Sari (Kasubag) checks, Bambang (Kabag) approves. */
async function twoStepOffice() {
  const setup = await office();
  const { call, people, channels } = setup;
  await call('settings.update', { approvalSteps: 2 });
  const sari = await call('people.create', { name: 'Sari, S.Sos', role: 'checker' });
  const post = await call('posts.create', {
    actorId: people.rina.id,
    title: 'Musrenbang Kecamatan',
    caption: 'Musyawarah perencanaan pembangunan, Senin pukul 09.00.',
    channels: [{ channelId: channels.instagram.id, format: 'feed' }],
    schedule: { date: '2026-12-14', time: '09:00' },
  });
  const submitted = await call('posts.transition', {
    id: post.id,
    version: post.version,
    actorId: people.rina.id,
    action: 'submit',
  });
  return { ...setup, people: { ...setup.people, sari }, post: submitted };
}

const waitingFor = async (
  call: Awaited<ReturnType<typeof twoStepOffice>>['call'],
  actorId: string,
) =>
  (await call('posts.needsAction', { actorId, dueWithinDays: 7 })).groups.approvals.map(
    (item) => item.post.id,
  );

describe('two approval steps through the API', () => {
  it('goes submitted → checked by the checker → approved by the approver, with evidence of each', async () => {
    const { app, call, fail, people, post } = await twoStepOffice();
    const { sari, bambang, rina } = people;
    expect(await waitingFor(call, sari.id)).toEqual([post.id]);
    expect(await waitingFor(call, bambang.id)).toEqual([]);

    const early = await fail('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: bambang.id,
      action: 'approve',
    });
    expect(early.code).toBe('conflict');
    expect(early.message).toMatch(/belum diperiksa/);
    const planner = await fail('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: rina.id,
      action: 'check',
    });
    expect(planner.code).toBe('forbidden');

    const checked = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: sari.id,
      action: 'check',
    });
    expect(checked).toMatchObject({ status: 'in_review', checkedBy: sari.id });
    expect(checked.checkedAt).not.toBeNull();
    expect(await waitingFor(call, sari.id)).toEqual([]);
    expect(await waitingFor(call, bambang.id)).toEqual([post.id]);

    const approved = await call('posts.transition', {
      id: post.id,
      version: checked.version,
      actorId: bambang.id,
      action: 'approve',
    });
    expect(approved).toMatchObject({
      status: 'approved',
      checkedBy: sari.id,
      approvedBy: bambang.id,
    });

    const evidence = app.db
      .prepare('SELECT step, actor_id, actor_name, actor_role, at, fingerprint FROM post_approvals')
      .all();
    const content = fingerprintOf(app.db)(approved);
    expect(content).toMatch(/^[0-9a-f]{64}$/);
    expect(evidence).toEqual([
      {
        step: 'check',
        actor_id: sari.id,
        actor_name: 'Sari, S.Sos',
        actor_role: 'checker',
        at: checked.checkedAt,
        fingerprint: content,
      },
      {
        step: 'approve',
        actor_id: bambang.id,
        actor_name: 'Bambang',
        actor_role: 'approver',
        at: approved.approvedAt,
        fingerprint: content,
      },
    ]);
    const actions = (await call('posts.activity', { id: post.id })).map((a) => a.action);
    expect(actions).toEqual(['create', 'submit', 'check', 'approve']);
  });

  it('marks the calendar’s summary of a checked post, and only while it waits for approval', async () => {
    const { call, people, post } = await twoStepOffice();
    const december = async () =>
      (await call('posts.range', { from: '2026-12-01', to: '2026-12-31', filter: {} })).find(
        (p) => p.id === post.id,
      )!;
    expect(await december()).not.toHaveProperty('checked');
    const checked = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: people.sari.id,
      action: 'check',
    });
    expect(await december()).toMatchObject({ status: 'in_review', checked: true });
    await call('posts.transition', {
      id: post.id,
      version: checked.version,
      actorId: people.bambang.id,
      action: 'approve',
    });
    expect(await december()).not.toHaveProperty('checked');
  });

  it('sends a post back from either step, and a changed post needs a new check', async () => {
    const { call, people, post } = await twoStepOffice();
    const { sari, bambang, rina } = people;
    const back = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: sari.id,
      action: 'request_changes',
      comment: 'Nama kecamatan salah eja.',
    });
    expect(back).toMatchObject({ status: 'changes_requested', checkedBy: null });
    let current = await call('posts.transition', {
      id: post.id,
      version: back.version,
      actorId: rina.id,
      action: 'revise',
    });
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: rina.id,
      action: 'submit',
    });
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: sari.id,
      action: 'check',
    });
    const edited = await call('posts.update', {
      id: post.id,
      version: current.version,
      actorId: rina.id,
      title: 'Musrenbang Kecamatan 2027',
    });
    expect(edited.returnedToDraft).toBe(true);
    expect(edited.post).toMatchObject({ status: 'draft', checkedBy: null, checkedAt: null });
    current = await call('posts.transition', {
      id: post.id,
      version: edited.post.version,
      actorId: rina.id,
      action: 'submit',
    });
    expect(current.checkedBy).toBeNull();
    expect(await waitingFor(call, sari.id)).toEqual([post.id]);
    current = await call('posts.transition', {
      id: post.id,
      version: current.version,
      actorId: sari.id,
      action: 'check',
    });
    const refused = await call('posts.bulkTransition', {
      actorId: bambang.id,
      action: 'request_changes',
      comment: 'Foto kurang tajam.',
      items: [{ id: post.id, version: current.version }],
    });
    expect(refused.results[0]).toMatchObject({ ok: true, post: { status: 'changes_requested' } });
  });

  it('checks many posts at once, each by the same rules', async () => {
    const { call, people, post } = await twoStepOffice();
    const own = await call('posts.create', {
      actorId: people.sari.id,
      title: 'Unggahan Sari',
      schedule: { date: '2026-12-15', time: '10:00' },
    });
    const ownSubmitted = await call('posts.transition', {
      id: own.id,
      version: own.version,
      actorId: people.sari.id,
      action: 'submit',
      acknowledgeWarnings: true,
    });
    const result = await call('posts.bulkTransition', {
      actorId: people.sari.id,
      action: 'check',
      items: [
        { id: post.id, version: post.version },
        { id: own.id, version: ownSubmitted.version },
      ],
    });
    expect(result.results.map((r) => r.ok)).toEqual([true, false]);
    expect(result.results[1]).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('keeps a one-step office as it was: no check, approval straight away', async () => {
    const setup = await office();
    const { call, fail, people, channels } = setup;
    const sari = await call('people.create', { name: 'Sari', role: 'checker' });
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Pengumuman',
      channels: [{ channelId: channels.instagram.id, format: 'feed' }],
      schedule: { date: '2026-12-14', time: '09:00' },
    });
    const submitted = await call('posts.transition', {
      id: post.id,
      version: post.version,
      actorId: people.rina.id,
      action: 'submit',
    });
    expect(await waitingFor(call, sari.id)).toEqual([]);
    expect(
      (
        await fail('posts.transition', {
          id: post.id,
          version: submitted.version,
          actorId: sari.id,
          action: 'check',
        })
      ).code,
    ).toBe('conflict');
    const approved = await call('posts.transition', {
      id: post.id,
      version: submitted.version,
      actorId: people.bambang.id,
      action: 'approve',
    });
    expect(approved).toMatchObject({ status: 'approved', checkedBy: null });
  });
});

describe('the approval fingerprint', () => {
  const post = {
    title: 'Musrenbang',
    caption: 'Senin pukul 09.00',
    channels: [{ channelId: 'ig', format: 'feed' as const, captionOverride: null }],
    scheduledAt: '2026-12-14T02:00:00.000Z',
    assetIds: ['a1'],
    hashtags: ['musrenbang'],
    link: '',
    firstComment: '',
  };
  it('covers the attachments’ files, each caption and format, and the schedule as an instant', () => {
    const base = approvalFingerprint(post, ['1'.repeat(64)]);
    expect(approvalFingerprint(post, ['2'.repeat(64)])).not.toBe(base);
    expect(
      approvalFingerprint({ ...post, scheduledAt: '2026-12-14T09:00:00+07:00' }, ['1'.repeat(64)]),
    ).toBe(base);
    expect(
      approvalFingerprint({ ...post, channels: [{ ...post.channels[0]!, format: 'carousel' }] }, [
        '1'.repeat(64),
      ]),
    ).not.toBe(base);
    expect(
      approvalFingerprint(
        { ...post, channels: [{ ...post.channels[0]!, captionOverride: 'Lain' }] },
        ['1'.repeat(64)],
      ),
    ).not.toBe(base);
  });
});
