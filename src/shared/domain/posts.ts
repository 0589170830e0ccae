import { z } from 'zod';
import { idSchema, instantSchema, textSchema } from './common';
import { postActions, postActionSchema, postStatusSchema } from './post-status';

export { postActionSchema, postStatusSchema };

/**
 * Every format any platform offers; which ones a platform offers (and their limits) is data, in
 * resources/platform-limits.json. `feed` is Instagram's feed photo, `post` the ordinary post of
 * Facebook, X, LinkedIn and Threads, `photo` TikTok's photo post, `short` YouTube Shorts.
 */
export const postFormats = [
  'feed',
  'carousel',
  'reel',
  'story',
  'post',
  'photo',
  'video',
  'short',
  'article',
] as const;
export type PostFormat = (typeof postFormats)[number];
export const postFormatSchema = z.enum(postFormats);

/** 'YYYY-MM-DD', a day on the office's calendar (not an instant). */
export const localDateSchema = z.iso.date();
/** 'HH:mm', 24-hour, as Indonesian offices write times. */
export const localTimeSchema = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Jam harus berformat HH:mm');

const urlOrEmpty = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (value) => value === '' || /^https?:\/\/\S+$/i.test(value),
    'Tautan harus diawali http:// atau https://',
  );

/** One channel a post goes out on, with its own caption where the base caption does not fit. */
export const postChannelSchema = z.object({
  channelId: idSchema,
  format: postFormatSchema,
  /** null: use the base caption. */
  captionOverride: z.string().max(70_000).nullable(),
});
export type PostChannel = z.infer<typeof postChannelSchema>;

/** When a post goes out: an instant plus the zone it was planned in, or nothing for an idea. */
export const scheduleSchema = z
  .object({ date: localDateSchema, time: localTimeSchema })
  .nullable()
  .describe('Local date and time in the office time zone; null for an unscheduled idea');

export const postSchema = z.object({
  id: idSchema,
  title: z.string(),
  brief: z.string(),
  caption: z.string(),
  link: z.string(),
  firstComment: z.string(),
  hashtags: z.array(z.string()),
  tags: z.array(z.string()),
  campaignId: idSchema.nullable(),
  assigneeId: idSchema.nullable(),
  channels: z.array(postChannelSchema),
  assetIds: z.array(z.string()),
  status: postStatusSchema,
  /** UTC instant; null while the post is an idea. */
  scheduledAt: instantSchema.nullable(),
  /** The IANA zone the time was chosen in. */
  timeZone: z.string().nullable(),
  submittedBy: idSchema.nullable(),
  /** Two-step offices: who checked the post in its current review round ("Diperiksa"), and when. */
  checkedBy: idSchema.nullable(),
  checkedAt: instantSchema.nullable(),
  approvedBy: idSchema.nullable(),
  approvedAt: instantSchema.nullable(),
  permalink: z.string(),
  publishedAt: instantSchema.nullable(),
  seriesId: idSchema.nullable(),
  createdBy: idSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  deletedAt: instantSchema.nullable(),
  version: z.number().int().positive(),
});
export type Post = z.infer<typeof postSchema>;

/** What the calendar grid needs for a chip: small, so a month of 1,500 posts stays fast. */
export const postSummarySchema = postSchema
  .pick({
    id: true,
    title: true,
    status: true,
    scheduledAt: true,
    timeZone: true,
    campaignId: true,
    assigneeId: true,
    seriesId: true,
    version: true,
  })
  .extend({
    channels: z.array(postChannelSchema.pick({ channelId: true, format: true })),
    assetCount: z.number().int().nonnegative(),
    /**
     * The first attachment's small thumbnail (`thumbs/ab/<sha256>-320.webp`, relative to the
     * media root) for the chip; null without attachments or when the first has no thumbnail.
     */
    firstThumb: z.string().nullable(),
    /**
     * Only for a post whose status is "Perlu revisi": the reason of its last "Minta revisi",
     * shown in the chip's tooltip and the agenda row.
     */
    changeRequest: z.string().optional(),
    /**
     * Only on a post waiting for approval in a two-step office that the checker has checked
     * ("Diperiksa"): the chip shows the step it has reached.
     */
    checked: z.literal(true).optional(),
    /** Only for an approved post some of whose channels are marked published: "Sebagian terbit". */
    partlyPublished: z.literal(true).optional(),
  });
export type PostSummary = z.infer<typeof postSummarySchema>;

const tagSchema = z.string().trim().min(1).max(60);

/** The editable content of a post; every field optional on update. */
export const postContentSchema = z.object({
  title: z.string().trim().min(1, 'Judul wajib diisi').max(300, 'Judul paling banyak 300 karakter'),
  brief: textSchema(10_000),
  caption: z.string().max(70_000),
  link: urlOrEmpty,
  firstComment: textSchema(5_000),
  hashtags: z.array(z.string().trim().min(1).max(140)).max(100),
  tags: z.array(tagSchema).max(30),
  campaignId: idSchema.nullable(),
  assigneeId: idSchema.nullable(),
  channels: z
    .array(
      postChannelSchema.extend({
        captionOverride: z.string().max(70_000).nullable().default(null),
      }),
    )
    .max(30)
    .refine(
      (list) => new Set(list.map((c) => c.channelId)).size === list.length,
      'Kanal tidak boleh dobel',
    ),
  assetIds: z.array(z.string().min(1)).max(50),
  schedule: scheduleSchema,
});

export const postCreateSchema = postContentSchema
  .partial()
  .extend({ title: postContentSchema.shape.title })
  .strict();
export type PostCreate = z.input<typeof postCreateSchema>;

export const postUpdateSchema = postContentSchema
  .partial()
  .extend({ id: idSchema, version: z.number().int().positive() })
  .strict();
export type PostUpdate = z.input<typeof postUpdateSchema>;

export const postFilterSchema = z
  .object({
    channelIds: z.array(idSchema).max(50),
    statuses: z.array(postStatusSchema),
    campaignIds: z.array(idSchema).max(100),
    assigneeIds: z.array(idSchema).max(100),
    tags: z.array(tagSchema).max(30),
  })
  .partial()
  .strict();
export type PostFilter = z.infer<typeof postFilterSchema>;

export const activityActions = [
  'create',
  'edit',
  'move',
  'returned_to_draft',
  'delete',
  'restore',
  ...postActions,
  // Kinerja: a channel's publication taken back, and figures typed in by hand.
  'unpublish',
  'figures',
  // A comment was added to the post's thread (the text lives in the thread, not the log).
  'comment',
] as const;
export type ActivityAction = (typeof activityActions)[number];

export const activitySchema = z.object({
  id: z.number().int(),
  postId: idSchema,
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  at: instantSchema,
  action: z.enum(activityActions),
  /** Field → [before, after] for edits; from/to for transitions. */
  changes: z.record(z.string(), z.unknown()),
  comment: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;
