import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, BundleError, planImport } from '../../../src/main/bundle';
import { loadSchedule } from '../../../src/main/export/schedule';
import { december, exportBundle, snapshot, useOffices, type Office } from './fixture';

const { demo, empty, tempDir } = useOffices();

async function retitle(office: Office, id: string, actorId: string, title: string) {
  const post = await office.call('posts.get', { id });
  await office.call('posts.update', { id, version: post.version, actorId, title });
}

/**
 * A and B share December (A → B), then both edit the same post: B's bundle conflicts on A.
 * Returns what each case needs.
 */
async function bothEdited() {
  const { a, planner } = await demo();
  const b = await empty();
  await applyImport(b.app, await exportBundle(a, join(tempDir(), 'a.linimasa')));
  const target = loadSchedule(a.app.db, december).posts[5]!;
  await retitle(a, target.id, planner.id, 'Versi kantor A');
  await retitle(b, target.id, planner.id, 'Versi kantor B');
  const bundle = await exportBundle(b, join(tempDir(), 'b.linimasa'));
  return { a, b, planner, target, bundle };
}

describe('a post changed on both sides', () => {
  it('is a conflict in the dry run, and the import refuses to guess', async () => {
    const { a, target, bundle } = await bothEdited();
    const plan = await planImport(a.app, bundle);
    expect(plan.counts).toEqual({ new: 0, updated: 0, conflict: 1, unchanged: 12 });
    expect(plan.posts.find((p) => p.kind === 'conflict')).toMatchObject({
      id: target.id,
      local: { title: 'Versi kantor A', inTrash: false },
      remote: { title: 'Versi kantor B' },
    });

    const before = snapshot(a);
    const refusal = await applyImport(a.app, bundle).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BundleError);
    expect(refusal).toMatchObject({
      problem: 'unresolved_conflicts',
      code: 'conflict',
      message: expect.stringContaining('"Versi kantor B"'),
    });
    expect(snapshot(a)).toEqual(before);
    expect((await a.call('posts.get', { id: target.id })).title).toBe('Versi kantor A');
  });

  it('keep mine: ours stays, the same bundle is not raised again, and ours wins on the other side', async () => {
    const { a, b, target, bundle } = await bothEdited();
    const version = (await a.call('posts.get', { id: target.id })).version;
    const summary = await applyImport(a.app, bundle, { [target.id]: 'keep_mine' });
    expect(summary).toMatchObject({ keptMine: 1, updated: 0, created: 0, changedPostIds: [] });
    const kept = await a.call('posts.get', { id: target.id });
    expect(kept).toMatchObject({ title: 'Versi kantor A', version });
    expect((await a.call('posts.activity', { id: target.id })).at(-1)!.comment).toContain(
      'versi di sini dipertahankan',
    );

    expect((await planImport(a.app, bundle)).counts).toMatchObject({ conflict: 0, unchanged: 13 });
    // A's next bundle carries the decision: B had B's version, A has seen it and kept its own.
    const answer = await exportBundle(a, join(tempDir(), 'a2.linimasa'));
    const onB = await planImport(b.app, answer);
    expect(onB.counts).toMatchObject({ updated: 1, conflict: 0 });
    await applyImport(b.app, answer);
    expect((await b.call('posts.get', { id: target.id })).title).toBe('Versi kantor A');
  });

  it('take theirs: B’s version replaces ours with a new version number and a log entry', async () => {
    const { a, target, bundle } = await bothEdited();
    const version = (await a.call('posts.get', { id: target.id })).version;
    const summary = await applyImport(a.app, bundle, { [target.id]: 'take_theirs' });
    expect(summary).toMatchObject({ updated: 1, changedPostIds: [target.id] });
    expect(await a.call('posts.get', { id: target.id })).toMatchObject({
      title: 'Versi kantor B',
      version: version + 1,
    });
    expect((await a.call('posts.activity', { id: target.id })).at(-1)).toMatchObject({
      action: 'edit',
      comment: expect.stringContaining('versi dari paket "b.linimasa" diambil'),
      changes: { title: ['Versi kantor A', 'Versi kantor B'] },
    });
    expect((await planImport(a.app, bundle)).counts).toMatchObject({ conflict: 0, unchanged: 13 });
  });

  it('keep both: ours stays and theirs becomes a draft copy with a new id, once', async () => {
    const { a, target, bundle } = await bothEdited();
    const posts = snapshot(a).posts;
    const summary = await applyImport(a.app, bundle, { [target.id]: 'keep_both' });
    expect(summary).toMatchObject({ keptBoth: 1, updated: 0 });
    expect(summary.changedPostIds).toHaveLength(1);
    const copyId = summary.changedPostIds[0]!;
    expect(copyId).not.toBe(target.id);
    expect((await a.call('posts.get', { id: target.id })).title).toBe('Versi kantor A');
    const original = await a.call('posts.get', { id: target.id });
    const copy = await a.call('posts.get', { id: copyId });
    expect(copy).toMatchObject({
      title: 'Versi kantor B (salinan impor)',
      status: 'draft',
      approvedBy: null,
      scheduledAt: original.scheduledAt,
      channels: original.channels,
    });
    expect(snapshot(a).posts).toBe(posts + 1);
    // Importing the same bundle again neither conflicts nor copies again.
    const again = await applyImport(a.app, bundle);
    expect(again).toMatchObject({ keptBoth: 0, unchanged: 13, changedPostIds: [] });
    expect(snapshot(a).posts).toBe(posts + 1);
  });

  it('a trashed post that the other side edited is a conflict; taking theirs restores it', async () => {
    const { a, b, planner, target } = await bothEdited();
    const current = await a.call('posts.get', { id: target.id });
    await a.call('posts.delete', { id: target.id, version: current.version, actorId: planner.id });
    await retitle(b, target.id, planner.id, 'Versi kantor B, lagi');
    const bundle = await exportBundle(b, join(tempDir(), 'b2.linimasa'));
    const plan = await planImport(a.app, bundle);
    expect(plan.posts.find((p) => p.id === target.id)).toMatchObject({
      kind: 'conflict',
      local: { inTrash: true },
    });
    await applyImport(a.app, bundle, { [target.id]: 'take_theirs' });
    expect(await a.call('posts.get', { id: target.id })).toMatchObject({
      title: 'Versi kantor B, lagi',
      deletedAt: null,
    });
  });
});

