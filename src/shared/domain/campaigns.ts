import { z } from 'zod';
import { colorSchema, idSchema, instantSchema, nameSchema, textSchema } from './common';

/** A campaign is a content pillar (e.g. "Layanan Publik", "Pariwisata") with a colour on the calendar. */
export const campaignSchema = z.object({
  id: idSchema,
  name: z.string(),
  color: z.string(),
  description: z.string(),
  archived: z.boolean(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignCreateSchema = z
  .object({
    name: nameSchema(),
    color: colorSchema.default('#607d8b'),
    description: textSchema(1000).default(''),
  })
  .strict();
export type CampaignCreate = z.input<typeof campaignCreateSchema>;

export const campaignUpdateSchema = z
  .object({
    id: idSchema,
    name: nameSchema().optional(),
    color: colorSchema.optional(),
    description: textSchema(1000).optional(),
    archived: z.boolean().optional(),
  })
  .strict();
export type CampaignUpdate = z.infer<typeof campaignUpdateSchema>;
