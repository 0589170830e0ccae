import { AppError, type ErrorWording } from '../../shared/api/errors';
import { wordError } from '../../shared/i18n/translate';
import { diskSpace, isDiskFull } from './space';

/** Figures for the message: what the step needed (when known) and what is free now. */
export interface DiskFullFigures {
  needed?: number;
  free?: number;
}

/**
 * The one wording of a full disk: the catalog's `errors.diskFull*` texts. It names the disk,
 * never the file, and says that nothing was changed: every write we do is all or nothing. Main
 * says it in Indonesian (the CLI, job results, per-file reasons); the renderer words the
 * `disk_full` code itself from the same key and figures.
 */
export function diskFullWording({ needed, free }: DiskFullFigures = {}): ErrorWording {
  const details = {
    ...(needed !== undefined && { neededBytes: needed }),
    ...(free !== undefined && { freeBytes: free }),
  };
  if (needed !== undefined && free !== undefined)
    return { key: 'diskFullNeeded', params: { needed, free }, details };
  if (free !== undefined) return { key: 'diskFullFree', params: { free }, details };
  return { key: 'diskFull', details };
}

export function diskFullMessage(figures: DiskFullFigures = {}): string {
  const { key, params } = diskFullWording(figures);
  return wordError('id', key, params);
}

/** A `disk_full` API error measured on the disk that holds `dir`. */
export function diskFullError(dir: string | undefined, needed?: number): AppError {
  const free = dir === undefined ? undefined : diskSpace(dir)?.free;
  return new AppError('disk_full', diskFullWording({ needed, free }));
}

/** `error` itself, or a `disk_full` AppError when it says the disk is full. */
export function namingDiskFull(error: unknown, dir: string | undefined, needed?: number): unknown {
  if (error instanceof AppError || !isDiskFull(error)) return error;
  return diskFullError(dir, needed);
}
