import { AppError, type ErrorCode, type ErrorDetails } from '../../shared/api/errors';
import { diskFullMessage, type DiskFullFigures } from '../disk/full';
import { formatBytes, reasonFor } from '../assets/messages';

/** Why a bundle was refused or an exchange could not go on; stable for tests and logs. */
export type BundleProblem =
  | 'file_missing'
  | 'not_zip'
  | 'truncated'
  | 'corrupt'
  | 'unsafe_name'
  | 'symlink'
  | 'duplicate_entry'
  | 'unknown_entry'
  | 'unlisted_entry'
  | 'missing_entry'
  | 'too_large'
  | 'zip_bomb'
  | 'encrypted'
  | 'checksum'
  | 'not_bundle'
  | 'future_version'
  | 'invalid_data'
  | 'unresolved_conflicts'
  | 'disk_full'
  | 'asset_unavailable';

/**
 * A bundle refused, with a message an office worker can act on. It is an AppError, so the API
 * returns it as `invalid_request` (or `conflict` for unresolved conflicts) with this message.
 */
export class BundleError extends AppError {
  constructor(
    readonly problem: BundleProblem,
    message: string,
    code: ErrorCode = 'invalid_request',
    details?: ErrorDetails,
  ) {
    super(code, message, undefined, details);
    this.name = 'BundleError';
  }
}

const refused = (problem: BundleProblem, message: string) =>
  new BundleError(problem, `Paket ditolak: ${message}`);

/** Entry names are shown quoted and cut short: they come from a file we do not trust. */
export function shown(name: string): string {
  const visible = name.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what we make visible
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return `"${visible.length > 120 ? `${visible.slice(0, 117)}…` : visible}"`;
}

