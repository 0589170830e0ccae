import { z } from 'zod';
import {
  addDaysLocal,
  dayOfWeek,
  daysInMonth,
  formatLocalDate,
  isLocalDate,
  type LocalDate,
  localDateSchema,
  localParts,
  type LocalTime,
  localTimeSchema,
  parseLocalDate,
  toInstant,
} from '../time/local';
import { weekStartSchema } from './settings';

/**
 * A recurring series ("every Monday, Wednesday and Friday at 09:00 until the end of June").
 * Occurrences are computed on local dates and local wall-clock times and only then turned into
 * instants, one by one: a 09:00 post stays at 09:00 across a daylight-saving change instead of
 * drifting to 08:00 or 10:00, which is what users of other schedulers complain about.
 */

/** Every series must end: a hard cap keeps one click from planting thousands of posts. */
export const maxOccurrences = 500;
/** Nor may it run for decades: a content calendar plans months, perhaps a year or two ahead. */
export const maxSeriesYears = 10;
export const maxCount = 366;

const interval = (max: number) =>
  z
    .number()
    .int('Selang harus bilangan bulat')
    .min(1, 'Selang paling sedikit 1')
    .max(max, `Selang paling banyak ${max}`);

const weekdaySchema = z
  .number()
  .int('Hari 0 (Minggu) sampai 6 (Sabtu)')
  .min(0, 'Hari 0 (Minggu) sampai 6 (Sabtu)')
  .max(6, 'Hari 0 (Minggu) sampai 6 (Sabtu)');

const endSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('until'), date: localDateSchema }).strict(),
  z
    .object({
      kind: z.literal('count'),
      count: z
        .number()
        .int('Jumlah harus bilangan bulat')
        .min(1, 'Paling sedikit 1 kali')
        .max(maxCount, `Paling banyak ${maxCount} kali`),
    })
    .strict(),
]);

const base = {
  /** The first day the series may fall on; it is an occurrence only if it matches the pattern. */
  startDate: localDateSchema,
  /** Wall-clock time in the office zone, the same for every occurrence. */
  time: localTimeSchema,
  end: endSchema,
};

const weeklySchema = z
  .object({
    frequency: z.literal('weekly'),
    /** Every N weeks; weeks are counted from the week holding `startDate`. */
    interval: interval(52),
    /** 0 = Sunday … 6 = Saturday; kept sorted and without duplicates. */
    weekdays: z
      .array(weekdaySchema)
      .min(1, 'Pilih paling sedikit satu hari')
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    /**
     * Where a week begins matters only when interval > 1 ("every other week on Sunday and
     * Monday"); the office's week start, Monday by default as in RFC 5545.
     */
    weekStart: weekStartSchema.default(1),
    ...base,
  })
  .strict();

const monthlySchema = z
  .object({
    frequency: z.literal('monthly'),
    interval: interval(12),
    /** 1–31. A month without that day is skipped, not moved to its last day (RFC 5545's
     * BYMONTHDAY does the same): "every 31st" means Jan 31, Mar 31, May 31… */
    dayOfMonth: z.number().int().min(1, 'Tanggal 1–31').max(31, 'Tanggal 1–31'),
    ...base,
  })
  .strict();

const dailySchema = z
  .object({
    frequency: z.literal('daily'),
    /** Every N days, counted from `startDate`. */
    interval: interval(365),
    ...base,
  })
  .strict();

const patternSchema = z.discriminatedUnion('frequency', [weeklySchema, monthlySchema, dailySchema]);

export const recurrenceRuleSchema = patternSchema.superRefine((rule, ctx) => {
  // zod runs this even after a field's own refinement failed; those issues are reported already.
  if (
    !isLocalDate(rule.startDate) ||
    (rule.end.kind === 'until' && !isLocalDate(rule.end.date)) ||
    !Number.isInteger(rule.interval) ||
    rule.interval < 1 ||
    (rule.end.kind === 'count' && !(rule.end.count >= 1 && rule.end.count <= maxCount))
  ) {
    return;
  }
  if (rule.end.kind === 'until' && rule.end.date < rule.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['end', 'date'],
      message: 'Tanggal akhir tidak boleh sebelum tanggal mulai',
    });
    return;
  }
  const { dates, truncated } = scanDates(rule);
  if (dates.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: 'Aturan ini tidak menghasilkan satu jadwal pun',
    });
  } else if (rule.end.kind === 'until' && dates.length > maxOccurrences) {
    ctx.addIssue({
      code: 'custom',
      path: ['end', 'date'],
      message: `Seri ini menghasilkan lebih dari ${maxOccurrences} jadwal; majukan tanggal akhirnya`,
    });
  } else if (truncated) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `Seri berulang paling lama ${maxSeriesYears} tahun`,
    });
  }
});

