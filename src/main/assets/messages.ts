import { diskFullMessage, type DiskFullFigures } from '../disk/full';
import { diskSpace, isDiskFull } from '../disk/space';

/**
 * Why one file could not be imported, in words a person in the office understands. The batch
 * goes on; the reason lands in that file's result.
 */
export class ImportFailure extends Error {
  constructor(
    message: string,
    /** Which failure, for callers that look closer (a "corrupt" image on a full disk). */
    readonly kind: 'corrupt_image' | 'disk_full' | 'other' = 'other',
  ) {
    super(message);
    this.name = 'ImportFailure';
  }

  static empty = () => new ImportFailure('Berkas kosong (0 byte).');
  static notFound = () =>
    new ImportFailure('Berkas tidak ditemukan (sudah dipindah atau dihapus?).');
  static notAFile = () =>
    new ImportFailure('Bukan berkas biasa (mungkin perangkat, soket atau pintasan rusak).');
  static tooLarge = (limit: number) =>
    new ImportFailure(`Berkas terlalu besar; batasnya ${formatBytes(limit)}.`);
  static unsupported = (what: string) =>
    new ImportFailure(`Jenis berkas tidak didukung (${what}).`);
  static mismatch = (ext: string) =>
    new ImportFailure(
      `Isi berkas tidak sesuai dengan namanya (.${ext}): berkas mungkin rusak atau salah nama.`,
    );
  /** `cause`, when given, is checked: a thumbnail that could not be written is not a broken image. */
  static corruptImage = (cause?: unknown) =>
    isDiskFull(cause)
      ? ImportFailure.diskFull()
      : new ImportFailure(
          'Gambar rusak atau terpotong; tidak dapat dibaca sampai akhir.',
          'corrupt_image',
        );
  /** An SVG with a script, an event attribute or a javascript: link (svg-script.ts). */
  static svgScript = () =>
    new ImportFailure(
      'Gambar SVG ini berisi skrip atau tautan javascript: dan tidak diterima, karena skrip dapat berjalan saat gambar dibuka. Simpan ulang tanpa skrip (mis. ekspor sebagai SVG biasa atau PNG), lalu impor lagi.',
    );
  /** The image itself decoded; only its previews (thumbnails) could not be stored. */
  static previewsNotWritten = () =>
    new ImportFailure(
      'Gambarnya utuh, tetapi pratinjaunya tidak dapat disimpan di folder data (ruang penyimpanan atau izin folder). Periksa ruang disk, lalu impor lagi.',
    );
  static unreadable = (code: string | undefined) =>
    new ImportFailure(
      code === 'EACCES' || code === 'EPERM'
        ? 'Berkas tidak dapat dibaca: izin ditolak.'
        : `Berkas tidak dapat dibaca${code ? ` (${code})` : ''}.`,
    );
  /** A scanner or indexer still held our copy after the retries: not the photo's fault. */
  static locked = () =>
    new ImportFailure(
      'Berkas sedang dikunci aplikasi lain (mis. antivirus). Tunggu sebentar lalu impor lagi.',
    );
  /** Names the disk, never the file, with the figures when they are known. */
  static diskFull = (figures: DiskFullFigures = {}) =>
    new ImportFailure(diskFullMessage(figures), 'disk_full');
  static cancelled = () => new ImportFailure('Dibatalkan.');
}

/**
 * Turns any error met while importing one file into a per-file reason. `dir`, when given, is
 * where the file was being stored: a full disk is reported with what is free there.
 */
export function reasonFor(error: unknown, dir?: string): string {
  if (error instanceof ImportFailure) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return ImportFailure.notFound().message;
  if (code === 'file_locked' || code === 'EBUSY') return ImportFailure.locked().message;
  if (isDiskFull(error)) {
    return ImportFailure.diskFull({ free: dir === undefined ? undefined : diskSpace(dir)?.free })
      .message;
  }
  if (code === 'ABORT_ERR' || (error as Error | undefined)?.name === 'AbortError')
    return ImportFailure.cancelled().message;
  if (code && /^E[A-Z]+$/.test(code)) return ImportFailure.unreadable(code).message;
  return `Gagal diimpor: ${(error as Error | undefined)?.message ?? String(error)}`;
}

export function formatBytes(bytes: number): string {
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0
    ? `${value} byte`
    : `${value.toLocaleString('id-ID', { maximumFractionDigits: 1 })} ${units[unit]}`;
}
