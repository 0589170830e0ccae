import { resolve } from 'node:path';

import {
  csvPresetSchema,
  exportFilterSchema,
  exportFormatSchema,
  exportFormats,
  csvPresetIds,
} from '../../../shared/domain/exports';
import { postStatuses } from '../../../shared/domain/post-status';
import { UsageError, type CliCommand } from '../command';
import { csvPresetDefinition } from '../../export/formats/csv-presets';
import { describeBulkIssue } from '../../export/formats/csv-limits';

/** A comma-separated flag (`--status approved,published`) as a list; empty when absent. */
const list = (value: string | boolean | undefined): string[] =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

function parseRequest(values: Record<string, string | boolean | undefined>) {
  const format = exportFormatSchema.safeParse(values.format);
  if (!format.success) {
    throw new UsageError(`--format harus salah satu dari ${exportFormats.join('|')}.`);
  }
  const preset = values.preset === undefined ? undefined : csvPresetSchema.safeParse(values.preset);
  if (preset && !preset.success) {
    throw new UsageError(`--preset harus salah satu dari ${csvPresetIds.join('|')}.`);
  }
  if (preset && format.data !== 'csv') throw new UsageError('--preset hanya untuk --format csv.');
  if (values['no-assets'] && format.data !== 'bundle') {
    throw new UsageError('--no-assets hanya untuk --format bundle.');
  }
  const statuses = list(values.status);
  const filter = exportFilterSchema.safeParse({
    from: values.from,
    to: values.to,
    ...(statuses.length > 0 && { statuses }),
    channelIds: list(values.channel),
    campaignIds: list(values.campaign),
  });
  if (!filter.success) {
    const issue = filter.error.issues[0]!;
    const flag = { statuses: 'status', channelIds: 'channel', campaignIds: 'campaign' }[
      String(issue.path[0])
    ];
    throw new UsageError(`--${flag ?? String(issue.path[0])}: ${issue.message}`);
  }
  if (typeof values.out !== 'string' || values.out.trim() === '') {
    throw new UsageError('--out BERKAS wajib diisi.');
  }
  return {
    filter: filter.data,
    format: format.data,
    preset: preset?.data,
    includeAssets: values['no-assets'] ? ('none' as const) : ('attached' as const),
    out: values.out,
  };
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'ekspor jadwal ke berkas: --from --to --format --out [--preset] [--status] ',
  options: {
    from: { type: 'string', description: 'tanggal awal YYYY-MM-DD (zona kantor)' },
    to: { type: 'string', description: 'tanggal akhir YYYY-MM-DD, ikut dihitung' },
    format: { type: 'string', description: exportFormats.join('|') },
    preset: { type: 'string', description: `format CSV: ${csvPresetIds.join('|')}` },
    status: {
      type: 'string',
      description: `status, dipisah koma (bawaan approved): ${postStatuses.join(',')}`,
    },
    channel: {
      type: 'string',
      description:
        'id kanal, dipisah koma (bawaan: semua); format Buffer/Sprout/Hootsuite: satu berkas per kanal, beberapa kanal → --out .zip',
    },
    campaign: { type: 'string', description: 'id pilar konten, dipisah koma (bawaan: semua)' },
    out: { type: 'string', description: 'berkas tujuan (ditulis utuh atau tidak sama sekali)' },
    'no-assets': {
      type: 'boolean',
      description: 'paket saja: tanpa foto dan video lampiran (hanya unggahan)',
    },
  },
  validate(values) {
    parseRequest(values);
  },
  async run(app, values, io) {
    const request = parseRequest(values);
    const target = resolve(process.env.INIT_CWD ?? process.cwd(), request.out);
    // Ctrl+C stops between rows and removes the temp file; the target is never half written.
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    try {
      if (request.format === 'csv' && request.preset && request.preset !== 'standard') {
        const { bulk } = app.services.exports.preview({
          filter: request.filter,
          limit: 1,
          preset: request.preset,
        });
        const tool = csvPresetDefinition(request.preset).label.id;
        for (const issue of bulk!.issues) io.out(`Peringatan: ${describeBulkIssue(issue, tool)}`);
        if (bulk!.files.length > 1 && !request.out.toLowerCase().endsWith('.zip')) {
          io.err(
            `${tool} mengimpor satu berkas per profil; ekspor ini menjadi ${bulk!.files.length} berkas (${bulk!.files.map((f) => f.name).join(', ')}). Pilih satu kanal dengan --channel ID, atau tulis --out dengan akhiran .zip.`,
          );
          return 2;
        }
      }
      const { record } = await app.services.exports.write(
        { ...request, actorId: null },
        { signal: controller.signal, target },
      );
      io.out(
        `Diekspor: ${target} (${record.fileName}; ${record.posts} unggahan, ${record.rows} baris, ${record.bytes} byte)`,
      );
      io.out(`SHA-256: ${record.sha256}`);
      return 0;
    } catch (error) {
      if (controller.signal.aborted) {
        io.err('Ekspor dibatalkan; tidak ada berkas yang ditulis.');
        return 1;
      }
      throw error;
    } finally {
      process.off('SIGINT', stop);
    }
  },
};
