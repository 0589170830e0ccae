import { resolve } from 'node:path';
import { configDir, defaultDataDir, legacyDataDir } from '../../data-dir';
import { moveDataDir, MoveRefused } from '../../data-location/move';
import { UsageError, withInterrupt, type CliCommand } from '../command';
import { errorText } from '../words';

/** `move-data --to FOLDER`: the CLI's way to change where the data lives (tutup aplikasi dulu). */
export const moveDataCommand: CliCommand = {
  name: 'move-data',
  summary:
    'pindahkan folder data ke folder lain yang kosong (tutup aplikasi dulu; folder lama disimpan sampai Anda menghapusnya): --to',
  withoutApp: true,
  // Owns the folder while it copies: a writer starting meanwhile is refused, not copied half-way.
  owner: true,
  options: {
    to: { type: 'string', description: 'folder tujuan, kosong atau belum ada' },
  },
  validate(values) {
    if (typeof values.to !== 'string' || values.to === '')
      throw new UsageError('--to FOLDER wajib diisi.');
  },
  async run(_app, values, io, _positionals, dataDir) {
    const to = resolve(io.env.INIT_CWD ?? process.cwd(), values.to as string);
    const platform = process.platform;
    // The one move into the old folder that is allowed: macOS's new default lies inside it.
    const allowInside =
      resolve(dataDir) === legacyDataDir(platform, io.env) &&
      to === defaultDataDir(platform, io.env);
    io.out(`Memindahkan data dari ${dataDir} ke ${to} …`);
    let shown = -1;
    try {
      const result = await withInterrupt(
        io,
        'Dibatalkan: salinan yang belum selesai dihapus, data tetap di tempat semula.',
        (signal) =>
          moveDataDir({
            from: dataDir,
            to,
            configDir: configDir(platform, io.env),
            allowInside,
            signal,
            onProgress: ({ copiedBytes, totalBytes }) => {
              const tenth = Math.floor((copiedBytes / Math.max(totalBytes, 1)) * 10);
              if (tenth > shown) {
                shown = tenth;
                io.out(`  ${tenth * 10}%`);
              }
            },
          }),
      );
      io.out(`Selesai: ${result.files} berkas disalin dan diperiksa. Linimasa kini memakai ${to}.`);
      io.out(`Berkas lama disimpan di ${result.oldFiles}; hapus setelah Anda yakin semuanya baik.`);
      if (io.env.LINIMASA_DATA_DIR) {
        io.out(`LINIMASA_DATA_DIR masih menunjuk ke lokasi lama: ubah menjadi ${to}.`);
      }
      return 0;
    } catch (error) {
      if (error instanceof MoveRefused) {
        io.err(errorText(error));
        return 1;
      }
      throw error;
    }
  },
};
