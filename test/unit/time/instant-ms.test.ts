import { describe, expect, it } from 'vitest';
import { instantMs } from '../../../src/shared/time';

/** instantMs must give exactly what Date.parse gives, NaN included, for any string. */
const same = (text: string) => expect([text, instantMs(text)]).toEqual([text, Date.parse(text)]);

describe('instantMs', () => {
  it('equals Date.parse on every day of leap and common years and centuries', () => {
    for (const year of [1900, 1969, 1970, 1999, 2000, 2024, 2026, 2100, 2400]) {
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
        same(new Date(day).toISOString());
        same(new Date(day + 86_399_999).toISOString());
      }
    }
  });

  it('equals Date.parse on instants spread over four centuries', () => {
    let state = 11;
    const from = Date.UTC(1800, 0, 1);
    const span = Date.UTC(2200, 0, 1) - from;
    for (let i = 0; i < 20_000; i++) {
      state = (state * 1664525 + 1013904223) >>> 0;
      same(new Date(from + Math.floor((state / 2 ** 32) * span)).toISOString());
    }
  });

  it('leaves every other shape, and impossible dates and times, to Date.parse', () => {
    for (const text of [
      '2026-12-01T01:00:00Z',
      '2026-12-01T01:00Z',
      '2026-12-01T08:00:00.000+07:00',
      '2026-12-01',
      '2026-02-29T00:00:00.000Z',
      '2024-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-12-31T23:59:59.999Z',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-12-00T00:00:00.000Z',
      '2026-12-01T24:00:00.000Z',
      '2026-12-01T23:60:00.000Z',
      '2026-12-01T23:59:60.000Z',
      '2026-12-01T01:00:00.000z',
      '2026-12-01 01:00:00.000Z',
      '2026-1a-01T01:00:00.000Z',
      '2026-12-01T01:00:00.0a0Z',
      ' 026-12-01T01:00:00.000Z',
      '+02026-12-01T01:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '',
      'bukan waktu',
    ]) {
      same(text);
    }
  });
});
