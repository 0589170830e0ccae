import { z } from 'zod';
import { platformSchema } from './channels';
import { idSchema, instantSchema, nameSchema } from './common';

/**
 * A regency's monthly report to its province ("Laporan kinerja ke provinsi"): the month's kinerja
 * totals per channel (the figures of the Laporan view) and, for every pack item the province
 * sent, whether and when it was adopted, scheduled, approved and published, where, with links.
 *
 * A regency may send the same month again (on demand, or after late figures came in): the one
 * sent last (`sentAt`) counts, whatever order the files arrive in.
 */

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan ditulis YYYY-MM');

const count = z.number().int().nonnegative();

export const reportChannelSchema = z.object({
  platform: platformSchema,
  name: nameSchema(120),
  planned: count,
  published: count,
  onTime: count,
  views: count,
  reach: count,
  engagement: count,
  followersEnd: count.nullable(),
});
export type ReportChannel = z.infer<typeof reportChannelSchema>;

export const packPublicationSchema = z.object({
  platform: platformSchema,
  publishedAt: instantSchema,
  permalink: z.url().max(2000).nullable(),
});

export const packItemStatusSchema = z.object({
  packId: idSchema,
  packVersion: z.number().int().min(1),
  itemId: idSchema,
  adoptedAt: instantSchema.nullable(),
  scheduledAt: instantSchema.nullable(),
  approvedAt: instantSchema.nullable(),
  publications: z.array(packPublicationSchema).max(20),
});
export type PackItemStatus = z.infer<typeof packItemStatusSchema>;

export const regencyReportSchema = z.object({
  month: monthSchema,
  sentAt: instantSchema,
  totals: z.object({
    plannedPosts: count,
    publishedPosts: count,
    plannedChannels: count,
    publishedChannels: count,
    onTimeChannels: count,
    outsidePlan: count,
    views: count,
    reach: count,
    engagement: count,
  }),
  channels: z.array(reportChannelSchema).max(50),
  packItems: z.array(packItemStatusSchema).max(5000),
});
export type RegencyReport = z.infer<typeof regencyReportSchema>;
