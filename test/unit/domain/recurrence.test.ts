import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandRecurrence,
  maxOccurrences,
  type RecurrenceRuleInput,
  recurrenceRuleSchema,
} from '../../../src/shared/domain/recurrence';
import { addDaysLocal, dayOfWeek, localParts } from '../../../src/shared/time';

const dates = (rule: RecurrenceRuleInput, zone = 'Asia/Jakarta') =>
  expandRecurrence(rule, zone).map((occurrence) => occurrence.date);

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe('expandRecurrence', () => {
  it('repeats weekly on Monday, Wednesday and Friday', () => {
    const occurrences = expandRecurrence(
      {
        frequency: 'weekly',
        interval: 1,
        weekdays: [5, 1, 3],
        startDate: '2026-04-01', // a Wednesday
        time: '09:00',
        end: { kind: 'count', count: 7 },
      },
      'Asia/Jakarta',
    );
    expect(occurrences.map((o) => o.date)).toEqual([
      '2026-04-01',
      '2026-04-03',
      '2026-04-06',
      '2026-04-08',
      '2026-04-10',
      '2026-04-13',
      '2026-04-15',
    ]);
    expect(occurrences[0]).toEqual({
      date: '2026-04-01',
      time: '09:00',
      instant: '2026-04-01T02:00:00.000Z',
    });
  });

  it('counts every other week from the week of the start date', () => {
    expect(
      dates({
        frequency: 'weekly',
        interval: 2,
        weekdays: [0, 1],
        weekStart: 0,
        startDate: '2026-03-01', // a Sunday
        time: '08:00',
        end: { kind: 'until', date: '2026-03-31' },
      }),
    ).toEqual(['2026-03-01', '2026-03-02', '2026-03-15', '2026-03-16', '2026-03-29', '2026-03-30']);
    // The same rule in a Monday week pairs a Sunday with the following Monday's fortnight.
    expect(
      dates({
        frequency: 'weekly',
        interval: 2,
        weekdays: [0, 1],
        startDate: '2026-03-01',
        time: '08:00',
        end: { kind: 'until', date: '2026-03-31' },
      }),
    ).toEqual(['2026-03-01', '2026-03-09', '2026-03-15', '2026-03-23', '2026-03-29']);
  });

  it('skips months without the 31st instead of moving to their last day', () => {
    expect(
      dates({
        frequency: 'monthly',
        interval: 1,
        dayOfMonth: 31,
        startDate: '2026-01-10',
        time: '10:00',
        end: { kind: 'until', date: '2026-12-31' },
      }),
    ).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
    // A count counts occurrences, not months scanned.
    expect(
      dates({
        frequency: 'monthly',
        interval: 1,
        dayOfMonth: 30,
        startDate: '2027-01-30',
        time: '10:00',
        end: { kind: 'count', count: 3 },
      }),
    ).toEqual(['2027-01-30', '2027-03-30', '2027-04-30']);
  });

  it('finds 29 February only in leap years', () => {
    expect(
      dates({
        frequency: 'monthly',
        interval: 12,
        dayOfMonth: 29,
        startDate: '2026-02-01',
        time: '07:00',
        end: { kind: 'count', count: 2 },
      }),
    ).toEqual(['2028-02-29', '2032-02-29']);
  });

  it('repeats every 3 days, and the start date counts', () => {
    expect(
      dates({
        frequency: 'daily',
        interval: 3,
        startDate: '2026-01-30',
        time: '16:00',
        end: { kind: 'count', count: 5 },
      }),
    ).toEqual(['2026-01-30', '2026-02-02', '2026-02-05', '2026-02-08', '2026-02-11']);
  });

  it('ends on the until date inclusive, or after the count, whichever the rule says', () => {
    const base = {
      frequency: 'daily',
      interval: 1,
      startDate: '2026-06-01',
      time: '09:00',
    } as const;
    expect(dates({ ...base, end: { kind: 'until', date: '2026-06-05' } })).toHaveLength(5);
    expect(dates({ ...base, end: { kind: 'until', date: '2026-06-01' } })).toEqual(['2026-06-01']);
    expect(dates({ ...base, end: { kind: 'count', count: 5 } })).toEqual(
      dates({ ...base, end: { kind: 'until', date: '2026-06-05' } }),
    );
  });

  it('keeps 09:00 local across the daylight-saving changes in Berlin', () => {
    const occurrences = expandRecurrence(
      {
        frequency: 'weekly',
        interval: 1,
        weekdays: [3],
        startDate: '2026-03-18',
        time: '09:00',
        end: { kind: 'until', date: '2026-11-04' },
      },
      'Europe/Berlin',
    );
    expect(occurrences.every((o) => o.time === '09:00')).toBe(true);
    const byDate = Object.fromEntries(occurrences.map((o) => [o.date, o.instant]));
    expect(byDate['2026-03-25']).toBe('2026-03-25T08:00:00.000Z'); // CET, before the change
    expect(byDate['2026-04-01']).toBe('2026-04-01T07:00:00.000Z'); // CEST, after it
    expect(byDate['2026-10-21']).toBe('2026-10-21T07:00:00.000Z');
    expect(byDate['2026-10-28']).toBe('2026-10-28T08:00:00.000Z');
    for (const o of occurrences)
      expect(localParts(o.instant, 'Europe/Berlin')).toEqual({ date: o.date, time: '09:00' });
  });

  it('reports the real local time when a series hits the spring-forward gap', () => {
    const [first, second] = expandRecurrence(
      {
        frequency: 'daily',
        interval: 1,
        startDate: '2026-03-28',
        time: '02:30',
        end: { kind: 'count', count: 3 },
      },
      'Europe/Berlin',
    );
    expect(first).toMatchObject({ date: '2026-03-28', time: '02:30' });
    expect(second).toEqual({
      date: '2026-03-29',
      time: '03:30',
      instant: '2026-03-29T01:30:00.000Z',
    });
  });

  it('throws on a rule the schema refuses', () => {
    expect(() =>
      expandRecurrence(
        {
          frequency: 'daily',
          interval: 0,
          startDate: '2026-01-01',
          time: '09:00',
          end: { kind: 'count', count: 1 },
        },
        'Asia/Jakarta',
      ),
    ).toThrow();
  });
});

