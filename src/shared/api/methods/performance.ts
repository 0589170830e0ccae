import { z } from 'zod';
import { idSchema } from '../../domain/common';
import {
  channelTargetSchema,
  followerRowSchema,
  ikuWordingSchema,
  manualFiguresSchema,
  monthSchema,
  pillarTargetSchema,
  targetsSchema,
  yearSchema,
} from '../../domain/performance';
import { localDateSchema } from '../../domain/posts';
import { method } from './define';

/**
 * Kinerja: figures typed in by hand (for channels without an export), followers per month, and
 * the year's targets (IKU) with the on-time tolerance. Who acts is the signed-in person.
 */
const storedFiguresSchema = z.object({
  asOf: localDateSchema,
  figures: z.object({
    views: z.number().nullable(),
    reach: z.number().nullable(),
    likes: z.number().nullable(),
    comments: z.number().nullable(),
    shares: z.number().nullable(),
    saves: z.number().nullable(),
  }),
});

export const performanceMethods = {
  'figures.get': method({
    access: 'signedIn',
    summary:
      'The figures stored for a post, per channel: the latest typed in by hand (what the editor’s “Terbit” section shows in its fields) and the latest from a platform export, each with its day. Channels without any figures are left out.',
    request: z.object({ postId: idSchema }).strict(),
    response: z.array(
      z.object({
        channelId: idSchema,
        manual: storedFiguresSchema.nullable(),
        imported: storedFiguresSchema.nullable(),
      }),
    ),
    errors: ['invalid_request', 'not_found'],
  }),
  'figures.set': method({
    access: 'signedIn',
    summary:
      'Figures of one published post channel typed in by hand (views, reach, likes, comments, shares, saves) as of a day (default today); a later day wins in the report. Logged.',
    request: z
      .object({
        postId: idSchema,
        channelId: idSchema,
        asOf: localDateSchema.optional(),
        figures: manualFiguresSchema,
      })
      .strict(),
    response: z.object({ asOf: localDateSchema }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'followers.set': method({
    access: 'signedIn',
    summary: 'Followers of a channel at the end of a month, typed in.',
    request: z
      .object({
        channelId: idSchema,
        month: monthSchema,
        followers: z.number().int().min(0).max(1e12),
      })
      .strict(),
    response: followerRowSchema,
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'followers.list': method({
    access: 'signedIn',
    summary: 'Followers per channel and month of a year (and December of the year before).',
    request: z.object({ year: yearSchema }).strict(),
    response: z.array(followerRowSchema),
    errors: ['invalid_request'],
  }),
  'targets.get': method({
    access: 'signedIn',
    summary:
      'The targets of a year: per channel (posts per month, engagement rate, follower growth), the share of each content pillar, the on-time tolerance and the IKU wording.',
    request: z.object({ year: yearSchema }).strict(),
    response: targetsSchema,
    errors: ['invalid_request'],
  }),
  'targets.set': method({
    access: 'signedIn',
    summary:
      'Replace the targets of a year (approvers and admins). Channels and pillars not listed lose their target.',
    request: z
      .object({
        year: yearSchema,
        channels: z.array(channelTargetSchema).max(100),
        pillars: z
          .array(pillarTargetSchema)
          .max(100)
          .refine((list) => list.reduce((sum, p) => sum + p.share, 0) <= 1.000001, {
            message: 'Jumlah porsi pilar konten paling banyak 100%',
          }),
        onTimeToleranceMinutes: z.number().int().min(0).max(1440).optional(),
        ikuWording: ikuWordingSchema.optional(),
      })
      .strict(),
    response: targetsSchema,
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
} as const;
