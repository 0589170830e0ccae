import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { postStatusSchema, type PostStatus } from './post-status';
import type { Platform } from './channels';
import type { PostFormat } from './posts';
import type { PrintDocument, WeekStart } from './settings';

/** What an approved schedule can leave the app as. `bundle` is the .linimasa exchange zip. */
export const exportFormats = ['pdf', 'xlsx', 'csv', 'ics', 'json', 'bundle'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportFormatSchema = z.enum(exportFormats);

export const exportExtensions: Record<ExportFormat, string> = {
  pdf: 'pdf',
  xlsx: 'xlsx',
  csv: 'csv',
  ics: 'ics',
  json: 'json',
  bundle: 'linimasa',
};

/** CSV layouts of scheduling tools whose bulk format is documented (resources/csv-presets.json). */
export const csvPresetIds = ['standard', 'buffer', 'sprout', 'hootsuite'] as const;
export type CsvPresetId = (typeof csvPresetIds)[number];
export const csvPresetSchema = z.enum(csvPresetIds);

/** Longest range one export may cover: a year and a bit, enough for an annual plan. */
export const maxExportDays = 400;

const localDate = z.iso.date();

/** Which posts an export holds: a range of office-local days (inclusive) and filters. */
export const exportFilterSchema = z
  .object({
    from: localDate,
    to: localDate,
    /** Approved only unless the office asks for more (a draft calendar for discussion). */
    statuses: z
      .array(postStatusSchema)
      .min(1, 'Pilih paling sedikit satu status')
      .default(['approved']),
    /** Empty: every channel. */
    channelIds: z.array(idSchema).max(50).default([]),
    /** Empty: every campaign, and posts without one. */
    campaignIds: z.array(idSchema).max(100).default([]),
  })
  .strict()
  .refine((f) => f.from <= f.to, { message: 'Tanggal akhir sebelum tanggal awal', path: ['to'] })
  .refine((f) => Date.parse(f.to) - Date.parse(f.from) <= maxExportDays * 86_400_000, {
    message: `Rentang paling panjang ${maxExportDays} hari`,
    path: ['to'],
  });
export type ExportFilter = z.output<typeof exportFilterSchema>;
export type ExportFilterInput = z.input<typeof exportFilterSchema>;

/** One channel of a scheduled post, with the caption that goes out there. */
export interface ScheduleChannel {
  channelId: string;
  name: string;
  platform: Platform;
  handle: string;
  color: string;
  format: PostFormat;
  /** The channel's own caption when it has one, the base caption otherwise. */
  caption: string;
}

export interface ScheduleAsset {
  id: string;
  sha256: string;
  name: string;
  mime: string;
  bytes: number;
  /** Relative to the data directory (assets/ab/<sha256>.<ext>). */
  path: string;
}

/** A post as every export format sees it: names resolved, times in the office zone. */
export interface SchedulePost {
  id: string;
  title: string;
  brief: string;
  caption: string;
  link: string;
  firstComment: string;
  hashtags: string[];
  tags: string[];
  status: PostStatus;
  /** UTC instant. */
  scheduledAt: string;
  /** Office-local date and time (the export's zone, not necessarily the one it was planned in). */
  date: string;
  time: string;
  /** WIB/WITA/WIT, or the zone's short name at that instant. */
  zoneLabel: string;
  campaign: { id: string; name: string; color: string } | null;
  assignee: { id: string; name: string } | null;
  /**
   * The sign-offs of the post's current round, named as the recorded evidence names them
   * (post_approvals: the name the person had when they signed), not as the people list does now.
   */
  checkedBy: { id: string; name: string } | null;
  checkedAt: string | null;
  approvedBy: { id: string; name: string } | null;
  approvedAt: string | null;
  /**
   * The post's content against the fingerprints recorded with its sign-offs: 'matches', or
   * 'changed' when it no longer matches one of them (the edit rules return an edited post to
   * draft, so this should never happen; exports mark such a post rather than pass it off as
   * approved), or null when no sign-off of it recorded a fingerprint.
   */
  approvalRecord: 'matches' | 'changed' | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  channels: ScheduleChannel[];
  assets: ScheduleAsset[];
}

export interface ScheduleSignOff {
  step: 'check' | 'approve';
  names: string[];
  lastAt: string;
}

/** Everything an export needs, read in one transaction so every format sees the same data. */
export interface Schedule {
  office: {
    name: string;
    unit: string;
    signerName: string;
    signerPosition: string;
    signerNip: string;
    timeZone: string;
    /** The office's interface language: labels in exported files follow it. */
    locale: 'id' | 'en';
    /** The first day of the week in printed month grids, as in the calendar. */
    weekStart: WeekStart;
  };
  /** Letterhead, place of signing and signers of the printed schedule (PDF only). */
  print: PrintDocument;
  filter: ExportFilter;
  generatedAt: string;
  /** Channels in the office's order (those posts use, after filtering). */
  channels: { id: string; name: string; platform: Platform; color: string; handle: string }[];
  campaigns: { id: string; name: string; color: string }[];
  observances: { date: string; name: string; publicHoliday: boolean }[];
  /** Ordered by time, then title. Each carries only the channels the filter kept. */
  posts: SchedulePost[];
  /**
   * Who signed off the exported posts, per step, from the recorded evidence: every name (in
   * the order they first signed) and the latest time. Empty when no exported post is checked
   * or approved; the PDF signature block then prints the signers of Settings as before.
   */
  signOffs: ScheduleSignOff[];
}

/** One line per post × channel: how tables, CSV rows and calendar events count. */
export interface ScheduleRow {
  post: SchedulePost;
  channel: ScheduleChannel;
}

export function scheduleRows(schedule: Pick<Schedule, 'posts'>): ScheduleRow[] {
  return schedule.posts.flatMap((post) => post.channels.map((channel) => ({ post, channel })));
}

/** A file the office has exported, kept in the history list with its fingerprint. */
export const exportRecordSchema = z.object({
  id: idSchema,
  format: exportFormatSchema,
  preset: csvPresetSchema.nullable(),
  filter: z.object({
    from: localDate,
    to: localDate,
    statuses: z.array(postStatusSchema),
    channelIds: z.array(idSchema),
    campaignIds: z.array(idSchema),
  }),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  posts: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  createdAt: instantSchema,
  /** False once the copy in the data directory's exports/ is gone (the history stays). */
  available: z.boolean(),
  /** A Laporan kinerja export: its period ('2026-12', '2026-Q4', '2026'); absent for schedules. */
  report: z.string().optional(),
  /** A Rekap provinsi export: its month ('2026-12'); absent otherwise. */
  rekap: z.string().optional(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;

/**
 * What a scheduling tool's bulk upload would refuse or mis-schedule in one profile's file,
 * against the limits its preset documents: posts closer than `limit` minutes (`tooClose`, a
 * pair), video where the tool takes none, rows without text; `split` says the profile's posts
 * fill `parts` files of at most `limit` rows. The screen and the CLI word it.
 */
export const bulkIssueSchema = z.object({
  kind: z.enum(['split', 'tooClose', 'video', 'noText']),
  channelId: idSchema,
  channelName: z.string(),
  limit: z.number().int().optional(),
  parts: z.number().int().optional(),
  posts: z.array(
    z.object({ postId: idSchema, title: z.string(), date: z.string(), time: z.string() }),
  ),
});
export type BulkIssue = z.infer<typeof bulkIssueSchema>;
