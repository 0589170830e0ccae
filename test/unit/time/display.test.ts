import { describe, expect, it } from 'vitest';
import {
  displayTime,
  longDate,
  parseDayMonthYear,
  toDayMonthYear,
} from '../../../src/shared/time/display';
import { formatBytes } from '../../../src/renderer/features/assets/format';

describe('times', () => {
  it('writes 08.00 in Indonesian and 08:00 in English, whatever was stored', () => {
    expect(displayTime('08:00', 'id')).toBe('08.00');
    expect(displayTime('8:05', 'id')).toBe('08.05');
    expect(displayTime('19.30', 'id')).toBe('19.30');
    expect(displayTime('08:00', 'en')).toBe('08:00');
    expect(displayTime('', 'id')).toBe('');
  });
});

describe('long dates', () => {
  it('names the weekday and the month in full: "Selasa, 1 Desember 2026"', () => {
    expect(longDate('2026-12-01', 'id')).toBe('Selasa, 1 Desember 2026');
    expect(longDate('2026-12-01', 'en')).toBe('Tuesday, 1 December 2026');
    expect(longDate('2027-01-31', 'id')).toBe('Minggu, 31 Januari 2027');
    expect(longDate('2026-02-31', 'id')).toBe('2026-02-31');
  });
});

describe('date fields: dd/mm/yyyy', () => {
  it('reads the day first, with slashes, dots or dashes, and two-digit years', () => {
    expect(parseDayMonthYear('01/12/2026')).toEqual({ ok: true, date: '2026-12-01' });
    expect(parseDayMonthYear('1/12/2026')).toEqual({ ok: true, date: '2026-12-01' });
    expect(parseDayMonthYear(' 12-01-2026 ')).toEqual({ ok: true, date: '2026-01-12' });
    expect(parseDayMonthYear('31.12.26')).toEqual({ ok: true, date: '2026-12-31' });
    expect(parseDayMonthYear('29/02/2028')).toEqual({ ok: true, date: '2028-02-29' });
  });

  it('refuses days that do not exist and text that is no date, saying which', () => {
    expect(parseDayMonthYear('31/02/2026')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDayMonthYear('29/02/2026')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDayMonthYear('12/31/2026')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDayMonthYear('00/01/2026')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseDayMonthYear('2026-12-01')).toEqual({ ok: false, reason: 'format' });
    expect(parseDayMonthYear('besok')).toEqual({ ok: false, reason: 'format' });
    expect(parseDayMonthYear('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('shows a stored day as dd/mm/yyyy', () => {
    expect(toDayMonthYear('2026-12-01')).toBe('01/12/2026');
    expect(toDayMonthYear('')).toBe('');
  });
});

describe('sizes: one format for library, picker and warnings', () => {
  it('writes "3,2 MB" in Indonesian, with the megabyte the platforms use', () => {
    expect(formatBytes(3_200_000, 'id')).toBe('3,2 MB');
    expect(formatBytes(3_200_000, 'en')).toBe('3.2 MB');
    expect(formatBytes(176_000, 'id')).toBe('176 kB');
    expect(formatBytes(8_000_000, 'id')).toBe('8 MB');
    expect(formatBytes(1_250_000_000, 'id')).toBe('1,3 GB');
    expect(formatBytes(512, 'id')).toBe('512 byte');
  });
});
