import { describe, expect, it } from 'vitest';
import { useOffice } from './fixture';

const office = useOffice();

describe('recurring series', () => {
  it('creates one draft per occurrence, edits the series, and approves per occurrence', async () => {
    const { call, people } = await office();
    const { seriesId, posts } = await call('series.create', {
      actorId: people.rina.id,
      post: { title: 'Jumat Bersih', caption: 'Ayo kerja bakti!' },
      rule: {
        frequency: 'weekly',
        weekdays: [5],
        interval: 1,
        startDate: '2026-12-04',
        time: '07:00',
        end: { kind: 'count', count: 4 },
      },
    });
    expect(posts.map((p) => p.scheduledAt)).toEqual([
      '2026-12-04T00:00:00.000Z',
      '2026-12-11T00:00:00.000Z',
      '2026-12-18T00:00:00.000Z',
      '2026-12-25T00:00:00.000Z',
    ]);
    // approve the first occurrence only
    const first = posts[0]!;
    const submitted = await call('posts.transition', {
      id: first.id,
      version: 1,
      actorId: people.rina.id,
      action: 'submit',
    });
    const approved = await call('posts.transition', {
      id: first.id,
      version: submitted.version,
      actorId: people.bambang.id,
      action: 'approve',
    });
    expect(approved.status).toBe('approved');
    expect((await call('posts.get', { id: posts[1]!.id })).status).toBe('draft');

    const edited = await call('series.update', {
      seriesId,
      actorId: people.rina.id,
      patch: { caption: 'Ayo kerja bakti jam 7!' },
    });
    expect(edited).toEqual({ updated: 4, returnedToDraft: 1 });
    expect((await call('posts.get', { id: first.id })).status).toBe('draft');

    expect(
      await call('series.delete', { seriesId, actorId: people.rina.id, fromDate: '2026-12-15' }),
    ).toEqual({ deleted: 2 });
    expect(await call('posts.range', { from: '2026-12-01', to: '2026-12-31' })).toHaveLength(2);
  });

  it('rejects a rule without an end', async () => {
    const { fail, people } = await office();
    const error = await fail('series.create', {
      actorId: people.rina.id,
      post: { title: 'Tanpa akhir' },
      // @ts-expect-error: the end is missing on purpose
      rule: { frequency: 'daily', interval: 3, startDate: '2026-12-01', time: '08:00' },
    });
    expect(error.code).toBe('invalid_request');
  });
});

describe('observances', () => {
  it('lists national days, office days and imported days, each source switchable', async () => {
    const { call } = await office();
    await call('settings.update', { observanceSources: { holidays: false, cutiBersama: false } });
    await call('observances.create', { name: 'Hari Jadi Kabupaten Sukamaju', month: 8, day: 20 });
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//id',
      'BEGIN:VEVENT',
      'UID:nyepi-2026',
      'DTSTART;VALUE=DATE:20260319',
      'DTEND;VALUE=DATE:20260320',
      'SUMMARY:Hari Suci Nyepi',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(await call('observances.importIcs', { label: 'Libur 2026', text: ics })).toEqual({
      imported: 1,
      skipped: 0,
    });
    expect(await call('observances.importIcs', { label: 'Libur 2026', text: ics })).toEqual({
      imported: 1,
      skipped: 0,
    });

    const march = await call('observances.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(march.filter((o) => o.kind !== 'national')).toEqual([
      {
        date: '2026-03-19',
        name: 'Hari Suci Nyepi',
        kind: 'imported',
        publicHoliday: false,
        source: 'Libur 2026',
      },
    ]);
    const august = await call('observances.list', { from: '2026-08-01', to: '2026-08-31' });
    expect(august.map((o) => [o.date, o.kind])).toEqual([
      ['2026-08-10', 'national'],
      ['2026-08-14', 'national'],
      ['2026-08-17', 'national'],
      ['2026-08-18', 'national'],
      ['2026-08-20', 'local'],
    ]);
    // A client that knows only three switches leaves the holiday switches as they were (off).
    await call('settings.update', {
      observanceSources: { national: false, local: true, imported: false },
    });
    expect(
      (await call('observances.list', { from: '2026-03-01', to: '2026-08-31' })).map((o) => o.name),
    ).toEqual(['Hari Jadi Kabupaten Sukamaju']);
    expect(await call('observances.custom', {})).toHaveLength(2);
  });

  it('rejects a file that is not a calendar with a readable message', async () => {
    const { fail } = await office();
    const error = await fail('observances.importIcs', { label: 'x', text: 'this is not ics' });
    expect(error.code).toBe('invalid_request');
    expect(error.message.length).toBeGreaterThan(10);
  });
});
