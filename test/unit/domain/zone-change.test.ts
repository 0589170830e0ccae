import { describe, expect, it } from 'vitest';
import { reanchorerBetween, reanchorInstant } from '../../../src/shared/domain/zone-change';
import { localParts } from '../../../src/shared/time';

describe('reanchorInstant: same wall-clock time in the new zone', () => {
  it('08.00 WIB becomes 08.00 WITA, an hour earlier as an instant', () => {
    // 08:00 WIB = 01:00Z; 08:00 WITA = 00:00Z.
    expect(reanchorInstant('2026-12-19T01:00:00.000Z', 'Asia/Jakarta', 'Asia/Makassar')).toBe(
      '2026-12-19T00:00:00.000Z',
    );
  });

  it('WIB → WIT moves two hours, and across midnight the local date stays', () => {
    // 00:30 WIB on 1 January = 17:30Z on 31 December; 00:30 WIT on 1 January = 15:30Z.
    const wib = '2026-12-31T17:30:00.000Z';
    const wit = reanchorInstant(wib, 'Asia/Jakarta', 'Asia/Jayapura');
    expect(wit).toBe('2026-12-31T15:30:00.000Z');
    expect(localParts(wit, 'Asia/Jayapura')).toEqual(localParts(wib, 'Asia/Jakarta'));
  });

  it('WITA → WIB moves an hour later; WIB → Pontianak (also WIB) moves nothing', () => {
    expect(reanchorInstant('2026-12-19T00:00:00.000Z', 'Asia/Makassar', 'Asia/Jakarta')).toBe(
      '2026-12-19T01:00:00.000Z',
    );
    expect(reanchorInstant('2026-12-19T01:00:00.000Z', 'Asia/Jakarta', 'Asia/Pontianak')).toBe(
      '2026-12-19T01:00:00.000Z',
    );
  });

  it('follows daylight saving in the new zone: 09.00 stays 09.00 in Berlin winter and summer', () => {
    // 09:00 WIB = 02:00Z. Berlin is UTC+1 in January (08:00Z) and UTC+2 in July (07:00Z).
    expect(reanchorInstant('2026-01-15T02:00:00.000Z', 'Asia/Jakarta', 'Europe/Berlin')).toBe(
      '2026-01-15T08:00:00.000Z',
    );
    expect(reanchorInstant('2026-07-15T02:00:00.000Z', 'Asia/Jakarta', 'Europe/Berlin')).toBe(
      '2026-07-15T07:00:00.000Z',
    );
    // And back: from Berlin summer time to WITA.
    expect(reanchorInstant('2026-07-15T07:00:00.000Z', 'Europe/Berlin', 'Asia/Makassar')).toBe(
      '2026-07-15T01:00:00.000Z',
    );
  });

  it('a wall time that does not exist in the new zone moves forward by the gap; a repeated one takes its first', () => {
    // Berlin skips 02:00–03:00 on 29 March 2026: 02:30 WIB's wall time becomes 03:30 CEST (01:30Z).
    const gap = reanchorInstant('2026-03-28T19:30:00.000Z', 'Asia/Jakarta', 'Europe/Berlin');
    expect(gap).toBe('2026-03-29T01:30:00.000Z');
    expect(localParts(gap, 'Europe/Berlin')).toEqual({ date: '2026-03-29', time: '03:30' });
    // 02:30 on 25 October 2026 happens twice in Berlin: the first (CEST, 00:30Z) is taken.
    expect(reanchorInstant('2026-10-24T19:30:00.000Z', 'Asia/Jakarta', 'Europe/Berlin')).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('keeps seconds and milliseconds as they were', () => {
    expect(reanchorInstant('2026-12-19T01:00:42.500Z', 'Asia/Jakarta', 'Asia/Makassar')).toBe(
      '2026-12-19T00:00:42.500Z',
    );
  });
});

describe('reanchorerBetween: the same answers, fast', () => {
  it('agrees with reanchorInstant through a year and minute by quarter hour around DST changes', () => {
    const pairs: [string, string][] = [
      ['Asia/Jakarta', 'Asia/Makassar'],
      ['Asia/Jayapura', 'Asia/Jakarta'],
      ['Asia/Jakarta', 'Europe/Berlin'],
      ['Europe/Berlin', 'Asia/Makassar'],
      ['America/New_York', 'Europe/Berlin'],
    ];
    const instants: number[] = [];
    for (let epoch = Date.UTC(2026, 0, 1); epoch < Date.UTC(2027, 0, 1); epoch += 317 * 60_000) {
      instants.push(epoch);
    }
    // Berlin's changes (29 March, 25 October 2026) and New York's (8 March, 1 November).
    for (const day of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
      const midnight = Date.parse(`${day}T00:00:00Z`);
      for (let m = -24 * 60; m < 24 * 60; m += 15) instants.push(midnight + m * 60_000);
    }
    for (const [from, to] of pairs) {
      const fast = reanchorerBetween(from, to);
      for (const epoch of instants) {
        const instant = new Date(epoch + 1234).toISOString();
        expect(fast(instant), `${from} → ${to} at ${instant}`).toBe(
          reanchorInstant(instant, from, to),
        );
      }
    }
  });
});
