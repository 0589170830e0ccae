import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WeekStart } from '../../../src/shared/domain/settings';
import {
  addDaysLocal,
  dayOfWeek,
  daysInMonth,
  formatLocalDate,
  localParts,
  monthGrid,
  monthRange,
  startOfLocalDay,
  toInstant,
  visibleRange,
  weekDays,
} from '../../../src/shared/time';

const inRange = (instant: string, range: { from: string; to: string }) =>
  Date.parse(range.from) <= Date.parse(instant) && Date.parse(instant) < Date.parse(range.to);

const shift = (year: number, month: number, delta: number) => {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

describe('month edges: no post lands on the wrong day or in two months', () => {
  // Months where Berlin and New York change their clocks are included on purpose: March and
  // October 2026 in Berlin (the last Sunday, near the month's end), March and November 2026
  // in New York (November's change falls on the 1st itself).
  const cases: Array<{ zone: string; months: Array<[number, number]> }> = [
    {
      zone: 'Asia/Jakarta',
      months: [
        [2026, 1],
        [2026, 2],
        [2026, 12],
        [2028, 2],
      ],
    },
    {
      zone: 'Asia/Makassar',
      months: [
        [2026, 1],
        [2026, 3],
        [2026, 12],
        [2028, 2],
      ],
    },
    {
      zone: 'Asia/Jayapura',
      months: [
        [2026, 1],
        [2026, 4],
        [2026, 12],
        [2028, 2],
      ],
    },
    {
      zone: 'Europe/Berlin',
      months: [
        [2026, 3],
        [2026, 10],
        [2026, 12],
        [2027, 1],
      ],
    },
    {
      zone: 'America/New_York',
      months: [
        [2026, 3],
        [2026, 11],
        [2026, 12],
      ],
    },
  ];

  for (const { zone, months } of cases) {
    for (const [year, month] of months) {
      const days = [
        formatLocalDate(year, month, 1),
        formatLocalDate(year, month, daysInMonth(year, month)),
      ];
      it(`${zone} ${year}-${month}: 00:30 and 23:30 on the first and last day`, () => {
        const neighbours = [-1, 0, 1].map((delta) => shift(year, month, delta));
        for (const date of days) {
          for (const time of ['00:30', '23:30']) {
            const instant = toInstant(date, time, zone);
            expect(localParts(instant, zone)).toEqual({ date, time });
            const holding = neighbours.filter((m) =>
              inRange(instant, monthRange(m.year, m.month, zone)),
            );
            expect(holding).toEqual([{ year, month }]);
            const grid = visibleRange(year, month, zone, 1);
            expect(inRange(instant, grid)).toBe(true);
          }
        }
      });
    }
  }

  it('gives exact UTC bounds for Indonesian months', () => {
    expect(monthRange(2026, 1, 'Asia/Jakarta')).toEqual({
      from: '2025-12-31T17:00:00.000Z',
      to: '2026-01-31T17:00:00.000Z',
    });
    expect(monthRange(2026, 12, 'Asia/Makassar')).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-31T16:00:00.000Z',
    });
    expect(monthRange(2028, 2, 'Asia/Jayapura')).toEqual({
      from: '2028-01-31T15:00:00.000Z',
      to: '2028-02-29T15:00:00.000Z',
    });
  });

  it('is an hour short in the month clocks go forward and an hour long when they go back', () => {
    const hours = (range: { from: string; to: string }) =>
      (Date.parse(range.to) - Date.parse(range.from)) / 3_600_000;
    expect(monthRange(2026, 3, 'Europe/Berlin')).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
    });
    expect(hours(monthRange(2026, 3, 'Europe/Berlin'))).toBe(31 * 24 - 1);
    expect(hours(monthRange(2026, 10, 'Europe/Berlin'))).toBe(31 * 24 + 1);
    expect(monthRange(2026, 11, 'America/New_York')).toEqual({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-12-01T05:00:00.000Z',
    });
  });

  it('starts a day at the first minute that exists when midnight is skipped (Santiago)', () => {
    // Chile moves 00:00 → 01:00 on 6 September 2026.
    const start = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(localParts(start, 'America/Santiago')).toEqual({ date: '2026-09-06', time: '01:00' });
    const before = new Date(Date.parse(start) - 60_000).toISOString();
    expect(localParts(before, 'America/Santiago').date).toBe('2026-09-05');
  });

  it('tiles time: consecutive months share their boundary and every instant has one month', () => {
    const zones = [
      'Asia/Jakarta',
      'Asia/Makassar',
      'Asia/Jayapura',
      'Europe/Berlin',
      'America/New_York',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2080, 0, 1) }),
        (zone, epoch) => {
          const instant = new Date(epoch).toISOString();
          const { date } = localParts(instant, zone);
          const [year, month] = date.split('-').map(Number) as [number, number];
          const range = monthRange(year, month, zone);
          expect(inRange(instant, range)).toBe(true);
          const next = shift(year, month, 1);
          expect(monthRange(next.year, next.month, zone).from).toBe(range.to);
          expect(inRange(instant, monthRange(next.year, next.month, zone))).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('monthGrid', () => {
  it('lays out February 2026 (starting on a Sunday) for a Monday week', () => {
    const grid = monthGrid(2026, 2, 1);
    expect(grid).toHaveLength(5);
    expect(grid[0]).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
    ]);
    expect(grid[4]![6]).toBe('2026-03-01');
  });

  it('needs only four rows when a 28-day February starts on the week start', () => {
    expect(monthGrid(2026, 2, 0)).toHaveLength(4);
    expect(monthGrid(2026, 2, 0)[0]![0]).toBe('2026-02-01');
    expect(monthGrid(2026, 8, 1)).toHaveLength(6); // 1 August 2026 is a Saturday.
  });

  it('holds every day of the month once, in order, in whole weeks starting on weekStart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom<WeekStart>(0, 1, 6),
        (year, month, weekStart) => {
          const grid = monthGrid(year, month, weekStart);
          expect(grid.length).toBeGreaterThanOrEqual(4);
          expect(grid.length).toBeLessThanOrEqual(6);
          const cells = grid.flat();
          expect(grid.every((week) => week.length === 7)).toBe(true);
          expect(dayOfWeek(cells[0]!)).toBe(weekStart);
          cells
            .slice(1)
            .forEach((date, index) => expect(date).toBe(addDaysLocal(cells[index]!, 1)));
          const prefix = `${String(year)}-${String(month).padStart(2, '0')}-`;
          expect(cells.filter((date) => date.startsWith(prefix))).toHaveLength(
            daysInMonth(year, month),
          );
          // No row made only of another month's days.
          expect(grid.every((week) => week.some((date) => date.startsWith(prefix)))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses nonsense', () => {
    expect(() => monthGrid(2026, 13, 1)).toThrow(RangeError);
    expect(() => monthGrid(2026, 0, 1)).toThrow(RangeError);
    expect(() => monthGrid(2026, 1, 3 as WeekStart)).toThrow(RangeError);
  });
});

describe('visibleRange', () => {
  it('covers the grid’s leading and trailing days in the office zone', () => {
    expect(visibleRange(2026, 2, 'Asia/Jakarta', 1)).toEqual({
      firstDate: '2026-01-26',
      lastDate: '2026-03-01',
      from: '2026-01-25T17:00:00.000Z',
      to: '2026-03-01T17:00:00.000Z',
    });
    const saturday = visibleRange(2026, 3, 'Europe/Berlin', 6);
    expect(saturday.firstDate).toBe('2026-02-28');
    expect(saturday.lastDate).toBe('2026-04-03');
    expect(saturday.to).toBe('2026-04-03T22:00:00.000Z');
  });
});

describe('weekDays', () => {
  it('returns the seven days of the week holding a date', () => {
    expect(weekDays('2026-03-01', 1)).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(weekDays('2026-03-01', 0)[0]).toBe('2026-03-01');
    expect(weekDays('2026-12-31', 6)).toEqual([
      '2026-12-26',
      '2026-12-27',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
  });
});
