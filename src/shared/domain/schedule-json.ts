import { z } from 'zod';
import { platformSchema } from './channels';
import { idSchema, instantSchema } from './common';
import { exportFilterSchema } from './exports';
import { postStatusSchema } from './post-status';
import { postFormatSchema } from './posts';

/**
 * The JSON export: the whole schedule as other programs (a spreadsheet macro, a website, a
 * provincial dashboard) read it. `schemaVersion` changes only when a field changes meaning or
 * goes away; fields may be added within a version, so readers ignore what they do not know
 * (these schemas strip unknown keys rather than refuse them).
 */
export const scheduleJsonFormat = 'linimasa-schedule';
export const scheduleJsonSchemaVersion = 1;

const localDate = z.iso.date();
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const color = z.string().regex(/^#[0-9a-f]{6}$/i);
const named = z.object({ id: idSchema, name: z.string() });

export const scheduleJsonChannelSchema = z.object({
  channelId: idSchema,
  name: z.string(),
  platform: platformSchema,
  handle: z.string(),
  color,
  format: postFormatSchema,
  /** The text that goes out on this channel: its own caption, or the post's. */
  caption: z.string(),
});

export const scheduleJsonAssetSchema = z.object({
  id: idSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string(),
  mime: z.string(),
  bytes: z.number().int().nonnegative(),
  /** Relative to the data directory of the office that exported it. */
  path: z.string(),
});

export const scheduleJsonPostSchema = z.object({
  id: idSchema,
  title: z.string(),
  brief: z.string(),
  caption: z.string(),
  link: z.string(),
  firstComment: z.string(),
  hashtags: z.array(z.string()),
  tags: z.array(z.string()),
  status: postStatusSchema,
  /** The moment, in UTC. */
  scheduledAt: instantSchema,
  /** The same moment on the office's clocks: local date, time, IANA zone and its label. */
  date: localDate,
  time: localTime,
  timeZone: z.string().min(1),
  zoneLabel: z.string(),
  campaign: named.extend({ color }).nullable(),
  assignee: named.nullable(),
  /** Two-step offices: the check, named as recorded when it was given. */
  checkedBy: named.nullable(),
  checkedAt: instantSchema.nullable(),
  approvedBy: named.nullable(),
  approvedAt: instantSchema.nullable(),
  /** The content against the fingerprints recorded with its sign-offs (null: none recorded). */
  approvalRecord: z.enum(['matches', 'changed']).nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  version: z.number().int().positive(),
  channels: z.array(scheduleJsonChannelSchema),
  assets: z.array(scheduleJsonAssetSchema),
});
export type ScheduleJsonPost = z.infer<typeof scheduleJsonPostSchema>;

export const scheduleJsonSchema = z.object({
  format: z.literal(scheduleJsonFormat),
  schemaVersion: z.literal(scheduleJsonSchemaVersion),
  appVersion: z.string().min(1),
  generatedAt: instantSchema,
  office: z.object({
    name: z.string(),
    unit: z.string(),
    signerName: z.string(),
    signerPosition: z.string(),
    signerNip: z.string(),
    timeZone: z.string().min(1),
    locale: z.enum(['id', 'en']),
    /** 1 Monday, 0 Sunday, 6 Saturday. */
    weekStart: z.union([z.literal(1), z.literal(0), z.literal(6)]),
  }),
  filter: exportFilterSchema,
  channels: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      platform: platformSchema,
      color,
      handle: z.string(),
    }),
  ),
  campaigns: z.array(named.extend({ color })),
  observances: z.array(z.object({ date: localDate, name: z.string(), publicHoliday: z.boolean() })),
  posts: z.array(scheduleJsonPostSchema),
});
export type ScheduleJson = z.infer<typeof scheduleJsonSchema>;