describe('recurrenceRuleSchema', () => {
  const valid: RecurrenceRuleInput = {
    frequency: 'weekly',
    interval: 1,
    weekdays: [1],
    startDate: '2026-01-05',
    time: '09:00',
    end: { kind: 'count', count: 4 },
  };
  const issues = (rule: unknown) =>
    recurrenceRuleSchema.safeParse(rule).error?.issues.map((issue) => issue.message) ?? [];

  it('refuses a rule without an end', () => {
    const { end: _end, ...endless } = valid;
    expect(recurrenceRuleSchema.safeParse(endless).success).toBe(false);
    expect(recurrenceRuleSchema.safeParse({ ...valid, end: {} }).success).toBe(false);
  });

  it('refuses malformed parts with Indonesian messages', () => {
    expect(issues({ ...valid, weekdays: [] })).toContain('Pilih paling sedikit satu hari');
    expect(recurrenceRuleSchema.safeParse({ ...valid, weekdays: [7] }).success).toBe(false);
    expect(issues({ ...valid, interval: 0 })).toContain('Selang paling sedikit 1');
    expect(issues({ ...valid, end: { kind: 'count', count: 0 } })).toContain(
      'Paling sedikit 1 kali',
    );
    expect(issues({ ...valid, end: { kind: 'count', count: 367 } })).toContain(
      'Paling banyak 366 kali',
    );
    expect(recurrenceRuleSchema.safeParse({ ...valid, time: '9:00' }).success).toBe(false);
    expect(recurrenceRuleSchema.safeParse({ ...valid, startDate: '2026-02-30' }).success).toBe(
      false,
    );
    expect(
      recurrenceRuleSchema.safeParse({
        frequency: 'monthly',
        interval: 1,
        dayOfMonth: 32,
        startDate: '2026-01-01',
        time: '09:00',
        end: { kind: 'count', count: 1 },
      }).success,
    ).toBe(false);
    expect(recurrenceRuleSchema.safeParse({ ...valid, frequency: 'yearly' }).success).toBe(false);
    expect(recurrenceRuleSchema.safeParse({ ...valid, extra: true }).success).toBe(false);
  });

  it('refuses an end before the start', () => {
    expect(issues({ ...valid, end: { kind: 'until', date: '2026-01-04' } })).toContain(
      'Tanggal akhir tidak boleh sebelum tanggal mulai',
    );
  });

  it(`refuses more than ${maxOccurrences} occurrences rather than cutting the series short`, () => {
    const daily = {
      frequency: 'daily',
      interval: 1,
      startDate: '2026-01-01',
      time: '09:00',
    } as const;
    // 2026-01-01 + 499 days is the 500th occurrence.
    expect(
      recurrenceRuleSchema.safeParse({
        ...daily,
        end: { kind: 'until', date: addDaysLocal('2026-01-01', 499) },
      }).success,
    ).toBe(true);
    expect(
      issues({ ...daily, end: { kind: 'until', date: addDaysLocal('2026-01-01', 500) } })[0],
    ).toMatch(/lebih dari 500/);
  });

  it('refuses rules that produce nothing, or run past ten years', () => {
    expect(
      issues({
        frequency: 'monthly',
        interval: 12,
        dayOfMonth: 30,
        startDate: '2026-02-01',
        time: '09:00',
        end: { kind: 'count', count: 1 },
      }),
    ).toContain('Aturan ini tidak menghasilkan satu jadwal pun');
    expect(
      issues({
        frequency: 'weekly',
        interval: 1,
        weekdays: [1],
        startDate: '2026-01-06',
        time: '09:00',
        end: { kind: 'until', date: '2026-01-11' },
      }),
    ).toContain('Aturan ini tidak menghasilkan satu jadwal pun');
    expect(
      issues({
        frequency: 'daily',
        interval: 30,
        startDate: '2026-01-01',
        time: '09:00',
        end: { kind: 'count', count: 366 },
      }),
    ).toContain('Seri berulang paling lama 10 tahun');
    expect(
      issues({
        frequency: 'monthly',
        interval: 1,
        dayOfMonth: 1,
        startDate: '2026-01-01',
        time: '09:00',
        end: { kind: 'until', date: '2040-01-01' },
      }),
    ).toContain('Seri berulang paling lama 10 tahun');
  });

  it('sorts and deduplicates weekdays and fills the week start', () => {
    const parsed = recurrenceRuleSchema.parse({ ...valid, weekdays: [5, 1, 5, 3] });
    expect(parsed).toMatchObject({ weekdays: [1, 3, 5], weekStart: 1 });
  });
});

