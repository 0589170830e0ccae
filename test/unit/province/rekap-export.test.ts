import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { provinceRepository } from '../../../src/main/db/repositories/province';
import {
  regencyReportSchema,
  type RegencyReport,
} from '../../../src/shared/domain/province-report';
import { runCliCaptured } from '../cli-run';
import { readPdf } from '../export/pdf-text';
import { introduce, makeOffice } from '../exchange/fixture';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';
import { belaNegaraPack, packIds } from './pack-fixture';

const office = useOffice();
const temp = useTempDir();

const { ceremony: itemA, quote: itemB } = packIds;
const pack = belaNegaraPack();

const totals = (planned: number, published: number, onTime: number, reach: number) => ({
  plannedPosts: planned,
  publishedPosts: published,
  plannedChannels: planned,
  publishedChannels: published,
  onTimeChannels: onTime,
  outsidePlan: 0,
  views: 0,
  reach,
  engagement: 0,
});

const adopted = (itemId: string, publishedAt: string | null) => ({
  packId: pack.packId,
  packVersion: 1,
  itemId,
  adoptedAt: '2026-12-02T03:00:00.000Z',
  scheduledAt: null,
  approvedAt: null,
  publications: publishedAt
    ? [{ platform: 'instagram' as const, publishedAt, permalink: null }]
    : [],
});

const report = (month: string, sentAt: string, parts: Partial<RegencyReport>): RegencyReport =>
  regencyReportSchema.parse({
    month,
    sentAt,
    totals: totals(0, 0, 0, 0),
    channels: [],
    packItems: [],
    ...parts,
  });

/**
 * Province 73 knows Gowa, Maros and Takalar. December 2026: Gowa reported on time (both items
 * adopted, the ceremony published 18 days less 25 minutes after the pack went out; reach 5.000
 * against 4.200 in November), Maros late (one item adopted), Takalar not at all. It is 7 Jan.
 */
async function provinceWithReports() {
  const setup = await office();
  await setup.call('settings.update', {
    officeName: 'Diskominfo Provinsi Sulawesi Selatan',
    printDocument: {
      letterhead: ['PEMERINTAH PROVINSI SULAWESI SELATAN', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
      place: 'Makassar',
      signers: [
        {
          role: 'Mengetahui',
          position: 'Kepala Dinas Komunikasi dan Informatika',
          name: 'Dra. Sri Wahyuni, M.Si.',
          nip: '197001012000032001',
        },
      ],
    },
  });
  await setup.call('exchange.setIdentity', {
    actorId: setup.people.admin.id,
    code: '73',
    name: 'Diskominfo Provinsi Sulawesi Selatan',
    level: 'provinsi',
  });
  const province = { db: setup.app.db, dataDir: setup.app.paths.root, code: '73' };
  const folder = join(temp(), 'pertukaran');
  for (const [code, name] of [
    ['73.06', 'Kabupaten Gowa'],
    ['73.09', 'Kabupaten Maros'],
    ['73.05', 'Kabupaten Takalar'],
  ] as const) {
    introduce(makeOffice(temp(), code, name, 'kabupaten_kota', folder), province);
  }
  const store = provinceRepository(setup.app.db);
  store.recordPack({ pack, senderCode: '73', recipients: ['semua'], receivedAt: null });
  store.recordReport(
    '73.06',
    '2027-01-03T05:00:00.000Z',
    report('2026-12', '2027-01-03T04:00:00.000Z', {
      totals: totals(10, 9, 8, 5000),
      packItems: [adopted(itemA, '2026-12-19T00:35:00.000Z'), adopted(itemB, null)],
    }),
  );
  store.recordReport(
    '73.06',
    '2026-12-02T05:00:00.000Z',
    report('2026-11', '2026-12-02T04:00:00.000Z', { totals: totals(8, 6, 6, 4200) }),
  );
  store.recordReport(
    '73.09',
    '2027-01-06T01:00:00.000Z',
    report('2026-12', '2027-01-06T00:00:00.000Z', {
      totals: totals(4, 4, 2, 900),
      packItems: [adopted(itemA, null)],
    }),
  );
  return setup;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-07T00:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Rekap provinsi PDF', () => {
  it('prints the kop, title, month, ranking with last month, who has not reported, the items and the signature', async () => {
    const setup = await provinceWithReports();
    const target = join(temp(), 'rekap.pdf');
    const { record } = await setup.app.services.exports.writeRekap(
      { month: '2026-12', format: 'pdf', actorId: null },
      { target },
    );
    expect(record).toMatchObject({ format: 'pdf', rekap: '2026-12' });
    const pages = await readPdf(target);
    expect(pages[0]!.size[0]).toBeCloseTo(595.28, 1);
    expect(pages[0]!.size[1]).toBeCloseTo(841.89, 1);
    expect(pages.every((page) => page.fonts.every((font) => font.embedded))).toBe(true);
    const text = pages.map((page) => page.text).join(' ');
    expect(text).toContain('PEMERINTAH PROVINSI SULAWESI SELATAN');
    expect(text).toContain('Rekap Kinerja Kabupaten/Kota — Desember 2026');
    expect(text).toContain('Periode 1 Desember 2026 – 31 Desember 2026');
    expect(text).toContain('Laporan bulan ini jatuh tempo 5 Januari 2027.');
    // Ranked by adoption: Gowa 2 of 2, Maros 1 of 2, Takalar 0 of 2; Gowa's reach beside November's.
    expect(text).toMatch(
      /1 Kabupaten Gowa \(73\.06\) Tepat waktu 2 dari 2 · 100% bulan lalu – 431,6 bulan lalu – 9 dari 10 · 90% bulan lalu 75% 88,9% bulan lalu 100% 5\.000 bulan lalu 4\.200/,
    );
    expect(text).toMatch(/2 Kabupaten Maros \(73\.09\) Terlambat 1 dari 2 · 50%/);
    expect(text).toMatch(/3 Kabupaten Takalar \(73\.05\) Belum melapor 0 dari 2 · 0%/);
    // Who has not reported, or late, with when it was sent (office time, 08.00 style).
    expect(text).toContain('Kantor yang terlambat atau belum melapor');
    expect(text).toMatch(/Kabupaten Maros 73\.09 Terlambat 6 Januari 2027 07\.00/);
    expect(text).toMatch(/Kabupaten Takalar 73\.05 Belum melapor –/);
    // Per item: who adopted it, where it went out, how fast.
    expect(text).toMatch(
      /Upacara Hari Bela Negara Hari Bela Negara 2026 19 Desember 2026 Kabupaten Gowa Ya Instagram 431,6/,
    );
    expect(text).toMatch(
      /Kutipan tokoh Hari Bela Negara 2026 20 Desember 2026 Kabupaten Takalar Belum –/,
    );
    expect(text).toContain('Makassar,');
    expect(text).toContain('Dra. Sri Wahyuni, M.Si.');
    expect(text).toContain('NIP 19700101 200003 2 001');
    expect(text).toMatch(/Halaman 1 dari \d/);
  });
});

