import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nationalJson from '../../../resources/observances/national-fixed.json';
import {
  movingObservancesFileSchema,
  nationalObservanceSource,
  nationalObservancesFileSchema,
  type ObservanceSource,
  observancesInRange,
} from '../../../src/shared/domain/observances';

const national = nationalObservanceSource(nationalJson);

describe('resources/observances/national-fixed.json', () => {
  const file = nationalObservancesFileSchema.parse(nationalJson);

  it('holds exactly the fixed days listed in issue 3', () => {
    const listed = [
      '01-01',
      '02-09',
      '04-21',
      '04-25',
      '05-01',
      '05-02',
      '05-20',
      '06-01',
      '07-01',
      '07-23',
      '08-14',
      '08-17',
      '10-01',
      '10-02',
      '10-05',
      '10-22',
      '10-28',
      '11-10',
      '11-25',
      '11-29',
      '12-22',
      '12-25',
    ];
    const days = file.observances.map(
      (o) => `${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`,
    );
    expect(days).toEqual(listed);
  });

  it('marks the issue’s five public holidays and no others', () => {
    expect(file.observances.filter((o) => o.publicHoliday).map((o) => o.name)).toEqual([
      'Tahun Baru Masehi',
      'Hari Buruh Internasional',
      'Hari Lahir Pancasila',
      'Hari Ulang Tahun Kemerdekaan Republik Indonesia',
      'Hari Raya Natal',
    ]);
  });

  it('confirms exactly the days whose decree issue 3 names, and explains the rest', () => {
    const fromIssue: Record<string, string> = {
      'Hari Pendidikan Nasional': 'Keppres 316/1959',
      'Hari Kebangkitan Nasional': 'Keppres 316/1959',
      'Hari Ulang Tahun Tentara Nasional Indonesia': 'Keppres 316/1959',
      'Hari Sumpah Pemuda': 'Keppres 316/1959',
      'Hari Pahlawan': 'Keppres 316/1959',
      'Hari Ibu': 'Keppres 316/1959',
      'Hari Kesaktian Pancasila': 'Keppres 153/1967',
      'Hari Lahir Pancasila': 'Keppres 24/2016',
    };
    for (const observance of file.observances) {
      expect(observance.source.length).toBeGreaterThan(0);
      if (observance.name in fromIssue) {
        expect(observance).toMatchObject({ confirmed: true, source: fromIssue[observance.name] });
      } else {
        expect(observance.confirmed).toBe(false);
        expect(observance.note).toMatch(/not (given|checked)/);
      }
    }
  });

  it('ships no moving-holiday file, since no year’s dates could be confirmed', () => {
    const folder = join(__dirname, '../../../resources/observances');
    expect(readdirSync(folder).filter((name) => name.startsWith('moving-'))).toEqual([]);
  });

  it('refuses a day that does not exist and a broken file', () => {
    const copy = JSON.parse(JSON.stringify(nationalJson));
    copy.observances[0].day = 32;
    expect(() => nationalObservanceSource(copy)).toThrow(/hari nasional tidak valid/);
    copy.observances[0] = { ...copy.observances[0], month: 4, day: 31 };
    expect(nationalObservancesFileSchema.safeParse(copy).success).toBe(false);
    expect(() => nationalObservanceSource({})).toThrow();
  });
});

