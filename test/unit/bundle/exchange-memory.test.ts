import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../src/main/bundle';
import { settingsRepository } from '../../../src/main/db/repositories/settings';
import { loadSchedule } from '../../../src/main/export/schedule';
import type { BundleManifest, BundlePost } from '../../../src/shared/domain/bundle';
import { december, exportBundle, useOffices, type Office } from './fixture';
import { rawZip, readZip, sha256, type RawEntry } from './zip-craft';

const { demo, empty, tempDir } = useOffices();

async function retitle(office: Office, id: string, actorId: string, title: string) {
  const post = await office.call('posts.get', { id });
  await office.call('posts.update', { id, version: post.version, actorId, title });
}

const copies = (office: Office) =>
  office.app.db
    .prepare<[], { title: string }>(
      "SELECT title FROM posts WHERE title LIKE '%(salinan impor)' ORDER BY title",
    )
    .all()
    .map((row) => row.title);

const decisions = (office: Office) =>
  (
    office.app.db.prepare('SELECT count(*) AS n FROM exchange_decisions').get() as {
      n: number;
    }
  ).n;

/**
 * A → B, then both offices edit the same post and send each other a bundle at the same time
 * (the weekly swap): each meets the conflict without having seen the other's choice.
 */
async function crossing() {
  const { a, planner } = await demo();
  const b = await empty();
  await applyImport(b.app, await exportBundle(a, join(tempDir(), 'awal.linimasa')));
  const target = loadSchedule(a.app.db, december).posts[3]!;
  await retitle(a, target.id, planner.id, 'Versi kantor A');
  await retitle(b, target.id, planner.id, 'Versi kantor B');
  const fromA = await exportBundle(a, join(tempDir(), 'dari-a.linimasa'));
  const fromB = await exportBundle(b, join(tempDir(), 'dari-b.linimasa'));
  return { a, b, planner, target, fromA, fromB };
}

const kindOf = async (office: Office, bundle: string, id: string) =>
  (await planImport(office.app, bundle)).posts.find((p) => p.id === id)!;

describe('a conflict settled once', () => {
  it('A → B, settled on B, B → A, A → B again: the same versions never conflict again', async () => {
    const { a, planner } = await demo();
    const b = await empty();
    await applyImport(b.app, await exportBundle(a, join(tempDir(), 'awal.linimasa')));
    const target = loadSchedule(a.app.db, december).posts[3]!;
    await retitle(a, target.id, planner.id, 'Versi kantor A');
    await retitle(b, target.id, planner.id, 'Versi kantor B');

    const fromA = await exportBundle(a, join(tempDir(), 'a1.linimasa'));
    expect((await kindOf(b, fromA, target.id)).kind).toBe('conflict');
    await applyImport(b.app, fromA, { [target.id]: 'keep_mine' });
    expect(decisions(b)).toBe(1);

    const fromB = await exportBundle(b, join(tempDir(), 'b1.linimasa'));
    expect((await kindOf(a, fromB, target.id)).kind).toBe('updated');
    await applyImport(a.app, fromB);
    // A learned B's decision with the bundle.
    expect(decisions(a)).toBe(1);
    expect((await a.call('posts.get', { id: target.id })).title).toBe('Versi kantor B');

    const again = await exportBundle(a, join(tempDir(), 'a2.linimasa'));
    const plan = await planImport(b.app, again);
    expect(plan.counts.conflict).toBe(0);
    // Even A's first bundle, imported again on B, no longer asks.
    expect((await planImport(b.app, fromA)).counts.conflict).toBe(0);
  });

  it('two offices that settled the same conflict differently agree at the next exchange, without asking', async () => {
    const { a, b, target, fromA, fromB } = await crossing();
    // Each office keeps its own version: before the fix, every later exchange asked again.
    await applyImport(b.app, fromA, { [target.id]: 'keep_mine' });
    await applyImport(a.app, fromB, { [target.id]: 'keep_mine' });

    const nextFromA = await exportBundle(a, join(tempDir(), 'a2.linimasa'));
    const nextFromB = await exportBundle(b, join(tempDir(), 'b2.linimasa'));
    const onB = await kindOf(b, nextFromA, target.id);
    const onA = await kindOf(a, nextFromB, target.id);
    // A decided last: its choice (A's version) wins on both sides.
    expect(onB).toMatchObject({
      kind: 'updated',
      settledBefore: { kept: 'bundle', byHere: false },
    });
    expect(onA).toMatchObject({ kind: 'unchanged', settledBefore: { kept: 'here', byHere: true } });
    await applyImport(b.app, nextFromA);
    await applyImport(a.app, nextFromB);
    expect((await b.call('posts.get', { id: target.id })).title).toBe('Versi kantor A');
    expect((await a.call('posts.get', { id: target.id })).title).toBe('Versi kantor A');

    // And from now on the two are simply the same.
    const third = await exportBundle(b, join(tempDir(), 'b3.linimasa'));
    expect((await planImport(a.app, third)).counts).toMatchObject({ conflict: 0, updated: 0 });
    const fourth = await exportBundle(a, join(tempDir(), 'a3.linimasa'));
    expect((await planImport(b.app, fourth)).counts).toMatchObject({ conflict: 0, updated: 0 });
  });
});

