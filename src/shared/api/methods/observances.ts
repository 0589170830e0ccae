import { z } from 'zod';
import { idSchema } from '../../domain/common';
import { observanceKinds } from '../../domain/observances';
import { localDateSchema } from '../../domain/posts';
import { method, adminOnly } from './define';

export const observanceDaySchema = z.object({
  date: localDateSchema,
  name: z.string(),
  kind: z.enum(observanceKinds),
  publicHoliday: z.boolean(),
  /** Legal basis or where it came from: "Keppres 316/1959", "Hari Jadi (kantor)", the .ics label. */
  source: z.string(),
});

/** An office-added day: yearly (month and day) or on one date; imported ones carry their file's label. */
export const customObservanceSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(['local', 'imported']),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  date: localDateSchema.nullable(),
  sourceLabel: z.string(),
});

const nameSchema = z.string().trim().min(1, 'Nama hari wajib diisi').max(120);

/** Day badges on the calendar: national days shipped with the app, office days, imported .ics. */
export const observanceMethods = {
  'observances.list': method({
    access: 'signedIn',
    summary:
      'Observance days between two local dates from the enabled sources (see settings.observanceSources).',
    request: z
      .object({ from: localDateSchema, to: localDateSchema })
      .strict()
      .refine((r) => r.from <= r.to, { message: 'from harus sebelum to', path: ['to'] }),
    response: z.array(observanceDaySchema),
    errors: ['invalid_request'],
  }),
  'observances.custom': method({
    access: 'signedIn',
    summary: 'Office-local and imported days, for the Settings list.',
    request: z.object({}).strict(),
    response: z.array(customObservanceSchema),
    errors: [],
  }),
  'observances.create': method({
    access: 'signedIn',
    summary:
      'Add an office-local day: yearly (month and day, e.g. Hari Jadi Kabupaten) or on one date.',
    request: z.union([
      z
        .object({
          name: nameSchema,
          month: z.number().int().min(1).max(12),
          day: z.number().int().min(1).max(31),
        })
        .strict(),
      z.object({ name: nameSchema, date: localDateSchema }).strict(),
    ]),
    response: customObservanceSchema,
    errors: ['invalid_request'],
  }),
  'observances.delete': method({
    access: 'signedIn',
    summary: 'Remove an office-local or imported day.',
    request: z.object({ id: idSchema }).strict(),
    response: z.object({ deleted: z.literal(true) }),
    errors: ['invalid_request', 'not_found'],
  }),
  'observances.importIcs': method({
    access: adminOnly,
    summary:
      'Import all-day events of an .ics file (e.g. moving holidays: Idul Fitri, Nyepi) as days labelled with the file’s name; re-importing the same label replaces them.',
    request: z
      .object({
        label: z.string().trim().min(1).max(120),
        text: z.string().min(1, 'Berkas kosong').max(2_000_000, 'Berkas .ics paling besar 2 MB'),
      })
      .strict(),
    response: z.object({ imported: z.number().int(), skipped: z.number().int() }),
    errors: ['invalid_request'],
  }),
} as const;
