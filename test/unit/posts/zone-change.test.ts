import { describe, expect, it } from 'vitest';
import { localParts } from '../../../src/shared/time';
import { useOffice } from './fixture';

const office = useOffice();

/**
 * A WIB office with four posts on the calendar: an approved one at 08.00 on 19 December, a draft
 * at 13.00 on 20 December, one published (already out) and one in the trash; and an idea without
 * a time. Only the first two are at stake when the zone changes.
 */
async function wibOffice() {
  const setup = await office({ timeZone: 'Asia/Jakarta' });
  const { call, people, channels } = setup;
  const create = (title: string, date: string, time: string) =>
    call('posts.create', {
      actorId: people.rina.id,
      title,
      channels: [{ channelId: channels.instagram.id, format: 'feed' }],
      schedule: { date, time },
    });
  const step = async (
    post: { id: string; version: number },
    actorId: string,
    action: 'submit' | 'approve' | 'publish',
  ) => call('posts.transition', { id: post.id, version: post.version, actorId, action });

  let approved = await create('Hari Bela Negara', '2036-12-19', '08:00');
  approved = await step(approved, people.rina.id, 'submit');
  approved = await step(approved, people.bambang.id, 'approve');
  const draft = await create('Hari Kesetiakawanan Sosial', '2036-12-20', '13:00');
  let published = await create('Hari Ibu', '2036-12-22', '07:00');
  published = await step(published, people.rina.id, 'submit');
  published = await step(published, people.bambang.id, 'approve');
  published = await step(published, people.bambang.id, 'publish');
  const trashed = await create('Natal', '2036-12-25', '06:00');
  await call('posts.delete', { id: trashed.id, version: trashed.version, actorId: people.rina.id });
  const idea = await call('posts.create', { actorId: people.rina.id, title: 'Ide: profil UMKM' });
  return { ...setup, approved, draft, published, trashed, idea };
}

