import { resolve } from 'node:path';
import { monthSchema } from '../../../shared/domain/province-report';
import { UsageError, type CliCommand } from '../command';

const formats = ['pdf', 'xlsx'] as const;

function parseRequest(values: Record<string, string | boolean | undefined>) {
  const month = typeof values.month === 'string' ? values.month.trim() : '';
  if (!monthSchema.safeParse(month).success) {
    throw new UsageError(`--month harus bulan seperti 2026-12, bukan "${month}".`);
  }
  const format = values.format;
  if (!formats.includes(format as (typeof formats)[number])) {
    throw new UsageError(`--format harus salah satu dari ${formats.join('|')}.`);
  }
  if (typeof values.out !== 'string' || values.out.trim() === '') {
    throw new UsageError('--out BERKAS wajib diisi.');
  }
  return { month, format: format as (typeof formats)[number], out: values.out };
}

/** `rekap`: the Rekap provinsi of a month as PDF or XLSX, as the app exports it. */
export const rekapCommand: CliCommand = {
  name: 'rekap',
  summary: 'rekap kinerja kabupaten/kota (kantor provinsi) ke berkas: --month --format --out',
  options: {
    month: { type: 'string', description: 'bulan, mis. 2026-12' },
    format: { type: 'string', description: formats.join('|') },
    out: { type: 'string', description: 'berkas tujuan (ditulis utuh atau tidak sama sekali)' },
  },
  validate(values) {
    parseRequest(values);
  },
  async run(app, values, io) {
    const request = parseRequest(values);
    const target = resolve(io.env.INIT_CWD ?? process.cwd(), request.out);
    const { record } = await app.services.exports.writeRekap(
      { month: request.month, format: request.format, actorId: null },
      { target },
    );
    io.out(`Rekap kabupaten/kota ${request.month} ditulis: ${target} (${record.bytes} byte)`);
    io.out(`SHA-256: ${record.sha256}`);
    return 0;
  },
};
