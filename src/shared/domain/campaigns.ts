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
    /** Left out: the next colour of `pillarPalette`, so new pillars never all look the same. */
    color: colorSchema.optional(),
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

/**
 * The colours new content pillars take, in order: each new pillar gets the first one no pillar
 * has yet, so pillars tell apart on the calendar without anyone picking a colour. Eight hues
 * after Okabe and Ito's palette for colour-blind readers, darkened where needed so each is at
 * least 4.5:1 against white (chip text and accents sit on white).
 */
export const pillarPalette = [
  '#0b5fa5',
  '#b35900',
  '#007a5a',
  '#a4267a',
  '#5d4fb3',
  '#8a6d00',
  '#c0392b',
  '#2f6b7a',
] as const;

/** The next pillar colour: the first unused one, else round the palette again. */
export function nextPillarColor(usedColors: readonly string[]): string {
  const used = new Set(usedColors.map((color) => color.toLowerCase()));
  return (
    pillarPalette.find((color) => !used.has(color)) ??
    pillarPalette[usedColors.length % pillarPalette.length]!
  );
}
