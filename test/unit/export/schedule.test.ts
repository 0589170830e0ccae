import { describe, expect, it } from 'vitest';
import { scheduleRows } from '../../../src/shared/domain/exports';
import { trickyPost, useDemoOffice } from './fixture';

describe('loadSchedule', () => {
  const demoOffice = useDemoOffice();

  it('holds approved December posts only, in time order, with names resolved', async () => {
    const { schedule, tricky } = await demoOffice();
    const december = schedule();
    // seed-demo approves three posts in the month; the fixture adds one on 31 December.
    expect(december.posts.map((p) => p.status)).toEqual([
      'approved',
      'approved',
      'approved',
      'approved',
    ]);
    const times = december.posts.map((p) => p.scheduledAt);
    expect(times).toEqual([...times].sort());
    const last = december.posts.at(-1)!;
    expect(last.id).toBe(tricky.id);
    expect(last).toMatchObject({ date: '2026-12-31', time: '23:30', zoneLabel: 'WIB' });
    expect(last.title).toBe(trickyPost.title);
    expect(last.approvedBy?.name).toBe('Bambang Wicaksono');
    expect(last.approvedAt).not.toBeNull();
    expect(last.channels.map((c) => c.caption)).toEqual([
      trickyPost.caption,
      'Versi pendek untuk X',
    ]);
    expect(december.office.name).toBe('Pemerintah Kabupaten Sukamaju');
    expect(december.observances.some((o) => o.date === '2026-12-25')).toBe(true);
    expect(scheduleRows(december)).toHaveLength(8);
  });

  it('filters by status, channel and campaign', async () => {
    const { schedule, channels } = await demoOffice();
    const all = schedule({
      statuses: ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'cancelled'],
    });
    expect(all.posts).toHaveLength(13); // 12 demo posts + the tricky one; January is out
    const onX = schedule({ statuses: all.filter.statuses, channelIds: [channels[2]!.id] });
    expect(onX.posts.length).toBeGreaterThan(0);
    expect(onX.posts.every((p) => p.channels.every((c) => c.channelId === channels[2]!.id))).toBe(
      true,
    );
    expect(onX.channels.map((c) => c.id)).toEqual([channels[2]!.id]);
    const campaign = all.posts.find((p) => p.campaign)!.campaign!;
    const byCampaign = schedule({ statuses: all.filter.statuses, campaignIds: [campaign.id] });
    expect(byCampaign.posts.length).toBeGreaterThan(0);
    expect(byCampaign.posts.every((p) => p.campaign?.id === campaign.id)).toBe(true);
  });

  it('counts local days in the office zone: 23:30 on the last day is in, 00:00 on the next is out', async () => {
    const { schedule } = await demoOffice();
    const lastDay = schedule({ from: '2026-12-31', to: '2026-12-31' });
    expect(lastDay.posts.map((p) => p.time)).toEqual(['23:30']);
    const newYear = schedule({ from: '2027-01-01', to: '2027-01-01' });
    expect(newYear.posts.map((p) => p.title)).toEqual(['Selamat Tahun Baru 2027']);
  });
});
