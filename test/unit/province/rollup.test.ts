import { describe, expect, it } from 'vitest';
import type { RegencyReport } from '../../../src/shared/domain/province-report';
import { regencyReportSchema } from '../../../src/shared/domain/province-report';
import { computeRollup, type RollupInput } from '../../../src/shared/domain/province-rollup';

const id = (n: number) => `0190f0a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const packP = id(100);
const packQ = id(200);
const [A, B, C, D] = [id(1), id(2), id(3), id(4)];

function report(month: string, sentAt: string, parts: Partial<RegencyReport>): RegencyReport {
  return regencyReportSchema.parse({
    month,
    sentAt,
    totals: {
      plannedPosts: 0,
      publishedPosts: 0,
      plannedChannels: 0,
      publishedChannels: 0,
      onTimeChannels: 0,
      outsidePlan: 0,
      views: 0,
      reach: 0,
      engagement: 0,
    },
    channels: [],
    packItems: [],
    ...parts,
  });
}

const status = (
  packId: string,
  itemId: string,
  publications: { platform: 'instagram' | 'facebook'; publishedAt: string }[],
) => ({
  packId,
  packVersion: 1,
  itemId,
  adoptedAt: '2026-11-28T03:00:00.000Z',
  scheduledAt: null,
  approvedAt: null,
  publications: publications.map((p) => ({ ...p, permalink: null })),
});

const totals = (planned: number, published: number, onTime: number, reach: number) => ({
  plannedPosts: planned,
  publishedPosts: published,
  plannedChannels: planned,
  publishedChannels: published,
  onTimeChannels: onTime,
  outsidePlan: 0,
  views: 0,
  reach,
  engagement: 0,
});

/**
 * Pack P (first sent 28 Nov 00:00 UTC) to all three: A on 1 Dec, B on 10 Dec, C on 30 Nov.
 * Pack Q to Gowa only: D on 19 Dec. Reports for December were due 5 Jan; it is 6 Jan.
 */
const input: RollupInput = {
  month: '2026-12',
  regencies: [
    { code: '73.05', name: 'Kabupaten Takalar' },
    { code: '73.06', name: 'Kabupaten Gowa' },
    { code: '73.09', name: 'Kabupaten Maros' },
  ],
  packs: [
    {
      packId: packP,
      title: 'Hari Bela Negara',
      firstSentAt: '2026-11-28T00:00:00.000Z',
      recipients: ['73.05', '73.06', '73.09'],
      items: [
        { itemId: A, title: 'Upacara', suggestedDate: '2026-12-01' },
        { itemId: B, title: 'Kutipan', suggestedDate: '2026-12-10' },
        { itemId: C, title: 'Ajakan', suggestedDate: '2026-11-30' },
      ],
    },
    {
      packId: packQ,
      title: 'Peluncuran program',
      firstSentAt: '2026-12-15T00:00:00.000Z',
      recipients: ['73.06'],
      items: [{ itemId: D, title: 'Video peluncuran', suggestedDate: '2026-12-19' }],
    },
  ],
  reports: [
    // Gowa sent December twice; the older one arrives last and must not win.
    {
      from: '73.06',
      receivedAt: '2027-01-03T05:00:00.000Z',
      report: report('2026-12', '2027-01-03T04:00:00.000Z', {
        totals: totals(10, 9, 8, 5000),
        packItems: [
          status(packP, A, [
            { platform: 'instagram', publishedAt: '2026-11-30T00:00:00.000Z' },
            { platform: 'facebook', publishedAt: '2026-12-01T00:00:00.000Z' },
          ]),
          status(packP, B, [{ platform: 'instagram', publishedAt: '2026-12-10T00:00:00.000Z' }]),
          status(packQ, D, []),
        ],
      }),
    },
    {
      from: '73.09',
      receivedAt: '2027-01-08T01:00:00.000Z',
      report: report('2026-12', '2027-01-08T00:00:00.000Z', {
        totals: totals(4, 4, 2, 900),
        packItems: [
          status(packP, A, [{ platform: 'facebook', publishedAt: '2026-11-29T12:00:00.000Z' }]),
        ],
      }),
    },
    {
      from: '73.06',
      receivedAt: '2027-01-04T00:00:00.000Z',
      report: report('2026-12', '2027-01-01T00:00:00.000Z', { totals: totals(1, 1, 1, 1) }),
    },
    {
      from: '73.05',
      receivedAt: '2026-12-03T00:00:00.000Z',
      report: report('2026-11', '2026-12-02T00:00:00.000Z', {
        totals: totals(2, 2, 2, 300),
        packItems: [
          status(packP, C, [{ platform: 'instagram', publishedAt: '2026-11-28T06:00:00.000Z' }]),
        ],
      }),
    },
  ],
  reportDueAt: '2027-01-05T16:00:00.000Z',
  now: '2027-01-06T02:00:00.000Z',
};

describe('Rekap provinsi', () => {
  const rollup = computeRollup(input);

  it('ranks regencies by pack adoption, then speed, and computes each figure by hand', () => {
    expect(rollup.regencies.map((row) => [row.rank, row.code])).toEqual([
      [1, '73.06'],
      [2, '73.09'],
      [3, '73.05'],
    ]);
    const [gowa, maros, takalar] = rollup.regencies;
    // Gowa: A, B and D were sent to it for December; all adopted; A after 48 h, B after 288 h.
    expect(gowa!.current).toEqual({
      itemsSent: 3,
      itemsAdopted: 3,
      itemsPublished: 2,
      adoptionShare: 1,
      medianHoursToPublication: 48,
      plannedChannels: 10,
      publishedChannels: 9,
      planRate: 0.9,
      onTimeRate: 8 / 9,
      reach: 5000,
    });
    expect(gowa!.report).toEqual({
      state: 'on_time',
      sentAt: '2027-01-03T04:00:00.000Z',
      receivedAt: '2027-01-03T05:00:00.000Z',
    });
    // Maros: A adopted and published after 36 h; B not adopted. Its report came after the due date.
    expect(maros!.current.adoptionShare).toBe(0.5);
    expect(maros!.current.medianHoursToPublication).toBe(36);
    expect(maros!.current.onTimeRate).toBe(0.5);
    expect(maros!.report.state).toBe('late');
    // Takalar sent nothing for December: missing, nothing adopted; November is beside it.
    expect(takalar!.report.state).toBe('missing');
    expect(takalar!.current.adoptionShare).toBe(0);
    expect(takalar!.previous).toMatchObject({
      itemsSent: 1,
      itemsAdopted: 1,
      adoptionShare: 1,
      medianHoursToPublication: 6,
      reach: 300,
    });
    expect(gowa!.previous).toBeNull();
  });

  it('names who carried each item of the month, where and how fast', () => {
    expect(rollup.items.map((row) => row.title)).toEqual([
      'Upacara',
      'Kutipan',
      'Video peluncuran',
    ]);
    const upacara = rollup.items[0]!;
    expect(
      upacara.carriers.map((c) => [
        c.name,
        c.adopted,
        c.publications.map((p) => p.platform),
        c.hoursToPublication,
      ]),
    ).toEqual([
      ['Kabupaten Takalar', false, [], null],
      ['Kabupaten Gowa', true, ['instagram', 'facebook'], 48],
      ['Kabupaten Maros', true, ['facebook'], 36],
    ]);
    expect(rollup.items[2]!.carriers.map((c) => c.code)).toEqual(['73.06']);
  });

  it('ends in the same state whatever order the reports arrive in', () => {
    const reversed = computeRollup({ ...input, reports: [...input.reports].reverse() });
    expect(reversed).toEqual(rollup);
    const twice = computeRollup({ ...input, reports: [...input.reports, ...input.reports] });
    expect(twice).toEqual(rollup);
  });

  it('shows a report not yet due as awaited, not missing', () => {
    const early = computeRollup({ ...input, now: '2027-01-02T00:00:00.000Z' });
    expect(early.regencies.find((row) => row.code === '73.05')!.report.state).toBe('awaited');
  });
});
