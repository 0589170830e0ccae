import { z } from 'zod';
import { localDateSchema } from '../time/local';
import type { ObservanceSource } from './observances';

/**
 * Public holidays (libur nasional) and cuti bersama of one year, as the yearly joint decree of
 * three ministers (SKB) sets them: resources/observances/holidays-<year>.json. Lunar and
 * lunisolar days (Idul Fitri, Nyepi, Waisak…) are fixed only by that decree and the isbat, so a
 * year shipped before either is known carries estimates, which the calendar shows as
 * "(perkiraan)".
 */
const holidaySchema = z
  .object({
    date: localDateSchema,
    name: z.string().trim().min(1).max(200),
    name_en: z.string().trim().min(1).max(200),
    /** A lunar or lunisolar date not yet fixed: shown with "(perkiraan)". */
    estimate: z.boolean(),
    /** True only once the date was checked against the SKB's own text. */
    confirmed: z.boolean(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();
export type Holiday = z.infer<typeof holidaySchema>;

export const holidayYearFileSchema = z
  .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    year: z.number().int().min(2000).max(2200),
    /** The SKB the year rests on (number and title), or what is known of it. */
    source: z.string().trim().min(1),
    confirmed: z.boolean(),
    note: z.string().trim().min(1).optional(),
    publicHolidays: z.array(holidaySchema).min(1),
    /** Empty while the year's SKB is not known: cuti bersama cannot be estimated. */
    cutiBersama: z.array(holidaySchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [list, days] of [
      ['publicHolidays', file.publicHolidays],
      ['cutiBersama', file.cutiBersama],
    ] as const) {
      days.forEach((day, index) => {
        if (!day.date.startsWith(`${file.year}-`))
          ctx.addIssue({
            code: 'custom',
            message: 'Setiap tanggal harus jatuh pada tahun berkas ini',
            path: [list, index, 'date'],
          });
        const key = `${day.date}|${day.name.toLocaleLowerCase('id')}`;
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', message: 'Hari ganda', path: [list, index] });
        seen.add(key);
      });
    }
  });
export type HolidayYearFile = z.infer<typeof holidayYearFileSchema>;

/** The words a badge's tooltip gives as the day's basis: the SKB, and what is not yet sure. */
function basis(file: HolidayYearFile, day: Holiday): string {
  const marks = [
    day.estimate ? 'tanggal perkiraan' : null,
    day.confirmed ? null : 'belum dicocokkan dengan naskah SKB',
  ].filter(Boolean);
  return marks.length > 0 ? `${file.source} (${marks.join('; ')})` : file.source;
}

const entry = (file: HolidayYearFile, day: Holiday, publicHoliday: boolean) => ({
  date: day.date,
  name: day.estimate ? `${day.name} (perkiraan)` : day.name,
  publicHoliday,
  source: basis(file, day),
});

/**
 * The shipped years as two badge sources, each with its own switch in Settings: the public
 * holidays (red, "libur nasional") and the cuti bersama. Throws with a readable message on a
 * broken file, as the national list does.
 */
export function holidaySources(
  files: readonly unknown[],
  enabled: { holidays: boolean; cutiBersama: boolean },
): ObservanceSource[] {
  const years = files.map((json) => {
    const result = holidayYearFileSchema.safeParse(json);
    if (!result.success)
      throw new Error(`Berkas hari libur tidak valid:\n${z.prettifyError(result.error)}`);
    return result.data;
  });
  return [
    {
      id: 'holidays',
      kind: 'holiday',
      label: 'Libur nasional (SKB)',
      enabled: enabled.holidays,
      entries: years.flatMap((file) => file.publicHolidays.map((day) => entry(file, day, true))),
    },
    {
      id: 'cutiBersama',
      kind: 'cutiBersama',
      label: 'Cuti bersama (SKB)',
      enabled: enabled.cutiBersama,
      entries: years.flatMap((file) => file.cutiBersama.map((day) => entry(file, day, false))),
    },
  ];
}
