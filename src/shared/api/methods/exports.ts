import { z } from 'zod';
import { idSchema } from '../../domain/common';
import {
  bulkIssueSchema,
  csvPresetSchema,
  exportFilterSchema,
  exportFormatSchema,
  exportRecordSchema,
} from '../../domain/exports';
import { postStatusSchema } from '../../domain/post-status';
import { postFormatSchema } from '../../domain/posts';
import { bundleAssetModeSchema } from '../../domain/bundle';
import { byId, method, adminOnly } from './define';

const previewRowSchema = z.object({
  postId: idSchema,
  date: z.string(),
  time: z.string(),
  zoneLabel: z.string(),
  channelId: idSchema,
  channelName: z.string(),
  channelColor: z.string(),
  format: postFormatSchema,
  title: z.string(),
  status: postStatusSchema,
  campaignName: z.string().nullable(),
  assigneeName: z.string().nullable(),
});

/** A row of the preview: name and how many posts × channels it holds. */
const countSchema = z.object({ id: z.string(), name: z.string(), count: z.number().int() });

export const exportMethods = {
  'exports.preview': method({
    access: 'signedIn',
    summary:
      'What an export with these filters would hold: counts per status and channel, the first rows (post × channel), the office-profile fields the PDF needs that are still empty, the posts of the range the status filter leaves out, and for a CSV bulk layout (`preset`) the files per channel and the tool limits they break.',
    request: z
      .object({
        filter: exportFilterSchema,
        limit: z.number().int().min(1).max(500).default(100),
        /** A CSV layout: its files per channel and limits are reported under `bulk`. */
        preset: csvPresetSchema.optional(),
      })
      .strict(),
    response: z.object({
      posts: z.number().int(),
      rows: z.number().int(),
      assets: z.number().int(),
      assetBytes: z.number().int(),
      byStatus: z.array(countSchema),
      byChannel: z.array(countSchema),
      sample: z.array(previewRowSchema),
      missingProfile: z.array(z.enum(['officeName', 'signerName', 'signerPosition'])),
      /** Posts in the range (and channels, campaigns) whose status the filter leaves out. */
      leftOut: z.array(z.object({ status: postStatusSchema, count: z.number().int() })),
      /** A bulk layout's files (one per channel, split at the tool's row limit) and issues. */
      bulk: z
        .object({
          files: z.array(
            z.object({
              name: z.string(),
              channelName: z.string().nullable(),
              rows: z.number().int(),
            }),
          ),
          issues: z.array(bulkIssueSchema),
        })
        .nullable(),
    }),
    errors: ['invalid_request'],
  }),
  'exports.presets': method({
    access: 'signedIn',
    summary:
      'CSV layouts: the office table ("standard") and the bulk-upload formats of scheduling tools, as kept in resources/csv-presets.json.',
    request: z.object({}).strict(),
    response: z.array(
      z.object({
        id: csvPresetSchema,
        label: z.string(),
        description: z.string(),
        source: z.string(),
      }),
    ),
    errors: [],
  }),
  'exports.start': method({
    access: 'signedIn',
    summary:
      'Writes the export into the data directory (exports/<id>.<ext>) as a job: poll jobs.get until done; job.exportId then names the history record, downloadable from GET /exports/<id> (browser) or saved with the desktop save dialog.',
    request: z
      .object({
        filter: exportFilterSchema,
        format: exportFormatSchema,
        preset: csvPresetSchema.optional(),
        /** Bundle only: 'attached' (default) carries the posts' photos and videos; 'none' posts only. */
        includeAssets: bundleAssetModeSchema.default('attached'),
      })
      .strict(),
    response: z.object({ jobId: idSchema }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'exports.history': method({
    access: 'signedIn',
    summary:
      'Exports made on this machine, newest first: who, when, range, filters, format, SHA-256.',
    request: z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    response: z.array(exportRecordSchema),
    errors: [],
  }),
  'exports.delete': method({
    access: adminOnly,
    summary:
      'Removes the stored copy of an export from exports/; the history record and its SHA-256 stay.',
    request: byId,
    response: exportRecordSchema,
    errors: ['not_found'],
  }),
} as const;
