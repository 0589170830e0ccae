import { progressShare } from '../../../../src/renderer/components/progress';
import { describe, expect, it } from 'vitest';
import { exportFilterSchema, maxExportDays } from '../../../../src/shared/domain/exports';
import { addDaysLocal } from '../../../../src/shared/time';
import {
  addMonths,
  defaultMonth,
  filterFor,
  filterKey,
  initialForm,
  isExportShortcut,
  isRangeProblem,
  isWholeMonth,
  monthBounds,
  monthChoices,
  rangeProblem,
  shortHash,
  toggled,
  type ExportForm,
} from '../../../../src/renderer/features/export/model';
import { formatPeriod } from '../../../../src/renderer/features/export/format';

const none = { channelIds: [], campaignIds: [] };
const form = (patch: Partial<ExportForm> = {}): ExportForm => ({
  ...initialForm('2026-11-10'),
  ...patch,
});

describe('export screen: the month it opens on', () => {
  it('is this month until the 20th, next month from the 21st (the month being prepared)', () => {
    expect(defaultMonth('2026-11-01')).toBe('2026-11');
    expect(defaultMonth('2026-11-20')).toBe('2026-11');
    expect(defaultMonth('2026-11-21')).toBe('2026-12');
    expect(defaultMonth('2026-12-27')).toBe('2027-01');
  });

  it('covers the whole month, leap years included', () => {
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('steps months across years both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-06', -30)).toBe('2023-12');
  });

  it('lists two years back and one ahead, oldest first, around the month', () => {
    const months = monthChoices('2026-12');
    expect(months).toHaveLength(37);
    expect(months[0]).toBe('2024-12');
    expect(months.at(-1)).toBe('2027-12');
    expect(months).toEqual([...months].sort());
  });

  it('starts with approved posts only, every channel and pillar, as a PDF of that month', () => {
    expect(initialForm('2026-11-25')).toMatchObject({
      mode: 'month',
      month: '2026-12',
      from: '2026-12-01',
      to: '2026-12-31',
      statuses: ['approved'],
      excludedChannelIds: [],
      excludedCampaignIds: [],
      format: 'pdf',
    });
  });
});

describe('export screen: ranges', () => {
  it('refuses incomplete dates, an end before the start and more than the longest range', () => {
    expect(rangeProblem('', '2026-12-31')).toBe('fromInvalid');
    expect(rangeProblem('2026-12-01', '2026-02-30')).toBe('toInvalid');
    expect(rangeProblem('2026-12-02', '2026-12-01')).toBe('order');
    expect(rangeProblem('2026-12-01', '2026-12-01')).toBeNull();
    const last = addDaysLocal('2026-01-01', maxExportDays - 1);
    expect(rangeProblem('2026-01-01', last)).toBeNull();
    expect(rangeProblem('2026-01-01', addDaysLocal(last, 1))).toBe('tooLong');
  });

  it('never lets through a range the API refuses', () => {
    for (const days of [maxExportDays - 1, maxExportDays, maxExportDays + 1, maxExportDays + 2]) {
      const to = addDaysLocal('2026-01-01', days);
      if (rangeProblem('2026-01-01', to) === null) {
        expect(exportFilterSchema.safeParse({ from: '2026-01-01', to }).success, `${days}`).toBe(
          true,
        );
      }
    }
  });

  it('tells range problems from the others', () => {
    expect(isRangeProblem('order')).toBe(true);
    expect(isRangeProblem('noStatus')).toBe(false);
    expect(isRangeProblem(null)).toBe(false);
  });
});

