import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/shared/domain/report';
import { changeText } from '../../../src/shared/report/figures';
import {
  formatCount,
  formatRate,
  periodHolding,
  periodName,
  shiftPeriod,
} from '../../../src/shared/report/format';
import { reportWords } from '../../../src/shared/report/words';

const word = reportWords('id');
const periodWords = {
  quarter: (numeral: string, year: number) => word('quarter', { numeral, year }),
  year: (year: number) => word('year', { year }),
};

describe('report numbers and periods', () => {
  it('writes counts with a thousands point and rates with a decimal comma', () => {
    expect(formatCount(1234, 'id')).toBe('1.234');
    expect(formatCount(1234567, 'id')).toBe('1.234.567');
    expect(formatRate(0.125, 'id')).toBe('12,5%');
    expect(formatRate(null, 'id')).toBe('–');
    expect(formatRate(0.125, 'en')).toBe('12.5%');
  });

  it('names and steps months, quarters and years', () => {
    expect(periodName(parsePeriod('2026-12')!, 'id', periodWords)).toBe('Desember 2026');
    expect(periodName(parsePeriod('2026-Q4')!, 'id', periodWords)).toBe('Triwulan IV 2026');
    expect(periodName(parsePeriod('2026')!, 'id', periodWords)).toBe('Tahun 2026');
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026', -1)).toBe('2025');
    expect(periodHolding('quarter', '2026-11-30')).toBe('2026-Q4');
    expect(periodHolding('month', '2026-12-03')).toBe('2026-12');
  });

  it('says the change in words with an arrow, rates in points, as printed', () => {
    expect(changeText(3, 1, 'count', 'id', word)).toBe('▲ naik 200%');
    expect(changeText(80, 100, 'count', 'id', word)).toBe('▼ turun 20%');
    expect(changeText(5, 0, 'count', 'id', word)).toBe('▲ naik 5');
    expect(changeText(0.8, 1, 'rate', 'id', word)).toBe('▼ turun 20 poin');
    expect(changeText(0.125, 0.1, 'rate', 'id', word)).toBe('▲ naik 2,5 poin');
    expect(changeText(4, 4, 'count', 'id', word)).toBe('= sama');
    // Two turnarounds that print the same (0,0 jam) are the same.
    expect(changeText(0.001, 0.006, 'hours', 'id', word)).toBe('= sama');
    expect(changeText(null, 3, 'count', 'id', word)).toBe('belum ada pembanding');
  });
});
