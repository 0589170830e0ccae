import { z } from 'zod';
import { jobSchema } from '../../domain/jobs';
import {
  assetEditSchema,
  assetFilterSchema,
  assetSchema,
  assetSorts,
  assetSummarySchema,
  assetTagSchema,
  assetUsageSchema,
  collectionSchema,
} from '../../domain/assets';
import { idSchema, nameSchema } from '../../domain/common';
import { byId, empty, method, absolutePath } from './define';

/** Up to 1,000 assets at once: what a multi-select in the grid can reasonably hold. */
const assetIds = z
  .array(idSchema)
  .min(1, 'Pilih minimal satu aset')
  .max(1_000)
  .transform((ids) => [...new Set(ids)]);

const listRequest = z
  .object({
    filter: assetFilterSchema.default({}),
    sort: z.enum(assetSorts).default('newest'),
    limit: z.number().int().min(1).max(500).default(100),
    /** From the previous page's nextCursor: steady paging while scrolling. */
    cursor: z.string().max(500).optional(),
    /** Or jump: rows to skip (a virtualized grid dragged to the middle). Not with cursor. */
    offset: z.number().int().min(0).max(10_000_000).optional(),
    /** Count every match too (once per filter change; costs a little at 100k rows). */
    withTotal: z.boolean().default(false),
  })
  .strict()
  .refine((r) => r.cursor === undefined || r.offset === undefined, {
    message: 'Pakai cursor atau offset, tidak keduanya',
    path: ['offset'],
  });

/** The asset library: import, find, describe, group and check the office's media files. */
export const assetMethods = {
  'assets.list': method({
    access: 'signedIn',
    summary:
      'Find assets: filters (kind, tags, collection, orientation, date range on takenAt, used/unused, status, rights expiring), FTS5 search over file name, title, description and tags, a sort, and paging by cursor or offset.',
    request: listRequest,
    response: z.object({
      items: z.array(assetSummarySchema),
      /** Pass as cursor for the next page; null at the end. */
      nextCursor: z.string().nullable(),
      /** Only when withTotal was asked. */
      total: z.number().int().nullable(),
    }),
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.get': method({
    access: 'signedIn',
    summary: 'One asset with its metadata, tags, collections and media paths.',
    request: byId,
    response: assetSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.update': method({
    access: 'signedIn',
    summary:
      'Edit the fields a person owns (title, description/alt text, credit, rights note and expiry, tags). Tags given replace the old ones.',
    request: assetEditSchema.partial().extend({ id: idSchema }).strict(),
    response: assetSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.delete': method({
    access: 'signedIn',
    summary:
      'Delete assets with their files and thumbnails. Refused (conflict, nothing deleted) when a post, trash included, uses one, unless force: then they are also removed from those posts.',
    request: z.object({ ids: assetIds, force: z.boolean().default(false) }).strict(),
    response: z.object({
      deleted: z.number().int(),
      /** Posts the assets were removed from (force only). */
      detachedFromPosts: z.number().int(),
    }),
    errors: ['invalid_request', 'not_found', 'conflict'],
  }),
  'assets.usage': method({
    access: 'signedIn',
    summary: 'The posts that use an asset ("dipakai di"), trash included, newest first.',
    request: byId,
    response: z.array(assetUsageSchema),
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.tags': method({
    access: 'signedIn',
    summary: 'Every asset tag with how many assets carry it, for the filter bar and suggestions.',
    request: empty,
    response: z.array(z.object({ tag: z.string(), count: z.number().int() })),
    errors: [],
  }),
  'assets.bulkTag': method({
    access: 'signedIn',
    summary: 'Add and/or remove tags on many assets at once.',
    request: z
      .object({
        ids: assetIds,
        add: z.array(assetTagSchema).max(50).default([]),
        remove: z.array(assetTagSchema).max(50).default([]),
      })
      .strict(),
    response: z.object({ updated: z.number().int() }),
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.addToCollection': method({
    access: 'signedIn',
    summary: 'Put assets into a collection (already there: left as is).',
    request: z.object({ collectionId: idSchema, ids: assetIds }).strict(),
    response: z.object({ added: z.number().int() }),
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.removeFromCollection': method({
    access: 'signedIn',
    summary: 'Take assets out of a collection; the assets themselves stay.',
    request: z.object({ collectionId: idSchema, ids: assetIds }).strict(),
    response: z.object({ removed: z.number().int() }),
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.importStart': method({
    access: 'signedIn',
    summary:
      'Import files and folders (recursive) by absolute path, as a job: poll jobs.get with the returned id. Identical files are reported as duplicates and never stored twice.',
    request: z
      .object({ paths: z.array(absolutePath('/home/humas/Foto atau D:\\Foto')).min(1).max(10_000) })
      .strict(),
    response: z.object({ jobId: idSchema }),
    errors: ['invalid_request', 'not_found'],
  }),
  'assets.verify': method({
    access: 'signedIn',
    summary:
      'Re-hash every file of the library as a job (poll jobs.get): reports ok, missing and corrupt assets and marks their status.',
    request: empty,
    response: z.object({ jobId: idSchema }),
    errors: [],
  }),
  'assets.recovered': method({
    access: 'signedIn',
    summary:
      'What the start-up sweep re-adopted: complete library files the database did not name (after a restore, a hand copy or a new database), given rows again in the "Dipulihkan <tanggal>" collection, and files whose bytes do not match their name (kept, never deleted). Waits for the sweep. Answered once per start, so the notice shows once; later calls answer zero.',
    request: empty,
    response: z.object({
      readopted: z.number().int(),
      /** The collection holding them; null when none was re-adopted. */
      collection: z.object({ id: idSchema, name: z.string() }).nullable(),
      /** Files in assets/ whose content does not match their name, left in place. */
      mismatched: z.number().int(),
    }),
    errors: [],
  }),
  'collections.list': method({
    access: 'signedIn',
    summary: 'Collections by name, each with its number of assets.',
    request: empty,
    response: z.array(collectionSchema),
    errors: [],
  }),
  'collections.create': method({
    access: 'signedIn',
    summary: 'A new collection; names are unique regardless of letter case.',
    request: z.object({ name: nameSchema(120) }).strict(),
    response: collectionSchema,
    errors: ['invalid_request', 'conflict'],
  }),
  'collections.rename': method({
    access: 'signedIn',
    summary: 'Rename a collection.',
    request: z.object({ id: idSchema, name: nameSchema(120) }).strict(),
    response: collectionSchema,
    errors: ['invalid_request', 'not_found', 'conflict'],
  }),
  'collections.delete': method({
    access: 'signedIn',
    summary: 'Delete a collection; its assets stay in the library.',
    request: byId,
    response: z.object({ deleted: z.literal(true) }),
    errors: ['invalid_request', 'not_found'],
  }),
  'jobs.get': method({
    access: 'signedIn',
    summary:
      'A job’s state and progress (files, bytes, current name) with its per-file results from resultsFrom on; poll about twice a second while state is running.',
    request: z.object({ id: idSchema, resultsFrom: z.number().int().min(0).default(0) }).strict(),
    response: jobSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'jobs.list': method({
    access: 'signedIn',
    summary:
      'Running and recently finished jobs, newest first (without per-file results), so a reloaded page finds its import again.',
    request: empty,
    response: z.array(jobSchema),
    errors: [],
  }),
  'jobs.cancel': method({
    access: 'signedIn',
    summary:
      'Ask a running job to stop. Files already imported stay; the file in progress leaves nothing behind. Returns the job.',
    request: byId,
    response: jobSchema,
    errors: ['invalid_request', 'not_found'],
  }),
} as const;
