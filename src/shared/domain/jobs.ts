import { z } from 'zod';
import { importResultSchema, jobProgressSchema, verifyProblemSchema } from './assets';
import { importPlanSchema, importSummarySchema } from './bundle';
import { idSchema, instantSchema } from './common';

/** A job's counts: import and verify count files, the other kinds leave them at zero. */
export const jobSummarySchema = z.object({
  imported: z.number().int(),
  duplicate: z.number().int(),
  failed: z.number().int(),
  /** Hidden and system files (`.DS_Store`, `Thumbs.db`, `._x`) passed over in folders. */
  skipped: z.number().int(),
  ok: z.number().int(),
  missing: z.number().int(),
  corrupt: z.number().int(),
  /** Verify: intact files whose thumbnails were gone, and how many of those were made again. */
  thumbsMissing: z.number().int(),
  thumbsRebuilt: z.number().int(),
});
export type JobSummary = z.infer<typeof jobSummarySchema>;

/**
 * Every count at zero: the summary of a job that has just started (main) or is not known yet
 * (the renderer, before the first poll). Built from the schema, so a new count starts at zero
 * everywhere without a second list; a new object each time, as main counts into it.
 */
export function emptyJobSummary(): JobSummary {
  return Object.fromEntries(
    Object.keys(jobSummarySchema.shape).map((key) => [key, 0]),
  ) as JobSummary;
}

/**
 * Long work the main process runs in the background (library imports and checks, exports,
 * bundle dry runs and imports): the UI starts it, gets an id and polls `jobs.get`.
 */
export const jobSchema = z.object({
  id: idSchema,
  /**
   * import/verify: the asset library; export: a file for exports/ (see exportId);
   * bundle-check: a .linimasa dry run (bundlePlan); bundle-import: applying one (bundleSummary).
   */
  kind: z.enum(['import', 'verify', 'export', 'bundle-check', 'bundle-import']),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  startedAt: instantSchema,
  finishedAt: instantSchema.nullable(),
  progress: jobProgressSchema,
  summary: jobSummarySchema,
  /** Import: per-file results from `resultsFrom` on. */
  results: z.array(importResultSchema),
  /** Total results so far; poll again with resultsFrom = this. */
  resultsCount: z.number().int(),
  /** Verify: the assets that are missing or corrupt. */
  problems: z.array(verifyProblemSchema),
  /** Why a job failed as a whole (not per file). */
  error: z.string().nullable(),
  /** Export: the history record of the finished file (exports.history, GET /exports/<id>). */
  exportId: idSchema.nullable(),
  /** bundle-check: what importing the bundle would do. */
  bundlePlan: importPlanSchema.nullable(),
  /** bundle-import: what the import did. */
  bundleSummary: importSummarySchema.nullable(),
});
export type Job = z.infer<typeof jobSchema>;
