import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli-run';
import { readPdf } from '../export/pdf-text';
import { useTempDir } from '../helpers';
import { useOffice } from '../posts/fixture';
import { seedDecember } from './seed';

const office = useOffice();
const out = useTempDir();

describe('npm run cli -- report', () => {
  it('writes the quarter as PDF and the month as XLSX, each recorded in the history', async () => {
    const setup = await office();
    await seedDecember(setup);
    const dataDir = setup.app.paths.root;
    const pdf = join(out(), 'laporan-q4.pdf');
    const run = await runCliCaptured(
      'report',
      '--period',
      '2026-Q4',
      '--format',
      'pdf',
      '--out',
      pdf,
      '--notes',
      'Catatan triwulan',
      '--data-dir',
      dataDir,
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Laporan kinerja 2026-Q4 ditulis: ${pdf}`);
    const text = (await readPdf(pdf)).map((page) => page.text).join(' ');
    expect(text).toContain('Laporan Kinerja Pengelolaan Media Sosial — Triwulan IV 2026');
    expect(text).toContain('Periode 1 Oktober 2026 – 31 Desember 2026');
    // The quarter holds November's post too: four planned.
    expect(text).toMatch(/Unggahan direncanakan 4 0/);
    expect(text).toContain('Catatan triwulan');

    const xlsx = join(out(), 'laporan-desember.xlsx');
    const month = await runCliCaptured(
      'report',
      '--period=2026-12',
      '--format=xlsx',
      `--out=${xlsx}`,
      '--data-dir',
      dataDir,
    );
    expect(month.code).toBe(0);
    expect(existsSync(xlsx)).toBe(true);
    const history = setup.app.services.exports.history({ limit: 5 });
    expect(history.map((r) => [r.report, r.format])).toEqual([
      ['2026-12', 'xlsx'],
      ['2026-Q4', 'pdf'],
    ]);
  });

  it('refuses a wrong period, format or missing --out with the usage (exit 2)', async () => {
    const setup = await office();
    const dataDir = setup.app.paths.root;
    const target = join(out(), 'x.pdf');
    const bad = await runCliCaptured(
      'report',
      '--period',
      'Desember',
      '--format',
      'pdf',
      '--out',
      target,
      '--data-dir',
      dataDir,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      '--period harus bulan (2026-12), triwulan (2026-Q4) atau tahun (2026)',
    );
    const format = await runCliCaptured(
      'report',
      '--period',
      '2026-12',
      '--format',
      'docx',
      '--out',
      target,
      '--data-dir',
      dataDir,
    );
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format harus salah satu dari pdf|xlsx');
    const noOut = await runCliCaptured(
      'report',
      '--period',
      '2026',
      '--format',
      'pdf',
      '--data-dir',
      dataDir,
    );
    expect(noOut.code).toBe(2);
    expect(existsSync(target)).toBe(false);
  });
});
