import { AppError } from '../../shared/api/errors';
import { formatBytes as formatIn } from '../../shared/domain/media-fit';
import { diskSpace, isDiskFull } from './space';

/** Figures for the message: what the step needed (when known) and what is free now. */
export interface DiskFullFigures {
  needed?: number;
  free?: number;
}

/**
 * The one wording of a full disk, in main (the CLI, job results, per-file reasons). It names the
 * disk, never the file, and says that nothing was changed: every write we do is all or nothing.
 * The renderer words the `disk_full` code itself from the same figures.
 */
const formatBytes = (bytes: number) => formatIn(bytes, 'id-ID');

export function diskFullMessage({ needed, free }: DiskFullFigures = {}): string {
  const figures =
    needed !== undefined && free !== undefined
      ? ` (perlu sekitar ${formatBytes(needed)}, tersisa ${formatBytes(free)})`
      : free !== undefined
        ? ` (tersisa ${formatBytes(free)})`
        : '';
  return (
    `Ruang penyimpanan penuh${figures}. Tidak ada data yang berubah. ` +
    'Kosongkan ruang di disk (hapus atau pindahkan berkas yang tidak diperlukan), lalu coba lagi.'
  );
}

/** A `disk_full` API error measured on the disk that holds `dir`. */
export function diskFullError(dir: string | undefined, needed?: number): AppError {
  const free = dir === undefined ? undefined : diskSpace(dir)?.free;
  const figures = { needed, free };
  return new AppError('disk_full', diskFullMessage(figures), undefined, {
    ...(needed !== undefined && { neededBytes: needed }),
    ...(free !== undefined && { freeBytes: free }),
  });
}

/** `error` itself, or a `disk_full` AppError when it says the disk is full. */
export function namingDiskFull(error: unknown, dir: string | undefined, needed?: number): unknown {
  if (error instanceof AppError || !isDiskFull(error)) return error;
  return diskFullError(dir, needed);
}
