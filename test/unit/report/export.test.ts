import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../export/pdf-text';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';
import { seedDecember } from './seed';

const office = useOffice();
const out = useTempDir();

describe('Laporan kinerja PDF', () => {
  it('prints the kop, title, period, a figure of each section, the notes and the signature on A4 portrait', async () => {
    const setup = await office();
    await seedDecember(setup);
    const target = join(out(), 'laporan.pdf');
    const { record } = await setup.app.services.exports.writeReport(
      {
        period: '2026-12',
        format: 'pdf',
        notes: 'Tayangan Instagram naik karena liputan HUT Kabupaten.',
        actorId: null,
      },
      { target },
    );
    expect(record).toMatchObject({ format: 'pdf', report: '2026-12' });
    const pages = await readPdf(target);
    expect(pages[0]!.size[0]).toBeCloseTo(595.28, 1);
    expect(pages[0]!.size[1]).toBeCloseTo(841.89, 1);
    expect(pages.every((page) => page.fonts.every((font) => font.embedded))).toBe(true);
    const text = pages.map((page) => page.text).join(' ');
    // Kop and title.
    expect(text).toContain('PEMERINTAH KABUPATEN CONTOH');
    expect(text).toContain('Laporan Kinerja Pengelolaan Media Sosial — Desember 2026');
    expect(text).toContain('Periode 1 Desember 2026 – 31 Desember 2026');
    // Summary: 3 planned posts, 80% on time (4 of 5 published channels), previous period beside.
    expect(text).toMatch(/Unggahan direncanakan 3 1 ▲ naik 200%/);
    expect(text).toMatch(/Terbit tepat waktu 80% 100% ▼ turun 20 poin/);
    // Per channel: Instagram 3 planned, 3 published.
    expect(text).toMatch(/IG Pemkab 3 3 100% 0 1/);
    // Approval: three rounds this period.
    expect(text).toMatch(/Putaran persetujuan 3 1/);
    // Pillars: 2 of 3 posts in "Layanan publik" (66,7%) against 60%.
    expect(text).toMatch(/Layanan publik 2 66,7% 60%/);
    // Platform figures with the thousands point: 15.400 views, 850 engagements on Instagram.
    expect(text).toMatch(/IG Pemkab 15\.400 11\.500 850/);
    // Top post and the year's targets.
    expect(text).toMatch(/1 Jalan sehat HUT Kabupaten IG Pemkab 620 12\.400/);
    expect(text).toMatch(/Jumlah unggahan 4 3 75%/);
    // Charts are drawn as vectors with their own words.
    expect(text).toContain('Direncanakan dan terbit per kanal');
    // Notes and signature.
    expect(text).toContain('Tayangan Instagram naik karena liputan HUT Kabupaten.');
    expect(text).toContain('Contoh,');
    expect(text).toContain('Dra. Sri Wahyuni, M.Si.');
    expect(text).toContain('NIP 19700101 200003 2 001');
    expect(text).toMatch(/Halaman 1 dari \d/);
  });

  it('is listed in the export history as a report with its period', async () => {
    const setup = await office();
    await seedDecember(setup);
    const record = await setup.call('report.export', { period: '2026-Q4', format: 'pdf' });
    expect(record.fileName).toBe('laporan-kinerja-2026-Q4.pdf');
    const history = await setup.call('exports.history', { limit: 10 });
    expect(history[0]).toMatchObject({ id: record.id, report: '2026-Q4', available: true });
    expect(history[0]!.filter).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('refuses an unknown period before writing anything', async () => {
    const setup = await office();
    const error = await setup.fail('report.export', { period: '2026-13', format: 'pdf' });
    expect(error.code).toBe('invalid_request');
    expect(await setup.call('exports.history', { limit: 10 })).toEqual([]);
  });
});

describe('Laporan kinerja XLSX', () => {
  it('has the summary and data sheets, figures kept as numbers, A4 fit to width', async () => {
    const setup = await office();
    await seedDecember(setup);
    const target = join(out(), 'laporan.xlsx');
    await setup.app.services.exports.writeReport(
      { period: '2026-12', format: 'xlsx', notes: 'Catatan bulan Desember', actorId: null },
      { target },
    );
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.readFile(target);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ringkasan',
      'Per kanal',
      'Persetujuan',
      'Pilar konten',
      'Angka platform',
      'Unggahan teratas',
      'Target',
    ]);
    const summary = workbook.getWorksheet('Ringkasan')!;
    expect(summary.getCell('A1').value).toBe(
      'Laporan Kinerja Pengelolaan Media Sosial — Desember 2026',
    );
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    const values = summary.getSheetValues().flat().map(String);
    expect(values).toContain('Catatan bulan Desember');
    const reach = workbook.getWorksheet('Angka platform')!;
    const instagram = reach.getRow(2);
    expect(instagram.getCell(1).value).toBe('IG Pemkab');
    expect(instagram.getCell(2).value).toBe(15400);
    expect(instagram.getCell(4).value).toBe(850);
    expect(reach.getColumn(5).numFmt).toBe('0.0%');
  });
});
