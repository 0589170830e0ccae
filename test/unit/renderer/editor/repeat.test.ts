import { describe, expect, it } from 'vitest';
import {
  blankRepeat,
  previewRepeat,
  repeatRule,
} from '../../../../src/renderer/features/editor/repeat';

describe('the "Ulangi" choices', () => {
  it('start from the chosen day: its weekday and its day of the month', () => {
    // 12 November 2026 is a Thursday.
    expect(blankRepeat('2026-11-12')).toMatchObject({
      frequency: 'none',
      weekdays: [4],
      dayOfMonth: 12,
    });
    expect(blankRepeat('')).toMatchObject({ weekdays: [1], dayOfMonth: 1 });
  });

  it('make no rule for "Tidak diulang"', () => {
    expect(repeatRule(blankRepeat('2026-11-12'), '2026-11-12', '09:00', 1)).toBeNull();
  });

  it('make a weekly rule that the API’s expansion turns into the expected dates', () => {
    const repeat = {
      ...blankRepeat('2026-11-02'),
      frequency: 'weekly' as const,
      weekdays: [1, 3],
      count: 4,
    };
    const rule = repeatRule(repeat, '2026-11-02', '09:00', 1);
    expect(rule).toMatchObject({
      frequency: 'weekly',
      weekdays: [1, 3],
      end: { kind: 'count', count: 4 },
    });
    const preview = previewRepeat(rule!, 'Asia/Jakarta');
    expect(preview.ok && preview.occurrences.map((item) => item.date)).toEqual([
      '2026-11-02',
      '2026-11-04',
      '2026-11-09',
      '2026-11-11',
    ]);
  });

  it('make monthly and every-N-days rules ending on a date', () => {
    const monthly = repeatRule(
      { ...blankRepeat('2026-01-31'), frequency: 'monthly', endKind: 'until', until: '2026-05-31' },
      '2026-01-31',
      '08:00',
      1,
    );
    const monthlyPreview = previewRepeat(monthly!, 'Asia/Makassar');
    // Months without a 31st are skipped, as the recurrence rule documents.
    expect(monthlyPreview.ok && monthlyPreview.occurrences.map((item) => item.date)).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
    ]);

    const daily = repeatRule(
      { ...blankRepeat('2026-11-01'), frequency: 'daily', everyDays: 3, count: 3 },
      '2026-11-01',
      '23:30',
      1,
    );
    const dailyPreview = previewRepeat(daily!, 'Asia/Jayapura');
    expect(
      dailyPreview.ok && dailyPreview.occurrences.map((item) => `${item.date} ${item.time}`),
    ).toEqual(['2026-11-01 23:30', '2026-11-04 23:30', '2026-11-07 23:30']);
  });

  it('explain an unfinished rule instead of throwing', () => {
    const noDays = repeatRule(
      { ...blankRepeat('2026-11-02'), frequency: 'weekly', weekdays: [] },
      '2026-11-02',
      '09:00',
      1,
    );
    const preview = previewRepeat(noDays!, 'Asia/Jakarta');
    expect(preview).toMatchObject({ ok: false, message: 'Pilih paling sedikit satu hari' });

    const noEnd = repeatRule(
      { ...blankRepeat('2026-11-02'), frequency: 'daily', endKind: 'until', until: '' },
      '2026-11-02',
      '09:00',
      1,
    );
    expect(previewRepeat(noEnd!, 'Asia/Jakarta').ok).toBe(false);

    const emptyCount = repeatRule(
      { ...blankRepeat('2026-11-02'), frequency: 'daily', count: Number.NaN },
      '2026-11-02',
      '09:00',
      1,
    );
    expect(previewRepeat(emptyCount!, 'Asia/Jakarta').ok).toBe(false);
  });
});
