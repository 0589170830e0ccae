import { z } from 'zod';
import { idSchema, instantSchema } from '../../domain/common';
import { localDateSchema } from '../../domain/posts';
import { absolutePath, method } from './define';

export const analyticsPlatformChoices = [
  'auto',
  'instagram',
  'facebook',
  'tiktok',
  'youtube',
  'x',
] as const;

const candidateSchema = z.object({ postId: idSchema, title: z.string() });
const reviewRowSchema = z.object({
  row: z.number().int(),
  day: localDateSchema,
  caption: z.string(),
  permalink: z.string(),
  candidates: z.array(candidateSchema),
});

/** One row of the file as the dry run sees it, for the table the office checks before importing. */
const previewRowSchema = z.object({
  row: z.number().int(),
  day: localDateSchema,
  caption: z.string(),
  outcome: z.enum(['matched', 'uncertain', 'unmatched', 'unchanged', 'skipped']),
  /** The planned post a matched row belongs to. */
  postTitle: z.string().nullable(),
  views: z.number().nullable(),
});

/** What to do with an uncertain row: this post, "terbit di luar rencana", or leave it out. */
const resolutionTargetSchema = z.union([
  z.object({ postId: idSchema }).strict(),
  z.literal('unplanned'),
  z.literal('skip'),
]);

/**
 * Kinerja: the platforms' per-post analytics exports (Meta Business Suite for Instagram and
 * Facebook, TikTok Studio, YouTube Studio, X), as CSV or XLSX. Who acts is the signed-in person.
 */
export const analyticsMethods = {
  'analytics.import': method({
    access: 'signedIn',
    summary:
      'Import a per-post analytics export (CSV or XLSX): columns found by their aliases, rows matched to planned posts by permalink, platform post id, then same day and caption start; uncertain rows listed for review (or resolved by `resolutions`), unmatched rows kept as published outside the plan. `dryRun` reports matched / uncertain / unmatched / unchanged and writes nothing. Re-importing the same figures changes nothing; a newer export adds a snapshot as of `asOf` (default today). A malformed file is refused naming the row and column; nothing is half-imported.',
    request: z
      .object({
        path: absolutePath('/home/humas/Unduhan/instagram-desember.csv'),
        platform: z.enum(analyticsPlatformChoices).default('auto'),
        channelId: idSchema.optional(),
        asOf: localDateSchema.optional(),
        dryRun: z.boolean().default(false),
        resolutions: z
          .array(z.object({ row: z.number().int().positive(), target: resolutionTargetSchema }))
          .max(10_000)
          .default([]),
      })
      .strict(),
    response: z.object({
      platform: z.enum(analyticsPlatformChoices).exclude(['auto']),
      channelId: idSchema,
      channelName: z.string(),
      fileName: z.string(),
      asOf: localDateSchema,
      dryRun: z.boolean(),
      alreadyImported: z.boolean(),
      written: z.boolean(),
      rows: z.number().int(),
      columns: z.record(z.string(), z.string()),
      counts: z.object({
        matched: z.number().int(),
        uncertain: z.number().int(),
        unmatched: z.number().int(),
        unchanged: z.number().int(),
        skipped: z.number().int(),
      }),
      /** The uncertain rows (first 200) with the planned posts they may be. */
      review: z.array(reviewRowSchema),
      /** The file's rows (first 500) with what becomes of each. */
      preview: z.array(previewRowSchema),
    }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'analytics.pending': method({
    access: 'signedIn',
    summary:
      'Uncertain rows of earlier imports still waiting for review (Laporan › Perlu dicocokkan), oldest import first: the file, platform, channel and import time, the row’s day and caption start, and the planned posts it may be with their schedule.',
    request: z.object({}).strict(),
    response: z.array(
      reviewRowSchema.extend({
        id: idSchema,
        fileName: z.string(),
        platform: z.enum(analyticsPlatformChoices).exclude(['auto']),
        channelId: idSchema,
        channelName: z.string(),
        importedAt: instantSchema,
        candidates: z.array(candidateSchema.extend({ scheduledAt: instantSchema.nullable() })),
      }),
    ),
    errors: [],
  }),
  'analytics.resolve': method({
    access: 'signedIn',
    summary:
      'Settle one uncertain row: it is this planned post, published outside the plan, or left out.',
    request: z.object({ id: idSchema, target: resolutionTargetSchema }).strict(),
    response: z.object({ resolved: z.boolean() }),
    errors: ['invalid_request', 'conflict', 'forbidden'],
  }),
  'analytics.resolveMany': method({
    access: 'signedIn',
    summary:
      'Settle a selection of uncertain rows at once: all published outside the plan, or all left out. Rows settled meanwhile (by a colleague) are passed over; `resolved` counts the rest.',
    request: z
      .object({
        ids: z.array(idSchema).min(1).max(1000),
        target: z.enum(['unplanned', 'skip']),
      })
      .strict(),
    response: z.object({ resolved: z.number().int() }),
    errors: ['invalid_request', 'forbidden'],
  }),
} as const;
