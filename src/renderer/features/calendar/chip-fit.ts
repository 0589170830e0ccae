/**
 * How many of a day's chips fit in its cell, from measured heights: the month grid takes exactly
 * the height the window leaves it, so a cell shows as many posts as it holds and "+N lainnya"
 * (beside the date, so it takes no line of its own) only when it is really full. Pure arithmetic
 * (unit-tested); `use-chip-fit.ts` does the measuring.
 */

export interface DayMeasure {
  /** Height the cell leaves under its date for chips, in CSS pixels. */
  available: number;
  /** Heights of the chips rendered so far, in the day's order (some may be spares, see below). */
  heights: readonly number[];
  /** How many posts the day has. */
  total: number;
  /** Space between two chips. */
  gap: number;
  /** The lowest a chip can be (one line of text): bounds how many could possibly fit. */
  minChipHeight: number;
}

export interface DayPlan {
  /** Chips shown in the cell; when fewer than the day's posts, "+N lainnya" says how many more. */
  shown: number;
  /**
   * Chips to render: the shown ones plus hidden spares that are laid out (at the cell's width,
   * out of sight) only to be measured, up to as many as could fit if they were one line each.
   */
  rendered: number;
}

/** Rounding slack: heights come as fractions of a pixel and sums drift. */
const slack = 0.5;

/** The number of chips shown, given the heights measured so far. Unmeasured chips never count. */
export function chipsThatFit(measure: Omit<DayMeasure, 'minChipHeight'>): number {
  const { available, heights, total, gap } = measure;
  const measured = Math.min(heights.length, Math.max(total, 0));
  let shown = 0;
  let used = 0;
  while (shown < measured) {
    const next = used + (shown > 0 ? gap : 0) + heights[shown]!;
    if (next > available + slack) break;
    used = next;
    shown++;
  }
  // A day with posts always shows its first one, cut at the cell's edge if it must be (its time
  // and title come first): a lone "+1 lainnya" hides the very post a planner looks for, as when
  // the setup checklist leaves a laptop's month short rows.
  return shown === 0 && measured > 0 ? 1 : shown;
}

/** What a day cell renders next: the chips that fit, and enough spares to learn whether more would. */
export function planDay(measure: DayMeasure): DayPlan {
  const { available, total, gap, minChipHeight } = measure;
  const shown = chipsThatFit(measure);
  // Even one-line chips could not fill more than this; below it, spares are measured.
  const couldFit = Math.floor((Math.max(available, 0) + gap) / (Math.max(minChipHeight, 1) + gap));
  return { shown, rendered: Math.min(total, Math.max(shown, couldFit)) };
}