describe('exchange history', () => {
  it('an older bundle imported after a newer one does not roll the post back', async () => {
    const { a, planner } = await demo();
    const b = await empty();
    await applyImport(b.app, await exportBundle(a, join(tempDir(), 'awal.linimasa')));
    const target = loadSchedule(a.app.db, december).posts[2]!;
    await retitle(a, target.id, planner.id, 'Revisi pertama');
    const first = await exportBundle(a, join(tempDir(), 'revisi-1.linimasa'));
    await retitle(a, target.id, planner.id, 'Revisi kedua');
    const second = await exportBundle(a, join(tempDir(), 'revisi-2.linimasa'));

    await applyImport(b.app, second);
    expect((await b.call('posts.get', { id: target.id })).title).toBe('Revisi kedua');
    const stale = await planImport(b.app, first);
    expect(stale.posts.find((p) => p.id === target.id)!.kind).toBe('unchanged');
    await applyImport(b.app, first);
    expect((await b.call('posts.get', { id: target.id })).title).toBe('Revisi kedua');
  });

  it('three offices: a parallel edit that reaches B through another office is a conflict, not an overwrite', async () => {
    const { a, planner } = await demo();
    const b = await empty('b');
    const c = await empty('c');
    const start = await exportBundle(a, join(tempDir(), 'awal.linimasa'));
    await applyImport(b.app, start);
    await applyImport(c.app, start);
    const target = loadSchedule(a.app.db, december).posts[4]!;

    await retitle(a, target.id, planner.id, 'Suntingan kantor A');
    const fromA = await exportBundle(a, join(tempDir(), 'dari-a.linimasa'));
    expect((await planImport(b.app, fromA)).posts.find((p) => p.id === target.id)!.kind).toBe(
      'updated',
    );
    await applyImport(b.app, fromA);

    await retitle(c, target.id, planner.id, 'Suntingan kantor C');
    const fromC = await exportBundle(c, join(tempDir(), 'dari-c.linimasa'));
    const plan = await planImport(b.app, fromC);
    expect(plan.posts.find((p) => p.id === target.id)).toMatchObject({
      kind: 'conflict',
      local: { title: 'Suntingan kantor A' },
      remote: { title: 'Suntingan kantor C' },
    });
  });

  it('an edit made meanwhile on this side turns an update into a conflict at import time', async () => {
    const { a, b, planner, target } = await (async () => {
      const { a, planner } = await demo();
      const b = await empty();
      await applyImport(b.app, await exportBundle(a, join(tempDir(), 'a.linimasa')));
      return { a, b, planner, target: loadSchedule(a.app.db, december).posts[1]! };
    })();
    await retitle(b, target.id, planner.id, 'Hanya diubah di B');
    const bundle = await exportBundle(b, join(tempDir(), 'b.linimasa'));
    expect((await planImport(a.app, bundle)).counts.updated).toBe(1);
    // Between the dry run and the import, someone at A edits the same post.
    await retitle(a, target.id, planner.id, 'Diubah di A sesudah uji coba');
    await expect(applyImport(a.app, bundle)).rejects.toMatchObject({
      problem: 'unresolved_conflicts',
    });
    expect((await a.call('posts.get', { id: target.id })).title).toBe(
      'Diubah di A sesudah uji coba',
    );
  });
});