export type RecurrenceRule = z.output<typeof recurrenceRuleSchema>;
export type RecurrenceRuleInput = z.input<typeof recurrenceRuleSchema>;
export type RecurrenceEnd = RecurrenceRule['end'];

export interface Occurrence {
  date: LocalDate;
  time: LocalTime;
  /** UTC ISO instant. */
  instant: string;
}

/** The last day any series may reach: `maxSeriesYears` after its start. */
function horizon(startDate: LocalDate): LocalDate {
  const { year, month, day } = parseLocalDate(startDate);
  const target = year + maxSeriesYears;
  return formatLocalDate(target, month, Math.min(day, daysInMonth(target, month)));
}

/**
 * The matching dates in order, stopping at the rule's end, at one past `maxOccurrences` (so
 * callers can tell "too many"), or at the horizon. `truncated` says the horizon cut the series
 * short of what its end asked for. Bounded whatever the rule: the horizon caps every loop.
 */
function scanDates(rule: RecurrenceRule): { dates: LocalDate[]; truncated: boolean } {
  const last = horizon(rule.startDate);
  const until = rule.end.kind === 'until' ? rule.end.date : undefined;
  const wanted = rule.end.kind === 'count' ? rule.end.count : maxOccurrences + 1;
  const stop = until !== undefined && until < last ? until : last;
  const dates: LocalDate[] = [];
  const take = (date: LocalDate): boolean => {
    if (date > stop) return false;
    if (date >= rule.startDate) dates.push(date);
    return dates.length < wanted;
  };
  let going = true;
  switch (rule.frequency) {
    case 'daily':
      for (let date = rule.startDate; going && date <= stop;) {
        going = take(date);
        date = addDaysLocal(date, rule.interval);
      }
      break;
    case 'weekly': {
      const offset = (dayOfWeek(rule.startDate) - rule.weekStart + 7) % 7;
      let weekStart = addDaysLocal(rule.startDate, -offset);
      // Weekdays in the order they appear in a week beginning on `rule.weekStart`.
      const order = [...rule.weekdays]
        .map((weekday) => (weekday - rule.weekStart + 7) % 7)
        .sort((a, b) => a - b);
      while (going && weekStart <= stop) {
        for (const dayOffset of order) {
          going = take(addDaysLocal(weekStart, dayOffset));
          if (!going) break;
        }
        weekStart = addDaysLocal(weekStart, 7 * rule.interval);
      }
      break;
    }
    case 'monthly': {
      let { year, month } = parseLocalDate(rule.startDate);
      while (going && formatLocalDate(year, month, 1) <= stop) {
        if (rule.dayOfMonth <= daysInMonth(year, month)) {
          going = take(formatLocalDate(year, month, rule.dayOfMonth));
        }
        month += rule.interval;
        while (month > 12) {
          month -= 12;
          year += 1;
        }
      }
      break;
    }
  }
  const reachedEnd =
    rule.end.kind === 'count'
      ? dates.length >= rule.end.count
      : until !== undefined && until <= last;
  return { dates, truncated: !reachedEnd };
}

/**
 * The series' occurrences in order, each a local date and time in `zone` and its instant.
 * `date` and `time` are read back from the instant, so in a daylight-saving gap they show the
 * time the post will really go out (02:30 → 03:30 on the night clocks go forward).
 * Throws on a rule the schema would refuse; parse user input with `recurrenceRuleSchema` first.
 */
export function expandRecurrence(rule: RecurrenceRuleInput, zone: string): Occurrence[] {
  const parsed = recurrenceRuleSchema.parse(rule);
  return scanDates(parsed).dates.map((date) => {
    const instant = toInstant(date, parsed.time, zone);
    return { ...localParts(instant, zone), instant };
  });
}
