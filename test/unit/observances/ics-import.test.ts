import { describe, expect, it } from 'vitest';
import {
  maxIcsChars,
  parseIcsObservances,
  readIcsObservances,
} from '../../../src/main/observances/ics-import';
import { AppError } from '../../../src/shared/api/errors';

/** An .ics file as calendar apps write it: CRLF lines, a folded long line. */
const ics = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Linimasa//Test//ID',
    'X-WR-TIMEZONE:Asia/Jakarta',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

const idulFitri = [
  'UID:idulfitri-2026@example.id',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;VALUE=DATE:20260320',
  'DTEND;VALUE=DATE:20260322',
  'SUMMARY:Hari Raya Idul Fitri 1447 H',
];
const nyepi = [
  'UID:nyepi-2026@example.id',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;VALUE=DATE:20260319',
  'SUMMARY:Hari Suci Nyepi (Tahun Baru Saka 1948)',
];
const meeting = [
  'UID:rapat@example.id',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Asia/Jakarta:20260305T090000',
  'DTEND;TZID=Asia/Jakarta:20260305T100000',
  'SUMMARY:Rapat koordinasi Humas',
];

function expectInvalid(run: () => unknown, message: RegExp) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe('invalid_request');
  expect((caught as AppError).message).toMatch(message);
}

