import { afterAll, describe, expect, it } from 'vitest';
import {
  formatLongDate,
  formatMonthYear,
  formatWeekRange,
  formatWeekdayShort,
} from '../../../../src/renderer/features/calendar/format';

const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

describe('calendar date labels', () => {
  it('name the month and day in Indonesian and English', () => {
    expect(formatMonthYear('2026-11-01', 'id')).toBe('November 2026');
    expect(formatMonthYear('2027-08-01', 'id')).toBe('Agustus 2027');
    expect(formatMonthYear('2027-08-01', 'en')).toBe('August 2027');
    expect(formatLongDate('2026-11-12', 'id')).toBe('Kamis, 12 November 2026');
    expect(formatLongDate('2026-11-12', 'en')).toBe('Thursday, 12 November 2026');
    expect(formatWeekdayShort('2026-11-16', 'id')).toBe('Sen');
  });

  it('write week ranges within a month, across months and across years', () => {
    expect(formatWeekRange('2026-11-16', '2026-11-22', 'id')).toBe('16 – 22 November 2026');
    expect(formatWeekRange('2026-11-30', '2026-12-06', 'id')).toBe('30 Nov – 6 Des 2026');
    expect(formatWeekRange('2026-12-28', '2027-01-03', 'id')).toBe('28 Des 2026 – 3 Jan 2027');
  });

  // Each zone gets its own dates: labels are cached, and a cached label proves nothing.
  for (const [zone, date, label] of [
    ['Pacific/Kiritimati', '2026-03-01', 'Minggu, 1 Maret 2026'],
    ['Pacific/Pago_Pago', '2026-03-31', 'Selasa, 31 Maret 2026'],
    ['America/Santiago', '2026-09-06', 'Minggu, 6 September 2026'],
    ['Asia/Jayapura', '2026-12-31', 'Kamis, 31 Desember 2026'],
  ] as const) {
    it(`name the same day whatever the machine's zone (${zone})`, () => {
      process.env.TZ = zone;
      expect(formatLongDate(date, 'id')).toBe(label);
    });
  }
});
