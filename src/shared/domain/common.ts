import { z } from 'zod';

export const idSchema = z.uuid();

/** ISO-8601 UTC instant as stored, e.g. 2026-11-27T03:00:00.000Z. */
export const instantSchema = z.iso.datetime();

/** `#rrggbb`, stored lowercase so that equal colours compare equal. */
export const colorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Warna harus berformat #rrggbb')
  .transform((value) => value.toLowerCase());

/** A required human-entered name: trimmed, not blank. */
export const nameSchema = (max = 120) =>
  z.string().trim().min(1, 'Wajib diisi').max(max, `Paling banyak ${max} karakter`);

/** Optional free text: trimmed, may be empty. */
export const textSchema = (max: number) =>
  z.string().trim().max(max, `Paling banyak ${max} karakter`);
