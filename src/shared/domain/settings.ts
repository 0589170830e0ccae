import { z } from 'zod';
import { instantSchema, textSchema } from './common';
import { canonicalTimeZone, isValidTimeZone } from './time-zones';

export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];

/** date-fns `weekStartsOn`: Sunday 0, Monday 1 (the Indonesian default), Saturday 6. */
export const weekStarts = [1, 0, 6] as const;
export type WeekStart = (typeof weekStarts)[number];

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isValidTimeZone, 'Zona waktu tidak dikenal (contoh: Asia/Jakarta)')
  .transform(canonicalTimeZone);

export const localeSchema = z.enum(locales);
export const weekStartSchema = z.union([z.literal(1), z.literal(0), z.literal(6)]);

/** Which day badges the calendar shows. */
export const observanceSourcesSchema = z
  .object({ national: z.boolean(), local: z.boolean(), imported: z.boolean() })
  .strict();
export type ObservanceSources = z.infer<typeof observanceSourcesSchema>;

/** The office profile: who we are, who signs the approved schedule, and how we count time. */
export const settingsSchema = z.object({
  officeName: textSchema(200),
  unitName: textSchema(200),
  signerName: textSchema(120),
  signerPosition: textSchema(200),
  signerNip: textSchema(30),
  timeZone: z.string(),
  locale: localeSchema,
  weekStart: weekStartSchema,
  /** One-person offices let the planner approve their own posts. */
  allowSelfApproval: z.boolean(),
  /** The time an idea gets when it is dropped on a day. */
  defaultPostTime: z.string(),
  observanceSources: observanceSourcesSchema,
  /** Automatic and manual backups kept in backups/; older ones are pruned. */
  backupKeep: z.number().int(),
  updatedAt: instantSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsUpdateSchema = z
  .object({
    officeName: textSchema(200),
    unitName: textSchema(200),
    signerName: textSchema(120),
    signerPosition: textSchema(200),
    signerNip: z
      .string()
      .trim()
      .regex(/^[0-9 ]{0,30}$/, 'NIP hanya berisi angka'),
    timeZone: timeZoneSchema,
    locale: localeSchema,
    weekStart: weekStartSchema,
    allowSelfApproval: z.boolean(),
    defaultPostTime: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Jam harus berformat HH:mm'),
    observanceSources: observanceSourcesSchema,
    backupKeep: z
      .number()
      .int()
      .min(1, 'Paling sedikit 1 cadangan')
      .max(365, 'Paling banyak 365 cadangan'),
  })
  .partial()
  .strict();
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
