import { isAbsolute, resolve } from 'node:path';
import type { ImportResult } from '../../../shared/domain/assets';
import { formatBytes } from '../../assets/messages';
import { UsageError, withInterrupt, type CliCommand } from '../command';
import { reasonText } from '../words';

const statusWord: Record<ImportResult['status'], string> = {
  imported: 'diimpor',
  duplicate: 'sudah ada',
  failed: 'GAGAL',
};

/** Byte progress of a long file at most this often, so a 4 GB video shows life. */
const progressEveryMs = 2_000;

export const importAssetsCommand: CliCommand = {
  name: 'import-assets',
  owner: true,
  arguments: 'PATH...',
  summary: 'impor berkas/folder (rekursif) ke pustaka aset; keluar 1 bila ada yang gagal',
  positionals: true,
  validate(_values, positionals) {
    if (positionals.length === 0) {
      throw new UsageError('Sebutkan minimal satu berkas atau folder: import-assets PATH...');
    }
  },
  async run(app, _values, io, positionals) {
    // npm run starts scripts in the package folder; INIT_CWD is where the person typed.
    const base = io.env.INIT_CWD ?? process.cwd();
    const paths = positionals.map((p) => (isAbsolute(p) ? p : resolve(base, p)));
    let lastPrint = Date.now();
    let total: number | null = null;
    let done = 0;
    const summary = await withInterrupt(
      io,
      'Menghentikan… (berkas yang sedang diproses dibuang)',
      (signal) =>
        app.library.importPaths(paths, {
          signal,
          onResult: (result) => {
            done += 1;
            io.out(
              `${total === null ? '' : `[${done}/${total}] `}${result.name} — ${statusWord[result.status]}${
                result.status === 'failed' ? `: ${reasonText(result)}` : ''
              }`,
            );
          },
          onProgress: (progress) => {
            total = progress.filesTotal;
            if (progress.current && Date.now() - lastPrint >= progressEveryMs) {
              lastPrint = Date.now();
              io.out(
                `… ${formatBytes(progress.bytesDone)} / ${formatBytes(progress.bytesTotal)} (${progress.current})`,
              );
            }
          },
        }),
    );
    io.out('');
    io.out(
      `${summary.cancelled ? 'Dibatalkan' : 'Selesai'}: ${summary.imported} diimpor, ${summary.duplicate} sudah ada, ${summary.failed} gagal` +
        (summary.skipped ? `, ${summary.skipped} berkas sistem/tersembunyi dilewati.` : '.'),
    );
    const failed = summary.results.filter((r) => r.status === 'failed');
    if (failed.length > 0) {
      io.err('Gagal:');
      for (const result of failed) io.err(`  ${result.source}: ${reasonText(result)}`);
    }
    return failed.length > 0 || summary.cancelled ? 1 : 0;
  },
};

export const verifyAssetsCommand: CliCommand = {
  name: 'verify-assets',
  summary: 'periksa ulang (hash) semua berkas pustaka aset; keluar 1 bila ada yang hilang/rusak',
  async run(app, _values, io) {
    await app.library.ready;
    let lastPrint = Date.now();
    const report = await withInterrupt(
      io,
      'Menghentikan… (berkas yang sedang diproses dibuang)',
      (signal) =>
        app.library.verify({
          signal,
          onProblem: (problem) =>
            io.out(
              `${problem.status === 'missing' ? 'HILANG' : 'RUSAK'}: ${problem.name} (${problem.assetId})`,
            ),
          onProgress: (progress) => {
            if (Date.now() - lastPrint >= progressEveryMs) {
              lastPrint = Date.now();
              io.out(
                `… ${progress.filesDone}/${progress.filesTotal} berkas, ${formatBytes(progress.bytesDone)} / ${formatBytes(progress.bytesTotal)}`,
              );
            }
          },
        }),
    );
    const checked = report.ok + report.missing + report.corrupt;
    io.out(
      `${report.cancelled ? 'Dibatalkan setelah' : 'Diperiksa'} ${checked} aset: ${report.ok} utuh, ${report.missing} hilang, ${report.corrupt} rusak.`,
    );
    if (report.thumbsMissing > 0) {
      io.out(
        `Gambar mini: ${report.thumbsMissing} hilang, ${report.thumbsRebuilt} dibuat ulang.` +
          (report.thumbsRebuilt < report.thumbsMissing
            ? ' Sisanya tidak bisa dibuat dari berkas aslinya; asetnya tetap utuh.'
            : ''),
      );
    }
    return report.missing + report.corrupt > 0 || report.cancelled ? 1 : 0;
  },
};