describe('export screen: the filter a form asks for', () => {
  it('takes the month bounds in month mode and the typed dates otherwise', () => {
    expect(filterFor(form({ month: '2026-12' }), none).filter).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      statuses: ['approved'],
      channelIds: [],
      campaignIds: [],
    });
    const custom = filterFor(form({ mode: 'custom', from: '2026-12-10', to: '2027-01-05' }), none);
    expect(custom.filter).toMatchObject({ from: '2026-12-10', to: '2027-01-05' });
    expect(exportFilterSchema.safeParse(custom.filter).success).toBe(true);
  });

  it('reports the first problem instead of a filter', () => {
    expect(filterFor(form({ mode: 'custom', from: '2026-12-10', to: '2026-12-01' }), none)).toEqual(
      { filter: null, problem: 'order' },
    );
    expect(filterFor(form({ statuses: [] }), none).problem).toBe('noStatus');
  });

  it('sends "all" as an empty list and a partial choice as the ids still ticked', () => {
    const choices = { channelIds: ['ig', 'fb', 'x'], campaignIds: ['a', 'b'] };
    expect(filterFor(form(), choices).filter).toMatchObject({ channelIds: [], campaignIds: [] });
    expect(
      filterFor(form({ excludedChannelIds: ['fb'], excludedCampaignIds: ['a'] }), choices).filter,
    ).toMatchObject({ channelIds: ['ig', 'x'], campaignIds: ['b'] });
  });

  it('ignores exclusions of channels that are gone, and refuses excluding every one', () => {
    const choices = { channelIds: ['ig', 'fb'], campaignIds: ['a'] };
    expect(
      filterFor(form({ excludedChannelIds: ['deleted'] }), choices).filter?.channelIds,
    ).toEqual([]);
    expect(filterFor(form({ excludedChannelIds: ['ig', 'fb'] }), choices).problem).toBe(
      'noChannel',
    );
    expect(filterFor(form({ excludedCampaignIds: ['a'] }), choices).problem).toBe('noCampaign');
  });

  it('keys filters by content', () => {
    const a = filterFor(form(), none).filter!;
    const b = filterFor(form(), none).filter!;
    expect(filterKey(a)).toBe(filterKey(b));
    expect(filterKey(a)).not.toBe(filterKey({ ...a, statuses: ['approved', 'draft'] }));
  });
});

describe('export screen: small helpers', () => {
  it('toggles a value in a list', () => {
    expect(toggled(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('tells a whole month from other ranges', () => {
    expect(isWholeMonth('2026-12-01', '2026-12-31')).toBe(true);
    expect(isWholeMonth('2026-12-01', '2026-12-30')).toBe(false);
    expect(isWholeMonth('2026-12-02', '2026-12-31')).toBe(false);
    expect(isWholeMonth('2026-11-01', '2026-12-31')).toBe(false);
  });

  it('shortens a SHA-256 and measures progress', () => {
    const sha = 'a'.repeat(64);
    expect(shortHash(sha)).toBe(`${'a'.repeat(12)}…`);
    expect(progressShare(0, 0)).toBeNull();
    expect(progressShare(5, 20)).toBe(0.25);
    expect(progressShare(30, 20)).toBe(1);
  });

  it('knows Ctrl+E and ⌘E, not with Shift or Alt, not plain E', () => {
    const key = { key: 'e', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isExportShortcut({ ...key, ctrlKey: true })).toBe(true);
    expect(isExportShortcut({ ...key, metaKey: true, key: 'E' })).toBe(true);
    expect(isExportShortcut(key)).toBe(false);
    expect(isExportShortcut({ ...key, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isExportShortcut({ ...key, ctrlKey: true, altKey: true })).toBe(false);
  });

  it('names periods as people say them', () => {
    expect(formatPeriod('2026-12-01', '2026-12-31', 'id')).toBe('Desember 2026');
    expect(formatPeriod('2026-12-01', '2026-12-15', 'id')).toBe('1 – 15 Desember 2026');
    expect(formatPeriod('2026-12-20', '2027-01-05', 'id')).toBe('20 Des 2026 – 5 Jan 2027');
    expect(formatPeriod('2026-12-03', '2026-12-03', 'id')).toBe('Kamis, 3 Desember 2026');
    expect(formatPeriod('2026-12-01', '2026-12-31', 'en')).toBe('December 2026');
  });
});