describe('changing the office time zone with posts planned', () => {
  it('refuses a zone change without a choice and saves nothing', async () => {
    const { call, fail, approved, draft } = await wibOffice();
    const error = await fail('settings.update', { timeZone: 'Asia/Makassar', weekStart: 0 });
    expect(error).toMatchObject({
      code: 'conflict',
      key: 'zoneChange.choiceRequired',
      params: { count: 2, from: 'WIB', to: 'WITA' },
      field: 'zoneChange',
    });
    expect(error.message).toContain('2 unggahan terjadwal');
    const settings = await call('settings.get', {});
    expect(settings).toMatchObject({ timeZone: 'Asia/Jakarta', weekStart: 1 });
    expect(await call('posts.get', { id: approved.id })).toMatchObject({
      scheduledAt: approved.scheduledAt,
      version: approved.version,
    });
    expect((await call('posts.get', { id: draft.id })).version).toBe(draft.version);
  });

  it('previews the posts at stake: planned, not trashed, not published, the next ones first', async () => {
    const { call, approved, draft } = await wibOffice();
    const preview = await call('settings.zoneChangePreview', { timeZone: 'asia/makassar' });
    expect(preview).toMatchObject({
      fromZone: 'Asia/Jakarta',
      toZone: 'Asia/Makassar',
      affected: 2,
    });
    expect(preview.examples.map((e) => e.title)).toEqual([
      'Hari Bela Negara',
      'Hari Kesetiakawanan Sosial',
    ]);
    expect(preview.examples[0]).toEqual({
      id: approved.id,
      title: 'Hari Bela Negara',
      scheduledAt: approved.scheduledAt,
      reanchoredAt: '2036-12-19T00:00:00.000Z',
    });
    expect(preview.examples[1]!.id).toBe(draft.id);
    // Same offset, same local times: nothing to ask.
    expect(
      (await call('settings.zoneChangePreview', { timeZone: 'Asia/Pontianak' })).affected,
    ).toBe(0);
    await call('settings.update', { timeZone: 'Asia/Pontianak' });
    expect((await call('settings.get', {})).timeZone).toBe('Asia/Pontianak');
  });

  it('keep local time: 08.00 WIB becomes 08.00 WITA, version up, approval kept, logged', async () => {
    const { call, people, approved, draft, published, trashed, idea } = await wibOffice();
    const settings = await call('settings.update', {
      timeZone: 'Asia/Makassar',
      zoneChange: { keep: 'local_time' },
      actorId: people.admin.id,
    });
    expect(settings.timeZone).toBe('Asia/Makassar');

    const after = await call('posts.get', { id: approved.id });
    expect(after).toMatchObject({
      scheduledAt: '2036-12-19T00:00:00.000Z',
      timeZone: 'Asia/Makassar',
      status: 'approved',
      version: approved.version + 1,
    });
    expect(localParts(after.scheduledAt!, 'Asia/Makassar')).toEqual({
      date: '2036-12-19',
      time: '08:00',
    });
    const draftAfter = await call('posts.get', { id: draft.id });
    expect(localParts(draftAfter.scheduledAt!, 'Asia/Makassar').time).toBe('13:00');

    // Out of reach: what went out, what is in the trash, what has no time.
    for (const untouched of [published, idea]) {
      expect(await call('posts.get', { id: untouched.id })).toMatchObject({
        scheduledAt: untouched.scheduledAt,
        version: untouched.version,
      });
    }
    const inTrash = await call('posts.get', { id: trashed.id });
    expect(inTrash.scheduledAt).toBe(trashed.scheduledAt);

    const log = await call('posts.activity', { id: approved.id });
    expect(log.at(-1)).toMatchObject({
      action: 'move',
      actorName: 'Admin',
      changes: { scheduledAt: [approved.scheduledAt, '2036-12-19T00:00:00.000Z'] },
    });
    expect(log.at(-1)!.comment).toContain('dari WIB (Asia/Jakarta) ke WITA (Asia/Makassar)');
    expect(log.at(-1)!.comment).toContain('jam lokal dipertahankan: 08.00 WIB menjadi 08.00 WITA');
    expect((await call('posts.activity', { id: published.id })).at(-1)!.action).toBe('publish');

    // The calendar of the new zone shows them on the same days at the same hours.
    const month = await call('posts.range', { from: '2036-12-01', to: '2036-12-31' });
    expect(month.map((p) => [p.title, localParts(p.scheduledAt!, 'Asia/Makassar').time])).toEqual([
      ['Hari Bela Negara', '08:00'],
      ['Hari Kesetiakawanan Sosial', '13:00'],
      ['Hari Ibu', '08:00'],
    ]);
  });

  it('keep the instants: nothing stored changes, 08.00 WIB shows as 09.00 WITA, logged', async () => {
    const { call, people, approved, draft } = await wibOffice();
    await call('settings.update', {
      timeZone: 'Asia/Makassar',
      zoneChange: { keep: 'instant' },
      actorId: people.admin.id,
    });
    const after = await call('posts.get', { id: approved.id });
    // Same instant, same zone column, same version: the bundle exchange sees no change here.
    expect(after).toMatchObject({
      scheduledAt: approved.scheduledAt,
      timeZone: 'Asia/Jakarta',
      status: 'approved',
      version: approved.version,
    });
    expect(localParts(after.scheduledAt!, 'Asia/Makassar').time).toBe('09:00');
    expect((await call('posts.get', { id: draft.id })).version).toBe(draft.version);
    const entry = (await call('posts.activity', { id: approved.id })).at(-1)!;
    // settings.update is the administrator's (dispatch's role table), so the log names them.
    expect(entry).toMatchObject({ action: 'edit', actorName: 'Admin', changes: {} });
    expect(entry.comment).toContain('saat tayang dipertahankan: 08.00 WIB kini tampil 09.00 WITA');
  });

  it('refuses an unknown actor for the log and then changes nothing', async () => {
    const { call, fail, approved } = await wibOffice();
    const error = await fail('settings.update', {
      timeZone: 'Asia/Makassar',
      zoneChange: { keep: 'local_time' },
      actorId: '00000000-0000-4000-8000-000000000000',
    });
    expect(error).toMatchObject({ code: 'forbidden', key: 'actor.unknown' });
    expect((await call('settings.get', {})).timeZone).toBe('Asia/Jakarta');
    expect((await call('posts.get', { id: approved.id })).version).toBe(approved.version);
  });

  it('an office without planned posts changes zone without being asked', async () => {
    const { call } = await office({ timeZone: 'Asia/Jakarta' });
    expect((await call('settings.update', { timeZone: 'Asia/Jayapura' })).timeZone).toBe(
      'Asia/Jayapura',
    );
  });
});
