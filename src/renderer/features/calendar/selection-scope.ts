import type { PostSummary } from '../../../shared/domain/posts';
import type { LocalDate } from '../../../shared/time';
import type { DayPost } from './model';

/** What a calendar view lets the person select. */
export interface SelectionScope {
  /** Every post the view holds, day by day and by time: the order a Shift-range follows. */
  posts: PostSummary[];
  order: string[];
  /** What Ctrl+A takes: the month's own posts (not the neighbouring months' days), or the week's. */
  all: string[];
}

/**
 * The posts of the days shown, in reading order. In the month, `month` (`YYYY-MM`) keeps the
 * days of the months before and after out of Ctrl+A, as they are out of "nothing planned in
 * November"; they can still be clicked into a selection one by one. Posts behind "+N lainnya"
 * count: they are the month's, and the day dialog shows them with their checkboxes.
 */
export function selectionScope(
  days: readonly LocalDate[],
  byDay: ReadonlyMap<LocalDate, readonly DayPost[]>,
  month: string | null,
): SelectionScope {
  const posts: PostSummary[] = [];
  const all: string[] = [];
  for (const date of days) {
    const inScope = month === null || date.startsWith(month);
    for (const { post } of byDay.get(date) ?? []) {
      posts.push(post);
      if (inScope) all.push(post.id);
    }
  }
  return { posts, order: posts.map((post) => post.id), all };
}