describe('Rekap provinsi XLSX', () => {
  it('has a summary sheet and a data sheet per table, figures as numbers, columns sized', async () => {
    const setup = await provinceWithReports();
    const target = join(temp(), 'rekap.xlsx');
    await setup.app.services.exports.writeRekap(
      { month: '2026-12', format: 'xlsx', actorId: null },
      { target },
    );
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan',
      'Peringkat',
      'Laporan',
      'Butir paket',
    ]);
    const summary = workbook.getWorksheet('Ringkasan')!;
    expect(summary.getCell('A1').value).toBe('Rekap Kinerja Kabupaten/Kota — Desember 2026');
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    const ranking = workbook.getWorksheet('Peringkat')!;
    const header = (ranking.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Peringkat',
      'Kabupaten/kota',
      'Kode',
      'Laporan',
      'Butir dikirim',
      'Butir diambil',
      'Kanal direncanakan',
      'Kanal terbit',
      'Porsi diambil',
      'Porsi diambil (bulan lalu)',
      'Median jam sampai terbit',
      'Median jam sampai terbit (bulan lalu)',
      'Terbit dari rencana',
      'Terbit dari rencana (bulan lalu)',
      'Tepat waktu',
      'Tepat waktu (bulan lalu)',
      'Jangkauan',
      'Jangkauan (bulan lalu)',
    ]);
    const gowa = ranking.getRow(2);
    expect(gowa.getCell(1).value).toBe(1);
    expect(gowa.getCell(2).value).toBe('Kabupaten Gowa');
    expect(gowa.getCell(9).type).toBe(Excel.ValueType.Number);
    expect(gowa.getCell(9).value).toBe(1);
    expect(gowa.getCell(11).value).toBeCloseTo(18 * 24 - 25 / 60, 6);
    expect(gowa.getCell(17).type).toBe(Excel.ValueType.Number);
    expect(gowa.getCell(17).value).toBe(5000);
    expect(gowa.getCell(18).value).toBe(4200);
    expect(ranking.getColumn(9).numFmt).toBe('0.0%');
    expect(ranking.getColumn(17).numFmt).toBe('#,##0');
    expect(ranking.getColumn(2).width).toBe(28);
    const items = workbook.getWorksheet('Butir paket')!;
    expect(items.rowCount).toBe(1 + 2 * 3);
  });

  it('is recorded in the export history with its month', async () => {
    const setup = await provinceWithReports();
    const record = await setup.call('province.exportRollup', { month: '2026-12', format: 'xlsx' });
    expect(record.fileName).toBe('rekap-kabupaten-kota-2026-12.xlsx');
    const history = await setup.call('exports.history', { limit: 10 });
    expect(history[0]).toMatchObject({ id: record.id, rekap: '2026-12', available: true });
    expect(history[0]!.report).toBeUndefined();
    expect(history[0]!.filter).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('npm run cli -- rekap', () => {
  it('writes the month as PDF, and refuses a wrong month with the usage', async () => {
    const setup = await provinceWithReports();
    const pdf = join(temp(), 'rekap-desember.pdf');
    const run = await runCliCaptured(
      'rekap',
      '--month',
      '2026-12',
      '--format',
      'pdf',
      '--out',
      pdf,
      '--data-dir',
      setup.app.paths.root,
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Rekap kabupaten/kota 2026-12 ditulis: ${pdf}`);
    const text = (await readPdf(pdf)).map((page) => page.text).join(' ');
    expect(text).toContain('Rekap Kinerja Kabupaten/Kota — Desember 2026');
    expect(text).toContain('Kabupaten Gowa (73.06)');

    const wrong = await runCliCaptured(
      'rekap',
      '--month',
      '2026-13',
      '--format',
      'pdf',
      '--out',
      pdf,
      '--data-dir',
      setup.app.paths.root,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--month harus bulan seperti 2026-12');
  });
});
