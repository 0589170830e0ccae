import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport } from '../../../src/main/bundle';
import { approvalsRepository } from '../../../src/main/db/repositories/approvals';
import { exportBundle, useOffices, type Office } from './fixture';

const { demo, empty, tempDir } = useOffices();

const evidenceOf = (office: Office, postId: string) =>
  (approvalsRepository(office.app.db).ofPosts([postId]).get(postId) ?? []).map(
    ({ step, actorId, actorName, actorRole, at, fingerprint }) => ({
      step,
      actorId,
      actorName,
      actorRole,
      at,
      fingerprint,
    }),
  );

/** A two-step office (Kasubag checks, Kabag approves) signs off a December post. */
async function signedOff() {
  const { a, planner, people } = await demo();
  const approver = people.find((p) => p.role === 'approver')!;
  await a.call('settings.update', { approvalSteps: 2 });
  const sari = await a.call('people.create', { name: 'Sari, S.Sos', role: 'checker' });
  const [channel] = await a.call('channels.list', {});
  const created = await a.call('posts.create', {
    actorId: planner.id,
    title: 'Musrenbang Kecamatan',
    caption: 'Musyawarah perencanaan pembangunan, Senin pukul 09.00.',
    channels: [{ channelId: channel!.id, format: 'feed' }],
    schedule: { date: '2026-12-14', time: '09:00' },
  });
  let post = await a.call('posts.transition', {
    id: created.id,
    version: created.version,
    actorId: planner.id,
    action: 'submit',
  });
  post = await a.call('posts.transition', {
    id: post.id,
    version: post.version,
    actorId: sari.id,
    action: 'check',
  });
  post = await a.call('posts.transition', {
    id: post.id,
    version: post.version,
    actorId: approver.id,
    action: 'approve',
  });
  return { a, post, sari, approver };
}

describe('sign-offs travel in a bundle', () => {
  it('carries who checked and the evidence of each sign-off, and adds none twice', async () => {
    const { a, post, sari } = await signedOff();
    const sent = evidenceOf(a, post.id);
    expect(sent.map((e) => [e.step, e.actorName])).toEqual([
      ['check', 'Sari, S.Sos'],
      ['approve', expect.any(String)],
    ]);
    expect(sent.every((e) => /^[0-9a-f]{64}$/.test(e.fingerprint ?? ''))).toBe(true);

    const b = await empty();
    const bundle = await exportBundle(a, join(tempDir(), 'desember.linimasa'));
    await applyImport(b.app, bundle);
    const there = await b.call('posts.get', { id: post.id });
    expect(there).toMatchObject({
      status: 'approved',
      checkedBy: sari.id,
      checkedAt: post.checkedAt,
      approvedBy: post.approvedBy,
    });
    expect(evidenceOf(b, post.id)).toEqual(sent);
    // The checker came along, as a person of the office B did not know.
    expect((await b.call('people.list', { includeInactive: true })).map((p) => p.name)).toContain(
      'Sari, S.Sos',
    );

    // The same bundle again, and the same sign-offs back from B: nothing is added twice.
    await applyImport(b.app, bundle);
    await applyImport(a.app, await exportBundle(b, join(tempDir(), 'balik.linimasa')));
    expect(evidenceOf(b, post.id)).toEqual(sent);
    expect(evidenceOf(a, post.id)).toEqual(sent);
  });
});
