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

/**
 * Which day badges the calendar shows, one switch per group: national days, the SKB's public
 * holidays and cuti bersama (migration 11 added those two, on), the office's days, imported days.
 */
export const observanceSourcesSchema = z
  .object({
    national: z.boolean(),
    holidays: z.boolean(),
    cutiBersama: z.boolean(),
    local: z.boolean(),
    imported: z.boolean(),
  })
  .strict();
export type ObservanceSources = z.infer<typeof observanceSourcesSchema>;
export const defaultObservanceSources: ObservanceSources = {
  national: true,
  holidays: true,
  cutiBersama: true,
  local: true,
  imported: true,
};

/** One person who signs the printed schedule, under a capacity such as "Diperiksa oleh". */
export const signerSchema = z
  .object({
    /** "Diperiksa oleh", "Disetujui oleh", "Mengetahui", "Menyetujui". */
    role: textSchema(60),
    position: textSchema(200),
    name: textSchema(120),
    /** Printed as "19860926 201505 1 001"; an odd one is warned about (nip.ts), not refused. */
    nip: z
      .string()
      .trim()
      .regex(/^[0-9 .-]{0,30}$/, 'NIP hanya berisi angka'),
  })
  .strict();
export type Signer = z.infer<typeof signerSchema>;

/**
 * The printed document (PDF): the letterhead (kop surat) lines, the place of signing and up to
 * two signers. `logo` is the file name of the letterhead logo inside the data directory's
 * branding/ folder (set through settings.setLogo, never typed). With no signers here the office
 * profile's signer signs alone, as before this setting existed.
 */
export const printDocumentSchema = z
  .object({
    letterhead: z.array(textSchema(160)).max(5, 'Kop surat paling banyak 5 baris'),
    place: textSchema(80),
    signers: z.array(signerSchema).max(2, 'Paling banyak dua penanda tangan'),
    logo: z.string().nullable(),
  })
  .strict();
export type PrintDocument = z.infer<typeof printDocumentSchema>;
export const defaultPrintDocument: PrintDocument = {
  letterhead: [],
  place: '',
  signers: [],
  logo: null,
};
export const printDocumentUpdateSchema = printDocumentSchema.omit({ logo: true });
export type PrintDocumentUpdate = z.infer<typeof printDocumentUpdateSchema>;

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
  /** 1: "Disetujui" only; 2: "Diperiksa" by a checker, then "Disetujui" (post-status.ts). */
  approvalSteps: z.union([z.literal(1), z.literal(2)]),
  /** The time an idea gets when it is dropped on a day. */
  defaultPostTime: z.string(),
  observanceSources: observanceSourcesSchema,
  /** Automatic and manual backups kept in backups/; older ones are pruned. */
  backupKeep: z.number().int(),
  printDocument: printDocumentSchema,
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
    approvalSteps: z.union([z.literal(1), z.literal(2)]),
    defaultPostTime: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Jam harus berformat HH:mm'),
    /** Only the switches given change (a client that knows three groups keeps the others). */
    observanceSources: observanceSourcesSchema.partial(),
    backupKeep: z
      .number()
      .int()
      .min(1, 'Paling sedikit 1 cadangan')
      .max(365, 'Paling banyak 365 cadangan'),
    printDocument: printDocumentUpdateSchema,
  })
  .partial()
  .strict();
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;
