import { resolve } from 'node:path';
import { parsePeriod } from '../../../shared/domain/report';
import { UsageError, type CliCommand } from '../command';

const formats = ['pdf', 'xlsx'] as const;

function parseRequest(values: Record<string, string | boolean | undefined>) {
  const period = typeof values.period === 'string' ? values.period.trim() : '';
  if (!parsePeriod(period)) {
    throw new UsageError(
      `--period harus bulan (2026-12), triwulan (2026-Q4) atau tahun (2026), bukan "${period}".`,
    );
  }
  const format = values.format;
  if (!formats.includes(format as (typeof formats)[number])) {
    throw new UsageError(`--format harus salah satu dari ${formats.join('|')}.`);
  }
  if (typeof values.out !== 'string' || values.out.trim() === '') {
    throw new UsageError('--out BERKAS wajib diisi.');
  }
  // Without --notes, the period's notes as stored in Laporan › Catatan.
  const notes = typeof values.notes === 'string' ? values.notes : undefined;
  if (notes !== undefined && notes.length > 4000)
    throw new UsageError('--notes paling panjang 4.000 karakter.');
  return { period, format: format as (typeof formats)[number], out: values.out, notes };
}

/** `report`: the Laporan kinerja of a month, quarter or year as PDF or XLSX, as the app exports it. */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'laporan kinerja ke berkas: --period 2026-12|2026-Q4|2026 --format pdf|xlsx --out',
  options: {
    period: { type: 'string', description: 'bulan 2026-12, triwulan 2026-Q4 atau tahun 2026' },
    format: { type: 'string', description: formats.join('|') },
    out: { type: 'string', description: 'berkas tujuan (ditulis utuh atau tidak sama sekali)' },
    notes: {
      type: 'string',
      description: 'catatan yang ikut tercetak di laporan (tanpa ini: catatan yang tersimpan)',
    },
  },
  validate(values) {
    parseRequest(values);
  },
  async run(app, values, io) {
    const request = parseRequest(values);
    const target = resolve(io.env.INIT_CWD ?? process.cwd(), request.out);
    const { record } = await app.services.exports.writeReport(
      { period: request.period, format: request.format, notes: request.notes, actorId: null },
      { target },
    );
    io.out(`Laporan kinerja ${request.period} ditulis: ${target} (${record.bytes} byte)`);
    io.out(`SHA-256: ${record.sha256}`);
    return 0;
  },
};
