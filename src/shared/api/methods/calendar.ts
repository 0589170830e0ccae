import { z } from 'zod';
import { idSchema, instantSchema } from '../../domain/common';
import {
  activitySchema,
  localDateSchema,
  localTimeSchema,
  postActionSchema,
  postContentSchema,
  postCreateSchema,
  postFilterSchema,
  postSchema,
  postSummarySchema,
  postUpdateSchema,
} from '../../domain/posts';
import { maxCommentLength } from '../../domain/post-status';
import { undoApprovalOutcomes } from '../../domain/post-undo';
import { recurrenceRuleSchema } from '../../domain/recurrence';
import { method } from './define';

const versioned = { id: idSchema, version: z.number().int().positive() };

/** An edit may send an in-review or approved post back to draft; the UI says so. */
const editResult = z.object({ post: postSchema, returnedToDraft: z.boolean() });

const filter = postFilterSchema.default({});

/** Posts, their approval, the calendar's views and recurring series. */
export const calendarMethods = {
  'posts.range': method({
    access: 'signedIn',
    summary:
      'Scheduled posts whose local date (office time zone) falls in [from, to], ordered by time, for the month, week and agenda views.',
    request: z
      .object({ from: localDateSchema, to: localDateSchema, filter })
      .strict()
      .refine((r) => r.from <= r.to, { message: 'from harus sebelum to', path: ['to'] })
      .refine((r) => daysBetween(r.from, r.to) <= 92, {
        message: 'Rentang paling panjang 92 hari',
        path: ['to'],
      }),
    response: z.array(postSummarySchema),
    errors: ['invalid_request'],
  }),
  'posts.ideas': method({
    access: 'signedIn',
    summary: 'Unscheduled posts ("Ide / belum dijadwalkan"), newest first.',
    request: z.object({ filter }).strict(),
    response: z.array(postSummarySchema),
    errors: ['invalid_request'],
  }),
  'posts.search': method({
    access: 'signedIn',
    summary:
      'Full-text search (FTS5, diacritics ignored, every word as a prefix) over title, captions, notes, hashtags and tags; title matches first, in date order within each group (ideas last).',
    request: z
      .object({
        query: z.string().trim().min(1, 'Kata kunci wajib diisi').max(200),
        filter,
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    response: z.array(postSummarySchema),
    errors: ['invalid_request'],
  }),
  'posts.tags': method({
    access: 'signedIn',
    summary: 'Every tag in use, for the filter bar and tag suggestions.',
    request: z.object({}).strict(),
    response: z.array(z.object({ tag: z.string(), count: z.number().int() })),
    errors: [],
  }),
  'posts.get': method({
    access: 'signedIn',
    summary: 'One post with its channels, captions and attached assets.',
    request: z.object({ id: idSchema }).strict(),
    response: postSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'posts.create': method({
    access: 'signedIn',
    summary: 'Create a draft post, scheduled (date and time in the office zone) or as an idea.',
    request: postCreateSchema,
    response: postSchema,
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'posts.update': method({
    access: 'signedIn',
    summary:
      'Edit a post. Fails with conflict when version is stale. Editing the content or time of an in-review or approved post returns it to draft.',
    request: postUpdateSchema,
    response: editResult,
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
  'posts.move': method({
    access: 'signedIn',
    summary:
      'Move a post to another day keeping its local time (drag and drop), give an idea a day (time defaults to the office default), or send it back to the ideas tray (date null).',
    request: z
      .object({ ...versioned, date: localDateSchema.nullable(), time: localTimeSchema.optional() })
      .strict(),
    response: editResult,
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
  'posts.undoMove': method({
    access: 'signedIn',
    summary:
      'Take back the last move of a post (Ctrl+Z / "Urungkan"): the post returns to `previous` (null: the ideas tray), which must be where that move took it from, and it must still be where the move put it. An approval or submission the move had taken away comes back only when the content and the schedule are again exactly what was approved and no approval step happened since (`approval: restored`); otherwise it stays in draft (`not_restored`) and the reply says so.',
    request: z
      .object({
        id: idSchema,
        previous: z.object({ date: localDateSchema, time: localTimeSchema }).strict().nullable(),
      })
      .strict(),
    response: z.object({
      post: postSchema,
      approval: z.enum(undoApprovalOutcomes),
      returnedToDraft: z.boolean(),
    }),
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
  'posts.transition': method({
    access: 'signedIn',
    summary:
      'An approval step: submit, approve, request_changes (comment required), revise, publish (optional permalink and time), cancel, reopen.',
    request: z
      .object({
        ...versioned,
        action: postActionSchema,
        comment: z.string().trim().max(maxCommentLength).default(''),
        permalink: postContentSchema.shape.link.optional(),
        publishedAt: instantSchema.optional(),
        /** Submitting with open platform warnings needs an explicit acknowledgement. */
        acknowledgeWarnings: z.boolean().default(false),
      })
      .strict(),
    response: postSchema,
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
  'posts.delete': method({
    access: 'signedIn',
    summary: 'Move a post to the trash (restorable).',
    request: z.object({ ...versioned }).strict(),
    response: postSchema,
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
  'posts.restore': method({
    access: 'signedIn',
    summary: 'Bring a post back from the trash.',
    request: z.object({ id: idSchema }).strict(),
    response: postSchema,
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'posts.trash': method({
    access: 'signedIn',
    summary: 'Posts in the trash, most recently deleted first.',
    request: z.object({}).strict(),
    response: z.array(postSchema),
    errors: [],
  }),
  'posts.activity': method({
    access: 'signedIn',
    summary: 'The activity log of a post: every edit and approval step, oldest first.',
    request: z.object({ id: idSchema }).strict(),
    response: z.array(activitySchema),
    errors: ['invalid_request', 'not_found'],
  }),
  'series.create': method({
    access: 'signedIn',
    summary:
      'Create a recurring series: one draft post per occurrence (weekly on chosen weekdays, monthly on day N, or every N days; ending on a date or after a count).',
    request: z
      .object({
        post: postContentSchema
          .omit({ schedule: true })
          .partial()
          .extend({ title: postContentSchema.shape.title }),
        rule: recurrenceRuleSchema,
      })
      .strict(),
    response: z.object({ seriesId: idSchema, posts: z.array(postSummarySchema) }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'series.update': method({
    access: 'signedIn',
    summary:
      'Edit every occurrence of a series that is not published or cancelled (optionally only those from a date on). Approved occurrences whose content changes return to draft.',
    request: z
      .object({
        seriesId: idSchema,
        fromDate: localDateSchema.optional(),
        patch: postContentSchema.omit({ schedule: true }).partial(),
      })
      .strict(),
    response: z.object({ updated: z.number().int(), returnedToDraft: z.number().int() }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'series.delete': method({
    access: 'signedIn',
    summary:
      'Move every not-yet-published occurrence of a series to the trash (optionally from a date on).',
    request: z.object({ seriesId: idSchema, fromDate: localDateSchema.optional() }).strict(),
    response: z.object({ deleted: z.number().int() }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
} as const;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}
