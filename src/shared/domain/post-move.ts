import type { LocalTime } from '../time';

/**
 * "A move keeps the time of day": a post dragged to another day goes out at the time it had,
 * read in the office's zone, unless the drop chose an hour (the week view); an idea, which has
 * no time yet, gets the office's default. The calendar shows the move at once with this rule and
 * the posts service stores it with the same one, so the guess and the answer agree.
 */
export function timeAfterMove(
  /** The post's current day and time in the office zone; null for an idea. */
  before: { time: LocalTime } | null,
  /** The hour the drop chose, if any. */
  chosen: LocalTime | undefined,
  defaultTime: LocalTime,
): LocalTime {
  return chosen ?? before?.time ?? defaultTime;
}
