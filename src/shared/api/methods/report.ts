import { z } from 'zod';
import { idSchema, instantSchema } from '../../domain/common';
import { exportRecordSchema } from '../../domain/exports';
import { method } from './define';

const rate = z.number().nullable();
const periodSchema = z.object({
  kind: z.enum(['month', 'quarter', 'year']),
  id: z.string(),
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  firstMonth: z.string(),
  lastMonth: z.string(),
  months: z.number().int(),
});
const reportSchema = z.object({
  period: periodSchema,
  totals: z.object({
    plannedPosts: z.number().int(),
    publishedPosts: z.number().int(),
    partialPosts: z.number().int(),
    plannedChannels: z.number().int(),
    publishedChannels: z.number().int(),
    onTimeRate: rate,
    outsidePlan: z.number().int(),
    views: z.number(),
    reach: z.number(),
    engagement: z.number(),
    engagementRate: rate,
  }),
  channels: z.array(
    z.object({
      channelId: idSchema,
      planned: z.number().int(),
      published: z.number().int(),
      onTime: z.number().int(),
      outsidePlan: z.number().int(),
      views: z.number(),
      reach: z.number(),
      engagement: z.number(),
      engagementRate: rate,
      followersStart: z.number().nullable(),
      followersEnd: z.number().nullable(),
      followerGrowth: rate,
      target: z.object({
        posts: z.number().nullable(),
        engagementRate: rate,
        followerGrowth: rate,
      }),
      postIds: z.object({
        planned: z.array(idSchema),
        published: z.array(idSchema),
        late: z.array(idSchema),
        notPublished: z.array(idSchema),
      }),
      unplannedIds: z.array(idSchema),
    }),
  ),
  approval: z.object({
    rounds: z.number().int(),
    medianHours: rate,
    p90Hours: rate,
    submittedPosts: z.number().int(),
    changesRequestedPosts: z.number().int(),
    changesRequestedRate: rate,
    postIds: z.object({ changesRequested: z.array(idSchema), approved: z.array(idSchema) }),
  }),
  pillars: z.array(
    z.object({
      campaignId: idSchema.nullable(),
      posts: z.number().int(),
      share: z.number(),
      target: rate,
      postIds: z.array(idSchema),
    }),
  ),
  topPosts: z.array(
    z.object({
      postId: idSchema,
      title: z.string(),
      channelId: idSchema,
      engagement: z.number(),
      views: z.number(),
    }),
  ),
});

const periodRequest = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'Periode harus 2026-12, 2026-Q4 atau 2026');

const reportNotesSchema = z.object({
  period: z.string(),
  text: z.string(),
  /** Null while nobody has written a note for the period. */
  updatedAt: instantSchema.nullable(),
  updatedBy: z.object({ id: idSchema, name: z.string() }).nullable(),
});

/** Kinerja: the planner's notes of a report period, stored in the office's database. */
export const reportNotesMethods = {
  'reportNotes.get': method({
    access: 'signedIn',
    summary:
      'The notes of a report period (2026-12, 2026-Q4 or 2026) that the PDF and XLSX print, with who saved them last and when; an empty text when none were written.',
    request: z.object({ period: periodRequest }).strict(),
    response: reportNotesSchema,
    errors: ['invalid_request'],
  }),
  'reportNotes.set': method({
    access: 'signedIn',
    summary:
      'Save the notes of a report period. `baseUpdatedAt` is the `updatedAt` the writer started from (null for none): when a colleague saved since, the save is refused with `conflict` naming them, and nothing changes.',
    request: z
      .object({
        period: periodRequest,
        text: z.string().max(4000),
        baseUpdatedAt: instantSchema.nullable(),
      })
      .strict(),
    response: reportNotesSchema,
    errors: ['invalid_request', 'conflict', 'forbidden'],
  }),
} as const;

/** Kinerja: the report of a month, quarter or year, with the period before it. */
export const reportMethods = {
  'report.export': method({
    access: 'signedIn',
    summary:
      'The Laporan kinerja of a period as a PDF (A4 portrait, the schedule PDF’s letterhead and signature block, summary, charts, tables, the planner’s notes — as stored for the period unless `notes` is given) or an XLSX (summary sheet and data sheets), written into the data directory’s exports/ and recorded in the export history with its period; download it as any export.',
    request: z
      .object({
        period: periodRequest,
        format: z.enum(['pdf', 'xlsx']),
        /** Left out: the period's notes as stored (reportNotes.set). */
        notes: z.string().max(4000).optional(),
      })
      .strict(),
    response: exportRecordSchema,
    errors: ['invalid_request', 'disk_full'],
  }),
  'report.get': method({
    access: 'signedIn',
    summary:
      'Every figure of the Laporan kinerja for a month (2026-12), quarter (2026-Q4) or year (2026): planned vs published per channel, on-time rate, outside the plan, approval turnaround and changes-requested rate, pillar mix against target, views/reach/engagement, follower growth, top posts and the targets; with the same figures of the previous period, and the posts behind each figure.',
    request: z
      .object({
        period: z
          .string()
          .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'Periode harus 2026-12, 2026-Q4 atau 2026'),
      })
      .strict(),
    response: z.object({ report: reportSchema, previous: reportSchema }),
    errors: ['invalid_request'],
  }),
} as const;
