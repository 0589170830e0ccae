import { catalogs } from '../../../shared/i18n';
import { isAbsolute, resolve } from 'node:path';
import {
  conflictResolutions,
  type ConflictResolution,
  type ImportPlan,
  type ImportPlanPost,
  type ImportResolutions,
} from '../../../shared/domain/bundle';
import { zoneLabel } from '../../../shared/time';
import { formatBytes } from '../../assets/messages';
import { applyImport, planImport } from '../../bundle';
import { settingsRepository } from '../../db/repositories/settings';
import { UsageError, withInterrupt, type CliCommand, type CliIo } from '../command';
import { cliTime, differenceLines } from './bundle-differences';
import { keyedText } from '../words';

/** The flag spells resolutions with dashes, as command lines do. */
const resolveFlag = (value: string): ConflictResolution | undefined =>
  conflictResolutions.find((r) => r.replace('_', '-') === value);

/** The interface's status words ("Menunggu persetujuan"), so the CLI and the app agree. */
const statusWord = catalogs.id.approval.status;

const resolutionWord: Record<ConflictResolution, string> = {
  keep_mine: 'pertahankan versi di sini',
  take_theirs: 'ambil versi paket',
  keep_both: 'simpan keduanya (versi paket sebagai salinan draf)',
};

export const importBundleCommand: CliCommand = {
  name: 'import-bundle',
  owner: true,
  arguments: 'BERKAS',
  summary:
    'impor paket .linimasa: tampilkan rencana (baru, diperbarui, bentrok, sama), lalu terapkan',
  positionals: true,
  options: {
    'dry-run': { type: 'boolean', description: 'hanya tampilkan rencana; tidak ada yang diubah' },
    resolve: {
      type: 'string',
      description: 'untuk semua bentrok: keep-mine | take-theirs | keep-both',
    },
  },
  validate(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('import-bundle butuh tepat satu berkas.');
    const flag = values.resolve;
    if (flag !== undefined && resolveFlag(String(flag)) === undefined) {
      throw new UsageError(
        `--resolve harus keep-mine, take-theirs atau keep-both, bukan "${String(flag)}".`,
      );
    }
  },
  async run(app, values, io, positionals) {
    // npm run starts scripts in the package folder; INIT_CWD is where the person typed.
    const base = io.env.INIT_CWD ?? process.cwd();
    const file = isAbsolute(positionals[0]!) ? positionals[0]! : resolve(base, positionals[0]!);
    const zone = settingsRepository(app.db).get().timeZone;
    // Without --dry-run the import itself checks every file again: reading it twice is not needed.
    const plan = await withInterrupt(io, 'Menghentikan… (tidak ada yang diubah)', (signal) =>
      planImport(app, file, { signal, verifyAssets: Boolean(values['dry-run']) }),
    );
    printPlan(io, plan, zone);
    if (values['dry-run']) {
      io.out('');
      io.out('Uji coba saja (--dry-run): tidak ada yang diubah.');
      return 0;
    }
    const resolution =
      values.resolve === undefined ? undefined : resolveFlag(String(values.resolve));
    const conflicts = plan.posts.filter((p) => p.kind === 'conflict');
    if (conflicts.length > 0 && !resolution) {
      io.err('');
      io.err(
        `${conflicts.length} unggahan bentrok. Tidak ada yang diubah. Ulangi dengan --resolve keep-mine, take-theirs atau keep-both.`,
      );
      return 1;
    }
    const resolutions: ImportResolutions = Object.fromEntries(
      conflicts.map((p) => [p.id, resolution!]),
    );
    if (resolution && conflicts.length > 0) io.out(`Bentrok: ${resolutionWord[resolution]}.`);
    let phase = '';
    const summary = await withInterrupt(io, 'Menghentikan… (tidak ada yang diubah)', (signal) =>
      applyImport(app, file, resolutions, {
        signal,
        progress: (progress) => {
          if (progress.phase === phase) return;
          phase = progress.phase;
          io.out(
            {
              verify: '… memeriksa isi paket',
              assets: '… menambahkan aset ke pustaka',
              save: '… menyimpan unggahan',
            }[progress.phase],
          );
        },
      }),
    );
    io.out('');
    io.out(
      `Selesai: ${summary.created} baru, ${summary.updated} diperbarui, ${summary.keptMine} dipertahankan, ${summary.keptBoth} disimpan keduanya, ${summary.unchanged} sama.`,
    );
    io.out(
      `Aset: ${summary.assets.imported} diimpor, ${summary.assets.reused} sudah ada` +
        (summary.assets.missing > 0 ? `, ${summary.assets.missing} tidak ikut dalam paket.` : '.'),
    );
    const made = [
      summary.createdChannels && `${summary.createdChannels} kanal`,
      summary.createdCampaigns && `${summary.createdCampaigns} kampanye`,
      summary.createdPeople && `${summary.createdPeople} orang`,
    ].filter(Boolean);
    if (made.length > 0) io.out(`Dibuat: ${made.join(', ')}.`);
    return 0;
  },
};