describe('observancesInRange', () => {
  const local: ObservanceSource = {
    id: 'local',
    kind: 'local',
    label: 'Hari lokal',
    entries: [
      { month: 5, day: 15, name: 'Hari Jadi Kabupaten Sleman' },
      { month: 2, day: 29, name: 'Hari Kabisat Kantor' },
      { date: '2026-11-27', name: 'Pilkada serentak', publicHoliday: true },
    ],
  };
  const imported: ObservanceSource = {
    id: 'ics-2026',
    kind: 'imported',
    label: 'Libur 2026.ics',
    entries: [
      { date: '2026-03-19', name: 'Hari Suci Nyepi', publicHoliday: true },
      { date: '2026-03-20', name: 'Idul Fitri 1447 H', publicHoliday: true },
      { date: '2026-03-21', name: 'Idul Fitri 1447 H', publicHoliday: true },
      { date: '2026-12-25', name: 'hari raya natal' },
    ],
  };

  it('returns a month’s days from all sources in date order, with their basis', () => {
    expect(observancesInRange('2026-03-01', '2026-03-31', [national, local, imported])).toEqual([
      {
        date: '2026-03-19',
        name: 'Hari Suci Nyepi',
        source: 'Libur 2026.ics',
        sourceId: 'ics-2026',
        kind: 'imported',
        publicHoliday: true,
      },
      expect.objectContaining({ date: '2026-03-20', name: 'Idul Fitri 1447 H' }),
      expect.objectContaining({ date: '2026-03-21', name: 'Idul Fitri 1447 H' }),
    ]);
    expect(observancesInRange('2026-11-01', '2026-11-30', [national, local])).toEqual([
      {
        date: '2026-11-10',
        name: 'Hari Pahlawan',
        source: 'Keppres 316/1959',
        sourceId: 'national',
        kind: 'national',
        publicHoliday: false,
      },
      expect.objectContaining({ date: '2026-11-25', name: 'Hari Guru Nasional' }),
      expect.objectContaining({ date: '2026-11-27', kind: 'local', publicHoliday: true }),
      expect.objectContaining({ date: '2026-11-29', name: expect.stringMatching(/KORPRI/) }),
    ]);
  });

  it('includes both ends and crosses the year boundary', () => {
    const days = observancesInRange('2026-12-25', '2027-01-01', [national]);
    expect(days.map((d) => `${d.date} ${d.name}`)).toEqual([
      '2026-12-25 Hari Raya Natal',
      '2027-01-01 Tahun Baru Masehi',
    ]);
  });

  it('repeats yearly days every year, 29 February only in leap years', () => {
    const yearly = observancesInRange('2026-01-01', '2029-12-31', [local]).filter(
      (d) => !d.name.startsWith('Pilkada'),
    );
    expect(yearly.map((d) => d.date)).toEqual([
      '2026-05-15',
      '2027-05-15',
      '2028-02-29',
      '2028-05-15',
      '2029-05-15',
    ]);
  });

  it('shows a day found in two sources once, from the national list first', () => {
    const christmas = observancesInRange('2026-12-25', '2026-12-25', [imported, national]);
    expect(christmas).toHaveLength(1);
    expect(christmas[0]).toMatchObject({ kind: 'national', name: 'Hari Raya Natal' });
  });

  it('leaves out switched-off sources, and returns nothing for a reversed range', () => {
    expect(
      observancesInRange('2026-03-01', '2026-03-31', [{ ...imported, enabled: false }]),
    ).toEqual([]);
    expect(
      observancesInRange('2026-11-01', '2026-11-30', [
        nationalObservanceSource(nationalJson, false),
      ]),
    ).toEqual([]);
    expect(observancesInRange('2026-12-31', '2026-01-01', [national])).toEqual([]);
  });

  it('refuses malformed sources', () => {
    const bad = { ...local, entries: [{ month: 2, day: 30, name: 'Tidak ada' }] };
    expect(() => observancesInRange('2026-01-01', '2026-12-31', [bad])).toThrow();
    const blank = { ...local, entries: [{ date: '2026-01-01', name: '  ' }] };
    expect(() => observancesInRange('2026-01-01', '2026-12-31', [blank])).toThrow();
  });
});

describe('movingObservancesFileSchema', () => {
  it('accepts dated days of its own year only', () => {
    const file = {
      year: 2026,
      source: 'SKB 3 Menteri tahun 2026',
      observances: [{ date: '2026-03-19', name: 'Hari Suci Nyepi', publicHoliday: true }],
    };
    expect(movingObservancesFileSchema.safeParse(file).success).toBe(true);
    const wrongYear = { ...file, observances: [{ date: '2027-03-08', name: 'Nyepi' }] };
    expect(movingObservancesFileSchema.safeParse(wrongYear).success).toBe(false);
  });
});