export const bundleErrors = {
  fileMissing: () =>
    new BundleError(
      'file_missing',
      'Berkas paket tidak ditemukan (sudah dipindah, atau flashdisk dicabut?).',
      'not_found',
    ),
  notZip: () =>
    new BundleError(
      'not_zip',
      'Berkas ini bukan paket Linimasa (.linimasa): isinya bukan arsip zip.',
    ),
  truncated: () =>
    new BundleError(
      'truncated',
      'Paket terpotong: bagian akhirnya tidak ada (salinan belum selesai?). Salin ulang paketnya lalu coba lagi.',
    ),
  corrupt: (detail: string) =>
    new BundleError('corrupt', `Paket rusak dan tidak dapat dibaca (${detail}).`),
  parentPath: (name: string) =>
    refused('unsafe_name', `entri ${shown(name)} mengandung ".." (menunjuk ke luar folder).`),
  absolutePath: (name: string) =>
    refused('unsafe_name', `entri ${shown(name)} berjalur mutlak (diawali "/" atau huruf drive).`),
  backslash: (name: string) =>
    refused('unsafe_name', `entri ${shown(name)} memakai garis miring terbalik "\\".`),
  controlCharacter: (name: string) =>
    refused('unsafe_name', `nama entri ${shown(name)} mengandung karakter kendali (mis. NUL).`),
  symlink: (name: string) =>
    refused('symlink', `entri ${shown(name)} adalah tautan simbolik (symlink).`),
  duplicate: (name: string) =>
    refused('duplicate_entry', `entri ${shown(name)} muncul lebih dari sekali.`),
  unknown: (name: string) =>
    refused('unknown_entry', `entri ${shown(name)} bukan bagian dari paket Linimasa.`),
  unlisted: (name: string) =>
    refused('unlisted_entry', `entri ${shown(name)} tidak tercantum di manifest.`),
  missing: (name: string) =>
    new BundleError(
      'missing_entry',
      `Paket tidak utuh: ${shown(name)} tercantum di manifest tetapi tidak ada di dalam paket.`,
    ),
  /** The exporter's side of `tooLarge`: the same words, said before a file is handed over. */
  tooLargeToExport: (name: string, bytes: number, limit: number) =>
    new BundleError(
      'too_large',
      `Paket tidak dapat dibuat: entri ${shown(name)} terlalu besar (${formatBytes(bytes)}; batasnya ${formatBytes(limit)}). Ekspor rentang tanggal yang lebih pendek, lalu kirim beberapa paket.`,
    ),
  tooLarge: (name: string, bytes: number, limit: number) =>
    refused(
      'too_large',
      `entri ${shown(name)} terlalu besar (${formatBytes(bytes)}; batasnya ${formatBytes(limit)}).`,
    ),
  tooManyEntries: (count: number, limit: number) =>
    refused('too_large', `paket berisi ${count} entri; batasnya ${limit}.`),
  zipBomb: (name: string, ratio: number) =>
    refused(
      'zip_bomb',
      `entri ${shown(name)} mengembang ${Math.round(ratio)} kali lipat saat dibuka (bom zip).`,
    ),
  overlapping: (name: string) =>
    refused('zip_bomb', `data entri ${shown(name)} bertumpang-tindih dengan entri lain (bom zip).`),
  encrypted: (name: string) =>
    refused(
      'encrypted',
      `entri ${shown(name)} terenkripsi atau memakai kompresi yang tidak dikenal.`,
    ),
  checksum: (name: string) =>
    new BundleError(
      'checksum',
      `Paket rusak: isi ${shown(name)} tidak cocok dengan sidik jari SHA-256 di manifest. Salin ulang paketnya dari sumber; bila tetap gagal, jalankan "Verifikasi pustaka" di komputer asal (berkasnya mungkin rusak di sana).`,
    ),
  sizeMismatch: (name: string) =>
    new BundleError(
      'checksum',
      `Paket rusak: ukuran ${shown(name)} tidak sama dengan yang tercantum di manifest.`,
    ),
  noManifest: () =>
    new BundleError(
      'not_bundle',
      'Berkas ini arsip zip biasa, bukan paket Linimasa: manifest.json tidak ada.',
    ),
  notBundle: () =>
    new BundleError('not_bundle', 'Berkas ini bukan paket Linimasa (manifest.json tidak dikenal).'),
  futureVersion: (version: number, supported: number) =>
    new BundleError(
      'future_version',
      `Paket ini dibuat oleh versi Linimasa yang lebih baru (format paket ${version}; versi ini membaca sampai ${supported}). Perbarui Linimasa lalu impor lagi.`,
    ),
  invalidData: (file: string, detail: string) =>
    new BundleError('invalid_data', `Paket rusak: isi ${file} tidak sesuai format (${detail}).`),
  unresolved: (titles: string[]) =>
    new BundleError(
      'unresolved_conflicts',
      `${titles.length} unggahan bentrok (diubah di sini dan di paket) dan belum dipilih penyelesaiannya: ${titles
        .slice(0, 10)
        .map((t) => `"${t}"`)
        .join(
          ', ',
        )}${titles.length > 10 ? ', …' : ''}. Pilih "pertahankan milik saya", "ambil dari paket" atau "simpan keduanya" untuk masing-masing.`,
      'conflict',
    ),
  diskFull: ({ needed, free }: DiskFullFigures) =>
    new BundleError('disk_full', diskFullMessage({ needed, free }), 'disk_full', {
      ...(needed !== undefined && { neededBytes: needed }),
      ...(free !== undefined && { freeBytes: free }),
    }),
  /** A file of the bundle the library's own import refuses (the dry run says the same). */
  assetRefused: (name: string, error: unknown) =>
    new BundleError(
      'corrupt',
      `Aset "${name}" dari paket tidak dapat ditambahkan ke pustaka: ${reasonFor(error)}`,
    ),
  assetUnavailable: (name: string, why: 'missing' | 'corrupt') =>
    new BundleError(
      'asset_unavailable',
      why === 'missing'
        ? `Berkas aset "${name}" tidak ada di folder data. Jalankan Periksa aset, atau ekspor paket tanpa aset.`
        : `Berkas aset "${name}" rusak (isinya tidak cocok dengan sidik jarinya). Jalankan Periksa aset, atau ekspor paket tanpa aset.`,
      'conflict',
    ),
};
