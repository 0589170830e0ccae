import { z } from 'zod';
import { importResolutionsSchema } from '../../domain/bundle';
import { idSchema } from '../../domain/common';
import { method, absolutePath, adminOnly } from './define';

/** A bundle on disk (desktop open dialog, CLI) or one uploaded with POST /upload/bundle. */
export const bundleSourceSchema = z.union([
  z.object({ path: absolutePath('/media/flashdisk/desember.linimasa') }).strict(),
  z.object({ uploadId: idSchema }).strict(),
]);

/** Moving work between offline machines: the .linimasa bundle's dry run and import. */
export const bundleMethods = {
  'bundles.inspect': method({
    access: adminOnly,
    summary:
      'The dry run, as a job: checks the whole bundle (zip, manifest, schema version, every file against its SHA-256) and says per post what an import would do (new, updated, conflict, unchanged). Poll jobs.get; job.bundlePlan holds the answer. Nothing is written.',
    request: z.object({ source: bundleSourceSchema }).strict(),
    response: z.object({ jobId: idSchema }),
    errors: ['invalid_request', 'not_found'],
  }),
  'bundles.import': method({
    access: adminOnly,
    summary:
      'Imports a bundle as a job (poll jobs.get; job.bundleSummary when done). Every conflict of the dry run needs a resolution (keep_mine, take_theirs, keep_both) or the job fails naming them; nothing is overwritten silently. Refusals leave the library and database as they were.',
    request: z
      .object({
        source: bundleSourceSchema,
        resolutions: importResolutionsSchema.default({}),
      })
      .strict(),
    response: z.object({ jobId: idSchema }),
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
  'bundles.discard': method({
    access: adminOnly,
    summary:
      'Removes an uploaded bundle that will not be imported (it is also gone after a restart).',
    request: z.object({ uploadId: idSchema }).strict(),
    response: z.object({}),
    errors: [],
  }),
} as const;
