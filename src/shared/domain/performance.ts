import { z } from 'zod';
import { idSchema } from './common';

/** 'YYYY-MM', a month of the office's calendar. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berformat YYYY-MM');
export const yearSchema = z.number().int().min(2000).max(2100);

const count = z.number().int().min(0).max(1e12);

/** Figures typed in by hand for a channel without an export; a missing one stays unknown. */
export const manualFiguresSchema = z
  .object({
    views: count.nullable(),
    reach: count.nullable(),
    likes: count.nullable(),
    comments: count.nullable(),
    shares: count.nullable(),
    saves: count.nullable(),
  })
  .partial();

/** The year's targets per channel (IKU): any may be left unset. */
export const channelTargetSchema = z
  .object({
    channelId: idSchema,
    postsPerMonth: z.number().int().min(0).max(10_000).nullable(),
    /** Engagement rate as a fraction (0.035 = 3,5%). */
    engagementRate: z.number().min(0).max(1).nullable(),
    /** Follower growth over the year as a fraction (0.1 = 10%). */
    followerGrowth: z.number().min(0).max(100).nullable(),
  })
  .strict();
export type ChannelTarget = z.infer<typeof channelTargetSchema>;

/** The share of the year's posts each content pillar should have (fractions summing to ≤ 1). */
export const pillarTargetSchema = z
  .object({ campaignId: idSchema, share: z.number().min(0).max(1) })
  .strict();
export type PillarTarget = z.infer<typeof pillarTargetSchema>;

/** The words the office's IKU uses, shown beside each target in the report. */
export const ikuWordingSchema = z
  .object({
    posts: z.string().trim().max(300),
    engagement: z.string().trim().max(300),
    followers: z.string().trim().max(300),
    pillars: z.string().trim().max(300),
  })
  .partial()
  .strict();
export type IkuWording = z.infer<typeof ikuWordingSchema>;

export const targetsSchema = z.object({
  year: yearSchema,
  channels: z.array(channelTargetSchema),
  pillars: z.array(pillarTargetSchema),
  /** A post counts as on time when it went out within this many minutes of its schedule. */
  onTimeToleranceMinutes: z.number().int().min(0).max(1440),
  ikuWording: ikuWordingSchema,
});
export type Targets = z.infer<typeof targetsSchema>;

export const followerRowSchema = z.object({
  channelId: idSchema,
  month: monthSchema,
  followers: z.number().int().min(0),
});
export type FollowerRow = z.infer<typeof followerRowSchema>;
