import {
  expandRecurrence,
  recurrenceRuleSchema,
  type Occurrence,
  type RecurrenceRuleInput,
} from '../../../shared/domain/recurrence';
import type { WeekStart } from '../../../shared/domain/settings';
import { dayOfWeek, isLocalDate } from '../../../shared/time';

/**
 * The "Ulangi" choices of a new post as the form holds them, and the recurrence rule they make.
 * Every choice keeps its own value while another frequency is picked, so switching back and
 * forth loses nothing.
 */
export type RepeatFrequency = 'none' | 'weekly' | 'monthly' | 'daily';

export interface RepeatDraft {
  frequency: RepeatFrequency;
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  dayOfMonth: number;
  /** "Every N days" for the daily frequency. */
  everyDays: number;
  endKind: 'until' | 'count';
  until: string;
  count: number;
}

export function blankRepeat(startDate: string): RepeatDraft {
  const valid = isLocalDate(startDate);
  return {
    frequency: 'none',
    weekdays: valid ? [dayOfWeek(startDate)] : [1],
    dayOfMonth: valid ? Number(startDate.slice(8, 10)) : 1,
    everyDays: 2,
    endKind: 'count',
    until: '',
    count: 4,
  };
}

/** The rule for `series.create`, or null for "Tidak diulang". */
export function repeatRule(
  repeat: RepeatDraft,
  startDate: string,
  time: string,
  weekStart: WeekStart,
): RecurrenceRuleInput | null {
  const end =
    repeat.endKind === 'until'
      ? { kind: 'until' as const, date: repeat.until }
      : { kind: 'count' as const, count: repeat.count };
  const base = { startDate, time, end };
  switch (repeat.frequency) {
    case 'none':
      return null;
    case 'weekly':
      return { frequency: 'weekly', interval: 1, weekdays: repeat.weekdays, weekStart, ...base };
    case 'monthly':
      return { frequency: 'monthly', interval: 1, dayOfMonth: repeat.dayOfMonth, ...base };
    case 'daily':
      return { frequency: 'daily', interval: repeat.everyDays, ...base };
  }
}

export type RepeatPreview =
  | { ok: true; occurrences: Occurrence[] }
  | { ok: false; message: string; field: string | undefined };

/**
 * The occurrences the rule makes, for the live preview under the choices, or the schema's own
 * message (in Indonesian) when the rule is not valid yet. Uses the same function the API does,
 * so the preview is what `series.create` will create.
 */
export function previewRepeat(rule: RecurrenceRuleInput, zone: string): RepeatPreview {
  const parsed = recurrenceRuleSchema.safeParse(rule);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: issue?.message ?? '',
      field: issue?.path.map(String).join('.') || undefined,
    };
  }
  return { ok: true, occurrences: expandRecurrence(rule, zone) };
}
