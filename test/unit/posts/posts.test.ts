import { describe, expect, it } from 'vitest';
import { useOffice } from './fixture';

const office = useOffice();

describe('posts: create, read, edit', () => {
  it('creates a scheduled draft stored as a UTC instant plus the office zone', async () => {
    const { call, people, channels } = await office({ timeZone: 'Asia/Makassar' });
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Pelantikan Kepala Desa',
      caption: 'Selamat bertugas!',
      channels: [{ channelId: channels.instagram.id, format: 'carousel' }],
      tags: ['pemerintahan', 'desa', 'desa'],
      schedule: { date: '2026-12-01', time: '00:30' },
    });
    expect(post).toMatchObject({
      status: 'draft',
      version: 1,
      scheduledAt: '2026-11-30T16:30:00.000Z',
      timeZone: 'Asia/Makassar',
      createdBy: people.rina.id,
      tags: ['desa', 'pemerintahan'],
      channels: [{ channelId: channels.instagram.id, format: 'carousel', captionOverride: null }],
    });
    expect(await call('posts.get', { id: post.id })).toEqual(post);
  });

  it('keeps an unscheduled idea in the ideas tray, not on the calendar', async () => {
    const { call, people } = await office();
    const idea = await call('posts.create', { actorId: people.rina.id, title: 'Ide: profil UMKM' });
    expect(idea.scheduledAt).toBeNull();
    expect((await call('posts.ideas', {})).map((p) => p.id)).toEqual([idea.id]);
    expect(await call('posts.range', { from: '2026-01-01', to: '2026-03-31' })).toEqual([]);
  });

  it('refuses a stale version with conflict and never overwrites', async () => {
    const { call, fail, people } = await office();
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Jadwal layanan KTP',
    });
    await call('posts.update', {
      id: post.id,
      version: 1,
      actorId: people.dimas.id,
      caption: 'versi Dimas',
    });
    const error = await fail('posts.update', {
      id: post.id,
      version: 1,
      actorId: people.rina.id,
      caption: 'versi Rina',
    });
    expect(error.code).toBe('conflict');
    expect((await call('posts.get', { id: post.id })).caption).toBe('versi Dimas');
  });

  it('refuses actions by an unknown or deactivated person', async () => {
    const { call, fail, people } = await office();
    await call('people.archive', { id: people.dimas.id });
    expect((await fail('posts.create', { actorId: people.dimas.id, title: 'x' })).code).toBe(
      'forbidden',
    );
    expect((await fail('posts.create', { actorId: crypto.randomUUID(), title: 'x' })).code).toBe(
      'forbidden',
    );
  });

  it('rejects a bad schedule, link or duplicated channel before any write', async () => {
    const { fail, people, channels } = await office();
    const base = { actorId: people.rina.id, title: 'x' };
    expect(
      await fail('posts.create', { ...base, schedule: { date: '2026-02-30', time: '09:00' } }),
    ).toMatchObject({
      code: 'invalid_request',
      field: 'schedule.date',
    });
    expect(
      await fail('posts.create', { ...base, schedule: { date: '2026-02-03', time: '24:00' } }),
    ).toMatchObject({
      field: 'schedule.time',
    });
    expect(await fail('posts.create', { ...base, link: 'javascript:alert(1)' })).toMatchObject({
      field: 'link',
    });
    const twice = [
      { channelId: channels.x.id, format: 'feed' as const },
      { channelId: channels.x.id, format: 'video' as const },
    ];
    expect(await fail('posts.create', { ...base, channels: twice })).toMatchObject({
      field: 'channels',
    });
  });
});

describe('posts: moving on the calendar', () => {
  it('keeps the local time when dragged to another day, and logs the move', async () => {
    const { call, people } = await office();
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Senam pagi bersama',
      schedule: { date: '2026-12-04', time: '06:15' },
    });
    const { post: moved } = await call('posts.move', {
      id: post.id,
      version: 1,
      actorId: people.rina.id,
      date: '2026-12-11',
    });
    expect(moved.scheduledAt).toBe('2026-12-10T23:15:00.000Z'); // 06:15 WIB on the 11th
    const log = await call('posts.activity', { id: post.id });
    expect(log.map((entry) => entry.action)).toEqual(['create', 'move']);
    expect(log[1]?.actorName).toBe('Rina');
  });

  it('gives an idea dropped on a day the office default time, and can send it back to the tray', async () => {
    const { call, people } = await office();
    await call('settings.update', { defaultPostTime: '10:00' });
    const idea = await call('posts.create', { actorId: people.rina.id, title: 'Ide' });
    const { post } = await call('posts.move', {
      id: idea.id,
      version: 1,
      actorId: people.rina.id,
      date: '2026-12-02',
    });
    expect(post.scheduledAt).toBe('2026-12-02T03:00:00.000Z');
    const { post: back } = await call('posts.move', {
      id: idea.id,
      version: 2,
      actorId: people.rina.id,
      date: null,
    });
    expect(back).toMatchObject({ scheduledAt: null, timeZone: null });
  });
});

describe('posts: month edges in every Indonesian zone and a daylight-saving zone', () => {
  const cases = [
    ['Asia/Jakarta', '2026-12'],
    ['Asia/Makassar', '2026-12'],
    ['Asia/Jayapura', '2026-12'],
    ['Europe/Berlin', '2026-03'], // DST starts on 29 March 2026
    ['Europe/Berlin', '2026-10'], // and ends on 25 October
  ] as const;

  it.each(cases)(
    '%s, %s: 00:30 on the 1st and 23:30 on the last day stay in their month',
    async (zone, month) => {
      const { call, people } = await office({ timeZone: zone });
      const [year, m] = month.split('-').map(Number) as [number, number];
      const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
      const first = `${month}-01`;
      const last = `${month}-${String(lastDay).padStart(2, '0')}`;
      const next = new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
      const prevLast = new Date(Date.UTC(year, m - 1, 0)).toISOString().slice(0, 10);
      const make = (title: string, date: string, time: string) =>
        call('posts.create', { actorId: people.rina.id, title, schedule: { date, time } });
      await make('sebelum', prevLast, '23:30');
      await make('awal', first, '00:30');
      await make('akhir', last, '23:30');
      await make('sesudah', next, '00:30');
      const inMonth = await call('posts.range', { from: first, to: last });
      expect(inMonth.map((p) => p.title)).toEqual(['awal', 'akhir']);
      const firstDay = await call('posts.range', { from: first, to: first });
      expect(firstDay.map((p) => p.title)).toEqual(['awal']);
    },
  );
});

describe('posts: trash', () => {
  it('moves to the trash and restores, hiding trashed posts from the calendar', async () => {
    const { call, people } = await office();
    const post = await call('posts.create', {
      actorId: people.rina.id,
      title: 'Hapus saya',
      schedule: { date: '2026-12-05', time: '09:00' },
    });
    await call('posts.delete', { id: post.id, version: 1, actorId: people.rina.id });
    expect(await call('posts.range', { from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
    expect((await call('posts.trash', {})).map((p) => p.id)).toEqual([post.id]);
    const restored = await call('posts.restore', { id: post.id, actorId: people.rina.id });
    expect(restored.deletedAt).toBeNull();
    expect(
      (await call('posts.range', { from: '2026-12-01', to: '2026-12-31' })).map((p) => p.id),
    ).toEqual([post.id]);
    expect((await call('posts.activity', { id: post.id })).map((a) => a.action)).toEqual([
      'create',
      'delete',
      'restore',
    ]);
  });
});
