import { z } from 'zod';
import {
  daysInMonth,
  formatLocalDate,
  type LocalDate,
  localDateSchema,
  parseLocalDate,
} from '../time/local';

/**
 * Days worth a post (Hari Pahlawan, Hari Jadi Kabupaten, Idul Fitri) shown as badges on the
 * calendar. They come from five kinds of source, each of which the office can switch off:
 * the national fixed days shipped in resources/observances/, the public holidays and the cuti
 * bersama of each shipped year (holidays-<year>.json, see holidays.ts), the office's own local
 * days (Settings), and days imported from an .ics file.
 */
export const observanceKinds = ['national', 'holiday', 'cutiBersama', 'local', 'imported'] as const;
export type ObservanceKind = (typeof observanceKinds)[number];

const nameSchema = z
  .string()
  .trim()
  .min(1, 'Nama wajib diisi')
  .max(200, 'Paling banyak 200 karakter');

/** Month 1–12 and a day that month can have (29 February is allowed: leap years only). */
const monthDay = {
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
};
const refineMonthDay = (value: { month: number; day: number }) =>
  value.day <= daysInMonth(2024, value.month);
const monthDayMessage = { message: 'Tanggal tidak ada di bulan itu', path: ['day'] };

/** One entry of resources/observances/national-fixed.json. */
export const nationalObservanceSchema = z
  .object({
    ...monthDay,
    name: nameSchema,
    name_en: nameSchema,
    publicHoliday: z.boolean(),
    /** The decree or document the day rests on. */
    source: z.string().trim().min(1),
    /** False when the basis was not confirmed from the sources; `note` says why. */
    confirmed: z.boolean(),
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine(refineMonthDay, monthDayMessage);

export const nationalObservancesFileSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    observances: z.array(nationalObservanceSchema).min(1),
  })
  .strict();
export type NationalObservancesFile = z.infer<typeof nationalObservancesFileSchema>;

/** A day every year on the same date (Hari Jadi Kabupaten, 22 December). */
export const yearlyObservanceSchema = z
  .object({
    ...monthDay,
    name: nameSchema,
    publicHoliday: z.boolean().default(false),
    source: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine(refineMonthDay, monthDayMessage);

/** A day in one particular year (Idul Fitri 1447 H, a regional election day). */
export const datedObservanceSchema = z
  .object({
    date: localDateSchema,
    name: nameSchema,
    publicHoliday: z.boolean().default(false),
    source: z.string().trim().min(1).optional(),
  })
  .strict();

export const observanceEntrySchema = z.union([yearlyObservanceSchema, datedObservanceSchema]);
export type ObservanceEntry = z.output<typeof observanceEntrySchema>;

export const observanceSourceSchema = z
  .object({
    /** Stable id for the on/off toggle: 'national', 'local', or the import's id. */
    id: z.string().min(1),
    kind: z.enum(observanceKinds),
    /** Shown as the badge's source when an entry has none of its own (e.g. the .ics file name). */
    label: z.string().trim().min(1),
    enabled: z.boolean().default(true),
    entries: z.array(observanceEntrySchema),
  })
  .strict();
export type ObservanceSource = z.input<typeof observanceSourceSchema>;

export interface Observance {
  date: LocalDate;
  name: string;
  source: string;
  sourceId: string;
  kind: ObservanceKind;
  publicHoliday: boolean;
}

/** The shipped national days as a source; throws with a readable message on a broken file. */
export function nationalObservanceSource(json: unknown, enabled = true): ObservanceSource {
  const result = nationalObservancesFileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Berkas hari nasional tidak valid:\n${z.prettifyError(result.error)}`);
  }
  return {
    id: 'national',
    kind: 'national',
    label: 'Hari nasional',
    enabled,
    entries: result.data.observances.map(({ month, day, name, publicHoliday, source }) => ({
      month,
      day,
      name,
      publicHoliday,
      source,
    })),
  };
}

const kindOrder: Record<ObservanceKind, number> = {
  national: 0,
  holiday: 1,
  cutiBersama: 2,
  local: 3,
  imported: 4,
};

/**
 * The observances whose date lies in [fromDate, toDate] (both inclusive), from the enabled
 * sources, sorted by date, national before local before imported. The same name on the same
 * date from two sources (Natal in the national list and in an imported calendar) appears once,
 * from the source that comes first in that order (national, holiday, cuti bersama, local, imported). A yearly 29 February appears in leap years.
 */
export function observancesInRange(
  fromDate: LocalDate,
  toDate: LocalDate,
  sources: readonly ObservanceSource[],
): Observance[] {
  if (toDate < fromDate) return [];
  const from = parseLocalDate(fromDate);
  const to = parseLocalDate(toDate);
  const found: Observance[] = [];
  for (const raw of sources) {
    const source = observanceSourceSchema.parse(raw);
    if (!source.enabled) continue;
    for (const entry of source.entries) {
      const base = {
        name: entry.name,
        source: entry.source ?? source.label,
        sourceId: source.id,
        kind: source.kind,
        publicHoliday: entry.publicHoliday,
      };
      if ('date' in entry) {
        if (entry.date >= fromDate && entry.date <= toDate)
          found.push({ date: entry.date, ...base });
        continue;
      }
      for (let year = from.year; year <= to.year; year += 1) {
        if (entry.day > daysInMonth(year, entry.month)) continue;
        const date = formatLocalDate(year, entry.month, entry.day);
        if (date >= fromDate && date <= toDate) found.push({ date, ...base });
      }
    }
  }
  found.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      a.name.localeCompare(b.name, 'id'),
  );
  const seen = new Set<string>();
  return found.filter((item) => {
    const key = `${item.date}|${item.name.toLocaleLowerCase('id')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
