import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDaysLocal,
  dayOfWeek,
  daysInMonth,
  isLocalDate,
  isLocalTime,
  localDateSchema,
  localParts,
  localTimeSchema,
  todayIn,
  toInstant,
  wallClockIn,
  zoneLabel,
} from '../../../src/shared/time';

describe('local dates and times', () => {
  it('accepts only real calendar days and 24-hour times', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '26-01-05', '']) {
      expect(isLocalDate(bad)).toBe(false);
    }
    expect(isLocalTime('00:00')).toBe(true);
    expect(isLocalTime('23:59')).toBe(true);
    for (const bad of ['24:00', '9:00', '09:60', '09:00:00', ''])
      expect(isLocalTime(bad)).toBe(false);
    expect(localDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toMatch(/Tanggal/);
    expect(localTimeSchema.safeParse('25:00').error?.issues[0]?.message).toMatch(/Jam/);
  });

  it('does calendar arithmetic across month, leap-day and year ends', () => {
    expect(addDaysLocal('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysLocal('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDaysLocal('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysLocal('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDaysLocal('2026-03-29', 0)).toBe('2026-03-29');
    expect(addDaysLocal('2026-01-31', 365)).toBe('2027-01-31');
    expect(dayOfWeek('2026-08-17')).toBe(1); // HUT RI 2026 is a Monday.
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(() => addDaysLocal('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDaysLocal('2026-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('localParts and toInstant', () => {
  it('converts between instants and wall-clock times in the three Indonesian zones', () => {
    const cases: Array<[string, string, string, string]> = [
      ['Asia/Jakarta', '2026-01-01', '00:30', '2025-12-31T17:30:00.000Z'],
      ['Asia/Jakarta', '2026-01-31', '23:30', '2026-01-31T16:30:00.000Z'],
      ['Asia/Makassar', '2026-01-01', '00:30', '2025-12-31T16:30:00.000Z'],
      ['Asia/Makassar', '2026-01-31', '23:30', '2026-01-31T15:30:00.000Z'],
      ['Asia/Jayapura', '2026-01-01', '00:30', '2025-12-31T15:30:00.000Z'],
      ['Asia/Jayapura', '2026-01-31', '23:30', '2026-01-31T14:30:00.000Z'],
    ];
    for (const [zone, date, time, instant] of cases) {
      expect(toInstant(date, time, zone)).toBe(instant);
      expect(localParts(instant, zone)).toEqual({ date, time });
    }
  });

  it('reads instants written with an offset', () => {
    expect(localParts('2026-08-17T10:00:00+07:00', 'Asia/Jayapura')).toEqual({
      date: '2026-08-17',
      time: '12:00',
    });
  });

  it('moves a time in the spring-forward gap forward by the gap (Berlin, New York)', () => {
    // 29 March 2026 02:00 CET → 03:00 CEST: 02:30 does not exist and becomes 03:30 CEST.
    const berlin = toInstant('2026-03-29', '02:30', 'Europe/Berlin');
    expect(berlin).toBe('2026-03-29T01:30:00.000Z');
    expect(localParts(berlin, 'Europe/Berlin')).toEqual({ date: '2026-03-29', time: '03:30' });
    const newYork = toInstant('2026-03-08', '02:15', 'America/New_York');
    expect(localParts(newYork, 'America/New_York')).toEqual({ date: '2026-03-08', time: '03:15' });
    // Lord Howe's change is half an hour: 02:15 becomes 02:45.
    const lordHowe = toInstant('2026-10-04', '02:15', 'Australia/Lord_Howe');
    expect(localParts(lordHowe, 'Australia/Lord_Howe')).toEqual({
      date: '2026-10-04',
      time: '02:45',
    });
  });

  it('picks the earlier instant of a time that happens twice in autumn', () => {
    // 25 October 2026 03:00 CEST → 02:00 CET: 02:30 happens at 00:30Z and again at 01:30Z.
    expect(toInstant('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    // New York falls back on 1 November 2026: 01:30 EDT, not EST.
    expect(toInstant('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    // Lord Howe, where @date-fns/tz's constructor alone would pick the later one.
    expect(toInstant('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe(
      '2026-04-04T14:45:00.000Z',
    );
  });

  it('round-trips every wall time that exists, and every instant', () => {
    const zones = [
      'Asia/Jakarta',
      'Asia/Makassar',
      'Asia/Jayapura',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'America/Santiago',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }),
        (zone, epoch) => {
          const instant = new Date(Math.floor(epoch / 60_000) * 60_000).toISOString();
          const { date, time } = localParts(instant, zone);
          const back = toInstant(date, time, zone);
          // Equal, or the other reading of an autumn overlap: the earlier one, the same wall time.
          expect(back <= instant).toBe(true);
          expect(localParts(back, zone)).toEqual({ date, time });
          expect(Date.parse(instant) - Date.parse(back)).toBeLessThanOrEqual(3_600_000);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses malformed input with a RangeError', () => {
    expect(() => toInstant('2026-02-30', '09:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => toInstant('2026-02-01', '9:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => toInstant('2026-02-01', '09:00', 'Asia/Bandung')).toThrow(RangeError);
    expect(() => localParts('kemarin', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => localParts('2026-02-01', 'Asia/Jakarta')).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  it('answers in the office zone, not the machine zone', () => {
    const now = new Date('2026-03-31T17:30:00Z');
    expect(todayIn('Asia/Jakarta', now)).toBe('2026-04-01');
    expect(todayIn('Asia/Makassar', now)).toBe('2026-04-01');
    expect(todayIn('Europe/Berlin', now)).toBe('2026-03-31');
    expect(todayIn('America/New_York', now)).toBe('2026-03-31');
    expect(todayIn('Asia/Jakarta', new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
  });
});

describe('zoneLabel', () => {
  it('says WIB, WITA and WIT for Indonesian zones', () => {
    expect(zoneLabel('Asia/Jakarta')).toBe('WIB');
    expect(zoneLabel('Asia/Pontianak')).toBe('WIB');
    expect(zoneLabel('Asia/Makassar')).toBe('WITA');
    expect(zoneLabel('Asia/Jayapura')).toBe('WIT');
  });

  it('gives other zones their short name at that instant, following daylight saving', () => {
    expect(zoneLabel('Europe/Berlin', '2026-01-15T12:00:00Z')).toBe('GMT+1');
    expect(zoneLabel('Europe/Berlin', '2026-07-15T12:00:00Z')).toBe('GMT+2');
    expect(zoneLabel('America/New_York', '2026-01-15T12:00:00Z')).toBe('EST');
    expect(zoneLabel('America/New_York', '2026-07-15T12:00:00Z')).toBe('EDT');
    expect(zoneLabel('UTC', '2026-07-15T12:00:00Z')).toBe('UTC');
  });
});

describe('independence from the machine zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives the same answers whatever TZ the process runs in', () => {
    const run = () => ({
      instant: toInstant('2026-03-31', '23:30', 'Asia/Jakarta'),
      parts: localParts('2026-03-31T16:30:00.000Z', 'Asia/Jayapura'),
      next: addDaysLocal('2026-03-28', 1),
      weekday: dayOfWeek('2026-03-29'),
      today: todayIn('Asia/Makassar', new Date('2026-10-24T23:30:00Z')),
    });
    process.env.TZ = 'UTC';
    const reference = run();
    const machineOffsets: Record<string, number> = {
      'Pacific/Kiritimati': -840,
      'America/Los_Angeles': 480,
      'Europe/Berlin': -60,
      'Pacific/Pago_Pago': 660,
    };
    for (const [zone, offset] of Object.entries(machineOffsets)) {
      process.env.TZ = zone;
      // Proves the switch took effect, so the comparison below means something.
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(offset);
      expect(run()).toEqual(reference);
    }
    expect(reference).toEqual({
      instant: '2026-03-31T16:30:00.000Z',
      parts: { date: '2026-04-01', time: '01:30' },
      next: '2026-03-29',
      weekday: 0,
      today: '2026-10-25',
    });
  });
});

describe('wallClockIn', () => {
  it('agrees with localParts for every half hour around daylight-saving changes and in Indonesia', () => {
    const cases: [string, string, string][] = [
      ['Europe/Berlin', '2026-03-28T00:00:00.000Z', '2026-03-30T00:00:00.000Z'],
      ['Europe/Berlin', '2026-10-24T00:00:00.000Z', '2026-10-26T00:00:00.000Z'],
      ['America/New_York', '2026-03-07T00:00:00.000Z', '2026-03-10T00:00:00.000Z'],
      ['Australia/Lord_Howe', '2026-04-04T00:00:00.000Z', '2026-04-06T00:00:00.000Z'],
      ['Asia/Kathmandu', '2026-12-30T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
      ['Asia/Jayapura', '2026-12-31T00:00:00.000Z', '2027-01-01T12:00:00.000Z'],
    ];
    for (const [zone, from, to] of cases) {
      const wallClock = wallClockIn(zone);
      for (let t = Date.parse(from); t < Date.parse(to); t += 30 * 60_000) {
        const instant = new Date(t).toISOString();
        const wall = new Date(wallClock(instant)).toISOString();
        const expected = localParts(instant, zone);
        expect(`${zone} ${wall.slice(0, 10)} ${wall.slice(11, 16)}`, instant).toBe(
          `${zone} ${expected.date} ${expected.time}`,
        );
      }
    }
  });
});
