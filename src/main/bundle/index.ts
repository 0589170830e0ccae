/**
 * The `.linimasa` exchange bundle: what the export runner, the API and the CLI call.
 *
 * - export: `bundleFormat(context)` is a FormatWriter; `recordExported(db, schedule)` after the
 *   file is complete. `writeBundle` is the same with its own options and result.
 * - import: `planImport(context, path)` (the dry run), then `applyImport(context, path, resolutions)`.
 * Refusals are `BundleError`s (an AppError: invalid_request, or conflict for unresolved conflicts).
 */
export { applyImport, type ApplyOptions, type ImportContext, type ImportProgress } from './apply';
export { BundleError, type BundleProblem } from './errors';
export { defaultBundleLimits, type BundleLimits } from './limits';
export { planImport, type PlanOptions } from './plan';
export {
  bundleFormat,
  recordExported,
  writeBundle,
  type BundleExportContext,
  type WriteBundleOptions,
  type WrittenBundle,
} from './writer';
