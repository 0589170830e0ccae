import type { ErrorKey, TextParams } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/domain/assets';
import { wordError } from '../../shared/i18n/translate';
import { diskFullWording, type DiskFullFigures } from '../disk/full';
import { diskSpace, isDiskFull } from '../disk/space';

/**
 * Why one file was not imported, as a key of the shared catalog (`errors.<key>`, the
 * `importFile` block and the `diskFull*` texts) and its values: the interface words it in its
 * own language, the CLI and logs in Indonesian, exactly as an AppError.
 */
export interface ImportReason {
  key: ErrorKey;
  params?: TextParams;
}

/**
 * Why one file could not be imported. The batch goes on; the reason lands in that file's result
 * (`reasonFields`). `message` is its Indonesian text, for the CLI, logs and older clients.
 */
export class ImportFailure extends Error {
  readonly key: ErrorKey;
  readonly params: TextParams | undefined;

  constructor(
    reason: ImportReason,
    /** Which failure, for callers that look closer (a "corrupt" image on a full disk). */
    readonly kind: 'corrupt_image' | 'disk_full' | 'other' = 'other',
  ) {
    super(wordError('id', reason.key, reason.params));
    this.name = 'ImportFailure';
    this.key = reason.key;
    this.params = reason.params;
  }

  get reason(): ImportReason {
    return this.params ? { key: this.key, params: this.params } : { key: this.key };
  }

  static empty = () => new ImportFailure({ key: 'importFile.empty' });
  static notFound = () => new ImportFailure({ key: 'importFile.notFound' });
  static notAFile = () => new ImportFailure({ key: 'importFile.notAFile' });
  static tooLarge = (limit: number) =>
    new ImportFailure({ key: 'importFile.tooLarge', params: { limit } });
  /** `ext` as the name gives it, without the dot; null for a name without one. */
  static unsupported = (ext: string | null) =>
    new ImportFailure(
      ext === null
        ? { key: 'importFile.unsupportedNoExtension' }
        : { key: 'importFile.unsupported', params: { ext } },
    );
  static mismatch = (ext: string) =>
    new ImportFailure({ key: 'importFile.mismatch', params: { ext } });
  /** `cause`, when given, is checked: a thumbnail that could not be written is not a broken image. */
  static corruptImage = (cause?: unknown) =>
    isDiskFull(cause)
      ? ImportFailure.diskFull()
      : new ImportFailure({ key: 'importFile.corruptImage' }, 'corrupt_image');
  /** An SVG with a script, an event attribute or a javascript: link (svg-script.ts). */
  static svgScript = () => new ImportFailure({ key: 'importFile.svgScript' });
  /** The image itself decoded; only its previews (thumbnails) could not be stored. */
  static previewsNotWritten = () => new ImportFailure({ key: 'importFile.previewsNotWritten' });
  static unreadable = (code: string | undefined) =>
    new ImportFailure(
      code === 'EACCES' || code === 'EPERM'
        ? { key: 'importFile.permissionDenied' }
        : code
          ? { key: 'importFile.unreadableCode', params: { code } }
          : { key: 'importFile.unreadable' },
    );
  /** A scanner or indexer still held our copy after the retries: not the photo's fault. */
  static locked = () => new ImportFailure({ key: 'importFile.locked' });
  /** Names the disk, never the file, with the figures when they are known. */
  static diskFull = (figures: DiskFullFigures = {}) => {
    const { key, params } = diskFullWording(figures);
    return new ImportFailure(params ? { key, params } : { key }, 'disk_full');
  };
  static cancelled = () => new ImportFailure({ key: 'importFile.cancelled' });
}

/**
 * Turns any error met while importing one file into a per-file reason. `dir`, when given, is
 * where the file was being stored: a full disk is reported with what is free there.
 */
export function importReasonOf(error: unknown, dir?: string): ImportReason {
  if (error instanceof ImportFailure) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return ImportFailure.notFound().reason;
  if (code === 'file_locked' || code === 'EBUSY') return ImportFailure.locked().reason;
  if (isDiskFull(error)) {
    return ImportFailure.diskFull({ free: dir === undefined ? undefined : diskSpace(dir)?.free })
      .reason;
  }
  if (code === 'ABORT_ERR' || (error as Error | undefined)?.name === 'AbortError')
    return ImportFailure.cancelled().reason;
  if (code && /^E[A-Z]+$/.test(code)) return ImportFailure.unreadable(code).reason;
  return {
    key: 'importFile.failed',
    params: { message: (error as Error | undefined)?.message ?? String(error) },
  };
}

/** The same reason in Indonesian words (the CLI, logs, a bundle's refused asset). */
export function reasonFor(error: unknown, dir?: string): string {
  const { key, params } = importReasonOf(error, dir);
  return wordError('id', key, params);
}

/** A failed file's result fields: main's Indonesian words, and the key the interface words. */
export function reasonFields(
  reason: ImportReason,
): Pick<ImportResult, 'reason' | 'reasonKey' | 'reasonParams'> {
  return {
    reason: wordError('id', reason.key, reason.params),
    reasonKey: reason.key,
    ...(reason.params ? { reasonParams: reason.params } : {}),
  };
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