function printPlan(io: CliIo, plan: ImportPlan, zone: string): void {
  const { bundle, counts, assets, create } = plan;
  io.out(
    `Paket dari ${bundle.officeName || '(kantor tanpa nama)'}, dibuat ${when(bundle.createdAt, zone)} (Linimasa ${bundle.appVersion}, ${formatBytes(bundle.bytes)})` +
      (bundle.fromHere ? ' — dibuat oleh folder data ini sendiri.' : '.'),
  );
  if (bundle.filter) io.out(`Rentang: ${bundle.filter.from} s.d. ${bundle.filter.to}`);
  if (bundle.timeZone && bundle.timeZone !== zone) {
    io.out(
      `Zona waktu berbeda: kantor pengirim memakai ${zoneLabel(bundle.timeZone)} (${bundle.timeZone}), di sini ${zoneLabel(zone)} (${zone}); waktu tayang ditampilkan dalam keduanya.`,
    );
  }
  io.out(
    `Unggahan: ${counts.new} baru, ${counts.updated} diperbarui, ${counts.conflict} bentrok, ${counts.unchanged} sama`,
  );
  io.out(
    `Aset: ${assets.new} baru (${formatBytes(assets.newBytes)}), ${assets.present} sudah ada` +
      (assets.missing > 0 ? `, ${assets.missing} tidak ikut dalam paket` : ''),
  );
  const made = [
    create.channels.length && `${create.channels.length} kanal`,
    create.campaigns.length && `${create.campaigns.length} kampanye`,
    create.people.length && `${create.people.length} orang`,
  ].filter(Boolean);
  if (made.length > 0) io.out(`Akan dibuat: ${made.join(', ')}`);
  for (const notice of plan.notices) io.out(`Catatan: ${keyedText(notice)}`);
  const settled = plan.posts.filter((p) => p.settledBefore).length;
  if (settled > 0) {
    io.out(
      `Sudah diputuskan sebelumnya: ${settled} unggahan pernah bentrok dengan versi yang sama; keputusan itu dipakai lagi.`,
    );
  }
  const conflicts = plan.posts.filter((p) => p.kind === 'conflict');
  if (conflicts.length === 0) return;
  io.out('');
  io.out('Bentrok (diubah di sini dan di paket):');
  for (const post of conflicts) printConflict(io, post, zone, bundle.timeZone);
}

function printConflict(
  io: CliIo,
  post: ImportPlanPost,
  zone: string,
  senderZone: string | null,
): void {
  io.out(`  • ${post.id}`);
  const side = (
    label: string,
    s: NonNullable<ImportPlanPost['local']> | ImportPlanPost['remote'],
  ) =>
    io.out(
      `      ${label}: "${s.title}" · ${s.scheduledAt ? when(s.scheduledAt, zone) : 'belum dijadwalkan'} · ${statusWord[s.status]}${
        'inTrash' in s && s.inTrash ? ' · di Sampah' : ''
      } · diubah ${when(s.updatedAt, zone)}`,
    );
  if (post.local) side('di sini ', post.local);
  side('di paket', post.remote);
  for (const line of differenceLines(post, zone, senderZone)) io.out(line);
}

const when = cliTime;
