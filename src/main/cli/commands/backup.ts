import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { restoreBackup } from '../../backup/restore';
import { UsageError, type CliCommand } from '../command';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'cadangkan basis data sekarang ke backups/ (cadangan lama dipangkas)',
  async run(app, _values, io) {
    const backup = await app.services.backup.create();
    io.out(
      `Cadangan dibuat: ${backup.name} (${(backup.bytes / 1024).toFixed(0)} KB) di ${app.paths.backups}`,
    );
    return 0;
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'periksa keutuhan basis data (PRAGMA integrity_check)',
  run(app, _values, io) {
    const report = app.services.backup.check();
    if (report.ok) {
      io.out('Basis data utuh (integrity_check: ok).');
      return 0;
    }
    io.err(`Basis data bermasalah (${report.problems.length} temuan):`);
    for (const problem of report.problems) io.err(`  ${problem}`);
    io.err('Pulihkan dari cadangan terbaru: npm run cli -- restore BERKAS --yes');
    return 1;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  owner: true,
  summary:
    'pulihkan basis data dari berkas cadangan (tutup aplikasi dulu; keadaan sekarang dicadangkan lebih dulu): --yes',
  arguments: 'BERKAS',
  positionals: true,
  withoutApp: true,
  options: {
    yes: { type: 'boolean', description: 'konfirmasi: ganti basis data dengan cadangan ini' },
  },
  validate(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('restore butuh tepat satu berkas cadangan.');
    if (!values.yes) {
      throw new UsageError(
        'Memulihkan mengganti data sekarang (yang lebih dulu dicadangkan). Ulangi dengan --yes.',
      );
    }
  },
  async run(_app, _values, io, positionals, dataDir) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
    if (!isAbsolute(file) || !existsSync(file)) {
      io.err(`Berkas cadangan tidak ditemukan: ${file}`);
      return 1;
    }
    const { safetyCopy, setAside, assetsKept } = await restoreBackup(dataDir, file);
    io.out(`Dipulihkan dari ${file}.`);
    if (safetyCopy) io.out(`Keadaan sebelumnya disimpan sebagai ${safetyCopy.name}.`);
    if (setAside) io.out(`Basis data lama tidak bisa dibuka; disisihkan ke ${setAside}.`);
    if (assetsKept > 0)
      io.out(`${assetsKept} aset yang diimpor setelah cadangan tetap di pustaka.`);
    return 0;
  },
};