describe('readIcsObservances', () => {
  it('reads all-day events, one entry per day, and leaves timed events out', () => {
    const result = readIcsObservances(ics(idulFitri, nyepi, meeting));
    expect(result.observances).toEqual([
      { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
      { date: '2026-03-20', name: 'Hari Raya Idul Fitri 1447 H' },
      { date: '2026-03-21', name: 'Hari Raya Idul Fitri 1447 H' },
    ]);
    expect(result.skipped).toEqual([{ name: 'Rapat koordinasi Humas', reason: 'timed' }]);
    expect(parseIcsObservances(ics(idulFitri, nyepi, meeting))).toEqual(result.observances);
  });

  it('understands DURATION, folded lines, escaped text and a byte-order mark', () => {
    const text =
      '\uFEFF' +
      ics([
        'UID:waisak@example.id',
        'DTSTAMP:20260101T000000Z',
        'DTSTART;VALUE=DATE:20260531',
        'DURATION:P2D',
        'SUMMARY:Hari Raya Waisak 2570 BE\\, dan cuti bersama yang panjang sekali sehingga baris',
        ' nya dilipat',
      ]);
    expect(parseIcsObservances(text)).toEqual([
      {
        date: '2026-05-31',
        name: 'Hari Raya Waisak 2570 BE, dan cuti bersama yang panjang sekali sehingga barisnya dilipat',
      },
      {
        date: '2026-06-01',
        name: 'Hari Raya Waisak 2570 BE, dan cuti bersama yang panjang sekali sehingga barisnya dilipat',
      },
    ]);
  });

  it('expands a simple yearly repeat up to the chosen year, honouring its exceptions', () => {
    const natal = [
      'UID:natal@example.id',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20241225',
      'RRULE:FREQ=YEARLY',
      'EXDATE;VALUE=DATE:20251225',
      'SUMMARY:Hari Raya Natal',
    ];
    const moved = [
      'UID:natal@example.id',
      'DTSTAMP:20260101T000000Z',
      'RECURRENCE-ID;VALUE=DATE:20261225',
      'DTSTART;VALUE=DATE:20261226',
      'SUMMARY:Natal (dipindah)',
    ];
    expect(parseIcsObservances(ics(natal, moved), { untilYear: 2027 })).toEqual([
      { date: '2024-12-25', name: 'Hari Raya Natal' },
      { date: '2026-12-26', name: 'Natal (dipindah)' },
      { date: '2027-12-25', name: 'Hari Raya Natal' },
    ]);
    const counted = [...natal.slice(0, 3), 'RRULE:FREQ=YEARLY;COUNT=2', 'SUMMARY:Natal'];
    expect(parseIcsObservances(ics(counted), { untilYear: 2030 }).map((o) => o.date)).toEqual([
      '2024-12-25',
      '2025-12-25',
    ]);
  });

  it('defaults the yearly horizon to five years after now', () => {
    const yearly = [
      'UID:tahunbaru@example.id',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260101',
      'RRULE:FREQ=YEARLY',
      'SUMMARY:Tahun Baru',
    ];
    const dates = parseIcsObservances(ics(yearly), { now: new Date('2026-06-01T00:00:00Z') });
    expect(dates.map((o) => o.date)).toEqual([
      '2026-01-01',
      '2027-01-01',
      '2028-01-01',
      '2029-01-01',
      '2030-01-01',
      '2031-01-01',
    ]);
  });

  it('skips repeats it would have to guess, cancelled and unnamed events, and long periods', () => {
    const result = readIcsObservances(
      ics(
        ['UID:a', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=MONTHLY', 'SUMMARY:Apel bulanan'],
        [
          'UID:b',
          'DTSTART;VALUE=DATE:20260301',
          'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
          'SUMMARY:Minggu terakhir',
        ],
        ['UID:c', 'DTSTART;VALUE=DATE:20260401', 'STATUS:CANCELLED', 'SUMMARY:Batal'],
        ['UID:d', 'DTSTART;VALUE=DATE:20260402'],
        [
          'UID:e',
          'DTSTART;VALUE=DATE:20260701',
          'DTEND;VALUE=DATE:20260901',
          'SUMMARY:Libur semester',
        ],
        nyepi,
      ),
    );
    expect(result.observances.map((o) => o.date)).toEqual(['2026-03-19']);
    expect(result.skipped).toEqual([
      { name: 'Apel bulanan', reason: 'unsupported_repeat' },
      { name: 'Minggu terakhir', reason: 'unsupported_repeat' },
      { name: 'Batal', reason: 'cancelled' },
      { name: '', reason: 'no_name' },
      { name: 'Libur semester', reason: 'too_long' },
    ]);
  });

  it('lists the same day once even if the file repeats it', () => {
    expect(
      parseIcsObservances(
        ics(nyepi, [...nyepi.slice(0, 3), 'SUMMARY:hari suci nyepi (tahun baru saka 1948)']),
      ),
    ).toHaveLength(1);
  });

  it('copes with a calendar without events', () => {
    expect(readIcsObservances(ics())).toEqual({ observances: [], skipped: [] });
  });
});

describe('readIcsObservances on bad input', () => {
  it('explains, in Indonesian, what is wrong instead of crashing', () => {
    expectInvalid(() => readIcsObservances(''), /kosong/);
    expectInvalid(() => readIcsObservances('   \r\n'), /kosong/);
    expectInvalid(() => readIcsObservances('Nama,Tanggal\nNyepi,2026-03-19'), /bukan kalender/);
    expectInvalid(() => readIcsObservances('%PDF-1.7 garbage \u0000\u0001'), /bukan kalender/);
    expectInvalid(
      () => readIcsObservances('BEGIN:VCARD\r\nFN:Budi\r\nEND:VCARD'),
      /bukan kalender/,
    );
    expectInvalid(() => readIcsObservances('BEGIN:VCALENDAR\r\nini bukan baris ical\r\n'), /rusak/);
    expectInvalid(
      () => readIcsObservances(`BEGIN:VCALENDAR\r\n${'X'.repeat(maxIcsChars)}`),
      /terlalu besar/,
    );
    expectInvalid(() => readIcsObservances(42 as unknown as string), /kosong/);
  });

  it('skips an event whose date cannot be read and keeps the rest', () => {
    const result = readIcsObservances(
      ics(['UID:x', 'DTSTART;VALUE=DATE:2026XX01', 'SUMMARY:Tanggal rusak'], nyepi),
    );
    expect(result.observances).toHaveLength(1);
    expect(result.skipped).toEqual([{ name: 'Tanggal rusak', reason: 'unreadable' }]);
  });

  it('refuses a file with too many events', () => {
    const many = Array.from({ length: 5001 }, (_, i) => [
      `UID:e${i}`,
      'DTSTART;VALUE=DATE:20260101',
      `SUMMARY:Acara ${i}`,
    ]);
    expectInvalid(() => readIcsObservances(ics(...many)), /lebih dari 5000 acara/);
  });
});