describe('every accepted rule', () => {
  const startArb = fc.integer({ min: 0, max: 3000 }).map((n) => addDaysLocal('2024-01-01', n));
  const timeArb = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const endArb = fc.oneof(
    fc.record({ kind: fc.constant('count' as const), count: fc.integer({ min: 1, max: 366 }) }),
    fc.record({ kind: fc.constant('until' as const), days: fc.integer({ min: 0, max: 800 }) }),
  );
  const ruleArb = fc
    .tuple(
      fc.oneof(
        fc.record({
          frequency: fc.constant('weekly' as const),
          interval: fc.integer({ min: 1, max: 52 }),
          weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
          weekStart: fc.constantFrom(0 as const, 1 as const, 6 as const),
        }),
        fc.record({
          frequency: fc.constant('monthly' as const),
          interval: fc.integer({ min: 1, max: 12 }),
          dayOfMonth: fc.integer({ min: 1, max: 31 }),
        }),
        fc.record({
          frequency: fc.constant('daily' as const),
          interval: fc.integer({ min: 1, max: 365 }),
        }),
      ),
      startArb,
      timeArb,
      endArb,
    )
    .map(([pattern, startDate, time, end]) => ({
      ...pattern,
      startDate,
      time,
      end:
        end.kind === 'count'
          ? end
          : { kind: 'until' as const, date: addDaysLocal(startDate, end.days) },
    }));

  it('yields matching dates in strictly increasing order, within its bounds, at its time', () => {
    fc.assert(
      fc.property(
        ruleArb,
        fc.constantFrom('Asia/Jakarta', 'Asia/Jayapura', 'Europe/Berlin', 'America/New_York'),
        (rule, zone) => {
          const parsed = recurrenceRuleSchema.safeParse(rule);
          if (!parsed.success) return; // refused rules are covered above
          const occurrences = expandRecurrence(rule, zone);
          expect(occurrences.length).toBeGreaterThan(0);
          expect(occurrences.length).toBeLessThanOrEqual(maxOccurrences);
          if (rule.end.kind === 'count') expect(occurrences).toHaveLength(rule.end.count);
          occurrences.forEach((o, index) => {
            expect(o.date >= rule.startDate).toBe(true);
            if (rule.end.kind === 'until') expect(o.date <= rule.end.date).toBe(true);
            if (index > 0) {
              expect(o.date > occurrences[index - 1]!.date).toBe(true);
              expect(o.instant > occurrences[index - 1]!.instant).toBe(true);
            }
            expect(localParts(o.instant, zone)).toEqual({ date: o.date, time: o.time });
            // Only a spring-forward gap may move the time, and never off its day.
            if (zone.startsWith('Asia/')) expect(o.time).toBe(rule.time);
            if (rule.frequency === 'weekly') expect(rule.weekdays).toContain(dayOfWeek(o.date));
            if (rule.frequency === 'monthly') expect(Number(o.date.slice(8))).toBe(rule.dayOfMonth);
            if (rule.frequency === 'daily')
              expect(daysBetween(rule.startDate, o.date) % rule.interval).toBe(0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
