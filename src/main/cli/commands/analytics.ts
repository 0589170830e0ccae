import { isAbsolute, resolve } from 'node:path';
import { analyticsPlatformChoices } from '../../../shared/api/methods/analytics';
import { peopleRepository } from '../../db/repositories/people';
import { UsageError, type CliCommand } from '../command';

type Choice = (typeof analyticsPlatformChoices)[number];

/**
 * `import-analytics FILE`: a platform's per-post export into the figures, as Laporan › Impor
 * data platform does. Uncertain matches are listed and left for review in the app (or taken
 * with --dry-run first to see them).
 */
export const importAnalyticsCommand: CliCommand = {
  name: 'import-analytics',
  owner: true,
  arguments: 'BERKAS',
  summary:
    'impor ekspor analitik per unggahan (Meta, TikTok, YouTube, X; CSV/XLSX): cocok / perlu ditinjau / di luar rencana',
  positionals: true,
  options: {
    platform: {
      type: 'string',
      description: 'auto | instagram | facebook | tiktok | youtube | x (bawaan: auto)',
    },
    'dry-run': {
      type: 'boolean',
      description: 'hanya tampilkan hasil pencocokan; tidak ada yang diubah',
    },
    'as-of': {
      type: 'string',
      description: 'tanggal angka itu berlaku, YYYY-MM-DD (bawaan: hari ini)',
    },
    as: {
      type: 'string',
      description: 'nama orang yang mengimpor (bawaan: admin/penyetuju pertama)',
    },
  },
  validate(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('import-analytics butuh tepat satu berkas.');
    const platform = values.platform;
    if (platform !== undefined && !analyticsPlatformChoices.includes(String(platform) as Choice)) {
      throw new UsageError(
        `--platform harus salah satu dari ${analyticsPlatformChoices.join(', ')}, bukan "${String(platform)}".`,
      );
    }
    const asOf = values['as-of'];
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(asOf))) {
      throw new UsageError(`--as-of harus berformat YYYY-MM-DD, bukan "${String(asOf)}".`);
    }
  },
  async run(app, values, io, positionals) {
    const base = io.env.INIT_CWD ?? process.cwd();
    const file = isAbsolute(positionals[0]!) ? positionals[0]! : resolve(base, positionals[0]!);
    const people = peopleRepository(app.db).list(false);
    const wanted = values.as === undefined ? undefined : String(values.as).toLowerCase();
    const person = wanted
      ? people.find((p) => p.name.toLowerCase() === wanted || p.id === wanted)
      : (people.find((p) => p.role === 'admin') ?? people.find((p) => p.role === 'approver'));
    if (!person) {
      io.err(
        wanted
          ? `Orang "${String(values.as)}" tidak ditemukan.`
          : 'Belum ada admin atau penyetuju: tambahkan di Pengaturan › Orang, atau pakai --as NAMA.',
      );
      return 1;
    }
    const result = await app.services.analytics.import({
      actorId: person.id,
      path: file,
      platform: (values.platform as Choice | undefined) ?? 'auto',
      asOf: values['as-of'] as string | undefined,
      dryRun: Boolean(values['dry-run']),
      resolutions: [],
    });
    const { counts } = result;
    io.out(
      `${result.fileName}: ${result.rows} baris ${result.platform} untuk kanal ${result.channelName}, per ${result.asOf}.`,
    );
    if (result.alreadyImported) io.out('Berkas ini sudah pernah diimpor: tidak ada yang berubah.');
    io.out(
      `Cocok: ${counts.matched} · perlu ditinjau: ${counts.uncertain} · terbit di luar rencana: ${counts.unmatched} · tidak berubah: ${counts.unchanged}`,
    );
    for (const row of result.review) {
      io.out(
        `  Baris ${row.row} (${row.day}) "${row.caption.slice(0, 60)}" — mungkin: ${row.candidates
          .map((c) => c.title)
          .join(' / ')}`,
      );
    }
    io.out(
      result.dryRun
        ? 'Uji coba: tidak ada yang disimpan.'
        : result.written
          ? counts.uncertain > 0
            ? 'Tersimpan. Baris yang perlu ditinjau menunggu di Laporan › Impor data platform.'
            : 'Tersimpan.'
          : 'Tidak ada yang perlu disimpan.',
    );
    return 0;
  },
};