describe('keep both', () => {
  it('never makes a second copy of the same version, whichever office keeps both and how often', async () => {
    const { a, b, target, fromA, fromB } = await crossing();
    await applyImport(b.app, fromA, { [target.id]: 'keep_both' });
    await applyImport(a.app, fromB, { [target.id]: 'keep_both' });
    expect(copies(a)).toEqual(['Versi kantor B (salinan impor)']);
    expect(copies(b)).toEqual(['Versi kantor A (salinan impor)']);

    // The same bundles again, and two more rounds each way.
    await applyImport(b.app, fromA, { [target.id]: 'keep_both' });
    await applyImport(a.app, fromB, { [target.id]: 'keep_both' });
    for (let round = 0; round < 2; round += 1) {
      const toB = await exportBundle(a, join(tempDir(), `a-${round}.linimasa`));
      const toA = await exportBundle(b, join(tempDir(), `b-${round}.linimasa`));
      const all = { [target.id]: 'keep_both' } as const;
      await applyImport(b.app, toB, all);
      await applyImport(a.app, toA, all);
    }
    // Each version copied once, and the copies travelled: both offices hold the same two.
    const expected = ['Versi kantor A (salinan impor)', 'Versi kantor B (salinan impor)'];
    expect(copies(a)).toEqual(expected);
    expect(copies(b)).toEqual(expected);
  });
});

describe('the sender’s office zone', () => {
  it('travels in the manifest; the plan names it, and a conflict lists what differs', async () => {
    const { a, target, fromB } = await (async () => {
      const { a, planner } = await demo();
      const b = await empty();
      await applyImport(b.app, await exportBundle(a, join(tempDir(), 'awal.linimasa')));
      settingsRepository(b.app.db).update({ timeZone: 'Asia/Makassar' });
      const target = loadSchedule(a.app.db, december).posts[3]!;
      await retitle(a, target.id, planner.id, 'Versi kantor A');
      const post = await b.call('posts.get', { id: target.id });
      await b.call('posts.update', {
        id: target.id,
        version: post.version,
        actorId: planner.id,
        title: 'Versi kantor B',
        hashtags: ['#VersiB'],
        schedule: { date: '2026-12-20', time: '15:30' },
      });
      const fromB = await exportBundle(b, join(tempDir(), 'dari-b.linimasa'));
      return { a, b, target, fromB };
    })();
    const plan = await planImport(a.app, fromB);
    expect(plan.bundle.timeZone).toBe('Asia/Makassar');
    const conflict = plan.posts.find((p) => p.id === target.id)!;
    expect(conflict.kind).toBe('conflict');
    expect(conflict.differences!.map((d) => d.field)).toEqual(['title', 'time', 'hashtags']);
    expect(conflict.differences![0]).toEqual({
      field: 'title',
      here: 'Versi kantor A',
      there: 'Versi kantor B',
    });
    // The names the view needs for the ids in it: channels as this library knows them.
    const local = await a.call('posts.get', { id: target.id });
    for (const { channelId } of local.channels) {
      expect(conflict.names!.channels[channelId]).toMatchObject({ name: expect.any(String) });
    }
    const time = conflict.differences![1]!;
    expect(time).toMatchObject({
      field: 'time',
      there: { at: '2026-12-20T07:30:00.000Z', zone: 'Asia/Makassar' },
    });
  });
});

/**
 * The bundle as an earlier Linimasa wrote it: no office zone in the manifest and no settled
 * conflicts with the posts (the manifest's listing recomputed, as that version would have).
 */
async function asEarlierVersion(file: string, target: string): Promise<string> {
  const entries = new Map((await readZip(file)).map((e) => [e.name, e.data]));
  const posts = JSON.parse(entries.get('data/posts.json')!.toString()) as BundlePost[];
  for (const post of posts) delete post.exchange.resolved;
  entries.set('data/posts.json', Buffer.from(JSON.stringify(posts)));
  const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as BundleManifest;
  delete manifest.office.timeZone;
  entries.delete('manifest.json');
  manifest.entries = [...entries].map(([path, data]) => ({
    path,
    size: data.length,
    sha256: sha256(data),
  }));
  writeFileSync(
    target,
    rawZip([
      ...[...entries].map(([name, data]): RawEntry => ({
        name,
        data,
        method: name.endsWith('.json') ? 8 : 0,
      })),
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)), method: 8 as const },
    ]),
  );
  return target;
}

describe('a bundle from an earlier version', () => {
  it('without the office zone or settled conflicts still plans and imports', async () => {
    const { a, b, target, fromA } = await crossing();
    await applyImport(b.app, fromA, { [target.id]: 'keep_mine' });
    const current = await exportBundle(b, join(tempDir(), 'dari-b-baru.linimasa'));
    const text = (await readZip(current)).find((e) => e.name === 'data/posts.json')!.data;
    expect(text.toString()).toContain('"resolved"');
    const old = await asEarlierVersion(current, join(tempDir(), 'dari-b-lama.linimasa'));

    const plan = await planImport(a.app, old);
    expect(plan.bundle.timeZone).toBeNull();
    expect(plan.posts.find((p) => p.id === target.id)).toMatchObject({ kind: 'updated' });
    const summary = await applyImport(a.app, old);
    expect(summary).toMatchObject({ updated: 1, created: 0 });
    expect((await a.call('posts.get', { id: target.id })).title).toBe('Versi kantor B');

    // Into an empty office too: everything arrives new.
    const c = await empty('c');
    expect((await applyImport(c.app, old)).created).toBe(13);
  });
});
