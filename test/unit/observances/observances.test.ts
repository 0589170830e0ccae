import { describe, expect, it } from 'vitest';
import nationalJson from '../../../resources/observances/national-fixed.json';
import holidays2026 from '../../../resources/observances/holidays-2026.json';
import holidays2027 from '../../../resources/observances/holidays-2027.json';
import { holidaySources, holidayYearFileSchema } from '../../../src/shared/domain/holidays';
import { isLocalDate } from '../../../src/shared/time/local';
import {
  nationalObservanceSource,
  nationalObservancesFileSchema,
  type ObservanceSource,
  observancesInRange,
} from '../../../src/shared/domain/observances';

const national = nationalObservanceSource(nationalJson);

describe('resources/observances/national-fixed.json', () => {
  const file = nationalObservancesFileSchema.parse(nationalJson);

  it('holds the fixed days of issue 3 and the days added for issue 12, in date order', () => {
    const days = file.observances.map(
      (o) => `${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`,
    );
    const fromIssue3 = ['01-01', '02-09', '04-21', '04-25', '05-01', '05-02', '05-20', '06-01'];
    fromIssue3.push('07-01', '07-23', '08-14', '08-17', '10-01', '10-02', '10-05', '10-22');
    fromIssue3.push('10-28', '11-10', '11-25', '11-29', '12-22', '12-25');
    for (const day of fromIssue3) expect(days).toContain(day);
    expect([...days].sort()).toEqual(days);
    expect(new Set(file.observances.map((o) => `${o.month}-${o.day}-${o.name}`)).size).toBe(
      days.length,
    );
  });

  it('shows the December days of issue 12 with their basis', () => {
    const december = observancesInRange('2026-12-01', '2026-12-31', [national]);
    expect(december.map((o) => [o.date, o.name])).toEqual([
      ['2026-12-01', 'Hari AIDS Sedunia'],
      ['2026-12-03', 'Hari Disabilitas Internasional'],
      ['2026-12-09', 'Hari Antikorupsi Sedunia'],
      ['2026-12-10', 'Hari Hak Asasi Manusia'],
      ['2026-12-13', 'Hari Nusantara'],
      ['2026-12-19', 'Hari Bela Negara'],
      ['2026-12-20', 'Hari Kesetiakawanan Sosial Nasional'],
      ['2026-12-22', 'Hari Ibu'],
      ['2026-12-25', 'Hari Raya Natal'],
    ]);
    expect(december.find((o) => o.name === 'Hari Bela Negara')?.source).toBe('Keppres 28/2006');
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
      } else if (observance.name === 'Hari Bela Negara') {
        // The brief of issue 12 names its decree.
        expect(observance).toMatchObject({ confirmed: true, source: 'Keppres 28/2006' });
      } else {
        expect(observance.confirmed).toBe(false);
        expect(observance.note).toMatch(/not (given|checked)|could be confirmed/);
      }
      // A basis that could not be named says so instead of inventing a decree.
      if (observance.note?.includes('no decree naming the day could be confirmed'))
        expect(observance.source).toMatch(/dasar hukum belum dikonfirmasi/);
    }
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
    const march = observancesInRange('2026-03-01', '2026-03-31', [national, local, imported]);
    expect(march.filter((day) => day.kind !== 'national')).toEqual([
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
    expect(march.map((day) => day.date)).toEqual([...march.map((day) => day.date)].sort());
    expect(observancesInRange('2026-11-01', '2026-11-30', [national, local])).toEqual([
      {
        date: '2026-11-10',
        name: 'Hari Pahlawan',
        source: 'Keppres 316/1959',
        sourceId: 'national',
        kind: 'national',
        publicHoliday: false,
      },
      expect.objectContaining({ date: '2026-11-12', name: 'Hari Kesehatan Nasional' }),
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

describe('resources/observances/holidays-<year>.json', () => {
  const files = [holidays2026, holidays2027].map((json) => holidayYearFileSchema.parse(json));
  const all = files.flatMap((file) => [...file.publicHolidays, ...file.cutiBersama]);

  it('ships 2026 and 2027; every date is real, in its year, once, with a basis and flags', () => {
    expect(files.map((file) => file.year)).toEqual([2026, 2027]);
    for (const file of files) {
      expect(file.source).toMatch(/^SKB /);
      for (const day of [...file.publicHolidays, ...file.cutiBersama]) {
        expect(isLocalDate(day.date)).toBe(true);
        expect(day.date.startsWith(`${file.year}-`)).toBe(true);
        expect(typeof day.confirmed).toBe('boolean');
        expect(typeof day.estimate).toBe('boolean');
        expect(day.note).toBeTruthy();
      }
    }
    const keys = all.map((day) => `${day.date}|${day.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds the SKB 2026 as reported: 17 public holidays and 8 cuti bersama', () => {
    const [y2026] = files;
    expect(y2026!.publicHolidays).toHaveLength(17);
    expect(y2026!.cutiBersama.map((day) => day.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
  });

  it('confirms nothing it could not check and marks lunar days as estimates', () => {
    expect(all.filter((day) => day.confirmed)).toEqual([]);
    const lunar = /Idul|Isra|Maulid|Tahun Baru Islam|Imlek|Nyepi|Waisak/;
    for (const day of all.filter((d) => !d.name.startsWith('Cuti bersama')))
      expect([day.name, day.estimate]).toEqual([day.name, lunar.test(day.name)]);
    // Cuti bersama are chosen by the SKB and cannot be estimated: none for 2027 yet.
    expect(files[1]!.cutiBersama).toEqual([]);
  });

  it('refuses a date outside its year, a date that does not exist and a duplicate', () => {
    const copy = () => JSON.parse(JSON.stringify(holidays2026));
    const wrongYear = copy();
    wrongYear.publicHolidays[0].date = '2027-01-01';
    expect(holidayYearFileSchema.safeParse(wrongYear).success).toBe(false);
    const unreal = copy();
    unreal.publicHolidays[0].date = '2026-02-30';
    expect(holidayYearFileSchema.safeParse(unreal).success).toBe(false);
    const twice = copy();
    twice.cutiBersama.push(twice.cutiBersama[0]);
    expect(holidayYearFileSchema.safeParse(twice).success).toBe(false);
    expect(() => holidaySources([twice], { holidays: true, cutiBersama: true })).toThrow(
      /hari libur tidak valid/,
    );
  });

  it('gives badges marked "(perkiraan)" with the SKB as source, and each group switches off', () => {
    const on = holidaySources([holidays2026, holidays2027], { holidays: true, cutiBersama: true });
    const march = observancesInRange('2027-03-01', '2027-03-31', on);
    expect(march.map((o) => o.name)).toContain('Idul Fitri 1448 H (perkiraan)');
    const fitri = march.find((o) => o.name === 'Idul Fitri 1448 H (perkiraan)');
    expect(fitri).toMatchObject({ kind: 'holiday', publicHoliday: true, date: '2027-03-10' });
    expect(fitri?.source).toMatch(/^SKB .*tanggal perkiraan; belum dicocokkan/);
    const december = observancesInRange('2026-12-01', '2026-12-31', [national, ...on]);
    expect(december.filter((o) => o.date === '2026-12-24')).toMatchObject([
      { name: 'Cuti bersama Hari Raya Natal', kind: 'cutiBersama', publicHoliday: false },
    ]);
    // Natal is in both lists under one name: it shows once, from the national list.
    expect(december.filter((o) => o.date === '2026-12-25')).toMatchObject([
      { name: 'Hari Raya Natal', kind: 'national' },
    ]);

    const noLeave = holidaySources([holidays2026], { holidays: true, cutiBersama: false });
    const kinds = (sources: ObservanceSource[]) =>
      new Set(observancesInRange('2026-01-01', '2026-12-31', sources).map((o) => o.kind));
    expect(kinds(noLeave)).toEqual(new Set(['holiday']));
    const noHolidays = holidaySources([holidays2026], { holidays: false, cutiBersama: true });
    expect(kinds(noHolidays)).toEqual(new Set(['cutiBersama']));
    expect(
      kinds([nationalObservanceSource(nationalJson, false), ...noHolidays.slice(0, 1)]),
    ).toEqual(new Set());
  });
});
