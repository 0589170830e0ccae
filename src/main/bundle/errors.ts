import {
  AppError,
  type ErrorCode,
  type ErrorKey,
  type ErrorWording,
  type TextParams,
} from '../../shared/api/errors';
import { diskFullWording, type DiskFullFigures } from '../disk/full';
import { reasonFor } from '../assets/messages';

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
 * A bundle refused, worded by the interface from its `bundle.*` error key. It is an AppError, so
 * the API returns it as `invalid_request` (or `conflict` for unresolved conflicts).
 */
export class BundleError extends AppError {
  constructor(
    readonly problem: BundleProblem,
    wording: ErrorWording,
    code: ErrorCode = 'invalid_request',
  ) {
    super(code, wording);
    this.name = 'BundleError';
  }
}

type BundleKey = Extract<ErrorKey, `bundle.${string}`>;

const error = (
  problem: BundleProblem,
  key: BundleKey,
  params?: TextParams,
  code?: ErrorCode,
): BundleError => new BundleError(problem, { key, ...(params && { params }) }, code);

/** Entry names are shown quoted and cut short: they come from a file we do not trust. */
export function shown(name: string): string {
  const visible = name.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what we make visible
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return `"${visible.length > 120 ? `${visible.slice(0, 117)}…` : visible}"`;
}

const entry = (name: string) => ({ name: shown(name) });

export const bundleErrors = {
  fileMissing: () => error('file_missing', 'bundle.fileMissing', undefined, 'not_found'),
  notZip: () => error('not_zip', 'bundle.notZip'),
  truncated: () => error('truncated', 'bundle.truncated'),
  corrupt: (detail: string) => error('corrupt', 'bundle.corrupt', { detail }),
  parentPath: (name: string) => error('unsafe_name', 'bundle.parentPath', entry(name)),
  absolutePath: (name: string) => error('unsafe_name', 'bundle.absolutePath', entry(name)),
  backslash: (name: string) => error('unsafe_name', 'bundle.backslash', entry(name)),
  controlCharacter: (name: string) => error('unsafe_name', 'bundle.controlCharacter', entry(name)),
  symlink: (name: string) => error('symlink', 'bundle.symlink', entry(name)),
  duplicate: (name: string) => error('duplicate_entry', 'bundle.duplicate', entry(name)),
  unknown: (name: string) => error('unknown_entry', 'bundle.unknown', entry(name)),
  unlisted: (name: string) => error('unlisted_entry', 'bundle.unlisted', entry(name)),
  missing: (name: string) => error('missing_entry', 'bundle.missing', entry(name)),
  /** The exporter's side of `tooLarge`: the same words, said before a file is handed over. */
  tooLargeToExport: (name: string, bytes: number, limit: number) =>
    error('too_large', 'bundle.tooLargeToExport', { ...entry(name), bytes, limit }),
  tooLarge: (name: string, bytes: number, limit: number) =>
    error('too_large', 'bundle.tooLarge', { ...entry(name), bytes, limit }),
  tooManyEntries: (count: number, limit: number) =>
    error('too_large', 'bundle.tooManyEntries', { count, limit }),
  zipBomb: (name: string, ratio: number) =>
    error('zip_bomb', 'bundle.zipBomb', { ...entry(name), ratio: Math.round(ratio) }),
  overlapping: (name: string) => error('zip_bomb', 'bundle.overlapping', entry(name)),
  encrypted: (name: string) => error('encrypted', 'bundle.encrypted', entry(name)),
  checksum: (name: string) => error('checksum', 'bundle.checksum', entry(name)),
  sizeMismatch: (name: string) => error('checksum', 'bundle.sizeMismatch', entry(name)),
  noManifest: () => error('not_bundle', 'bundle.noManifest'),
  notBundle: () => error('not_bundle', 'bundle.notBundle'),
  futureVersion: (version: number, supported: number) =>
    error('future_version', 'bundle.futureVersion', { version, supported }),
  invalidData: (file: string, detail: string) =>
    error('invalid_data', 'bundle.invalidData', { file, detail }),
  unresolved: (titles: string[]) =>
    error(
      'unresolved_conflicts',
      'bundle.unresolved',
      {
        count: titles.length,
        titles: `${titles
          .slice(0, 10)
          .map((t) => `"${t}"`)
          .join(', ')}${titles.length > 10 ? ', …' : ''}`,
      },
      'conflict',
    ),
  diskFull: (figures: DiskFullFigures) =>
    new BundleError('disk_full', diskFullWording(figures), 'disk_full'),
  /** A file of the bundle the library's own import refuses (the dry run says the same). */
  assetRefused: (name: string, cause: unknown) =>
    error('corrupt', 'bundle.assetRefused', { name, reason: reasonFor(cause) }),
  assetUnavailable: (name: string, why: 'missing' | 'corrupt') =>
    error(
      'asset_unavailable',
      why === 'missing' ? 'bundle.assetMissing' : 'bundle.assetCorrupt',
      { name },
      'conflict',
    ),
};
