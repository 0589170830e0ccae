import { z } from 'zod';
import { colorSchema, idSchema, instantSchema, nameSchema, textSchema } from './common';

export const platforms = [
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
  'website',
  'linkedin',
  'threads',
] as const;
export type Platform = (typeof platforms)[number];
export const platformSchema = z.enum(platforms);

/** Brand-like defaults so a new channel is recognisable on the calendar before anyone picks a colour. */
export const defaultPlatformColors: Record<Platform, string> = {
  instagram: '#c13584',
  facebook: '#1877f2',
  x: '#14171a',
  tiktok: '#010101',
  youtube: '#ff0000',
  website: '#2e7d32',
  linkedin: '#0a66c2',
  threads: '#333333',
};

export const channelSchema = z.object({
  id: idSchema,
  platform: platformSchema,
  name: z.string(),
  handle: z.string(),
  color: z.string(),
  active: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Channel = z.infer<typeof channelSchema>;

/** `@humas.kab` or a site address; the leading @ is optional and kept as typed. */
const handleSchema = textSchema(120);

export const channelCreateSchema = z
  .object({
    platform: platformSchema,
    name: nameSchema(),
    handle: handleSchema.default(''),
    color: colorSchema.optional(),
  })
  .strict();
export type ChannelCreate = z.input<typeof channelCreateSchema>;

export const channelUpdateSchema = z
  .object({
    id: idSchema,
    platform: platformSchema.optional(),
    name: nameSchema().optional(),
    handle: handleSchema.optional(),
    color: colorSchema.optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type ChannelUpdate = z.infer<typeof channelUpdateSchema>;
