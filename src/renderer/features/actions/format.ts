import type { PostSummary } from '../../../shared/domain/posts';
import { localParts, type LocalDate } from '../../../shared/time';
import { formatShortDate } from '../calendar/format';
import type { BulkPost } from './model';

/** The post's office-local day, or null for an idea. */
export function postDate(post: Pick<PostSummary, 'scheduledAt'>, zone: string): LocalDate | null {
  return post.scheduledAt ? localParts(post.scheduledAt, zone).date : null;
}

/** "Sel, 15 Des 08.00": short day and time in the office zone; Indonesian times use a dot. */
export function placeText(
  post: Pick<PostSummary, 'scheduledAt'>,
  zone: string,
  language: string,
): string | null {
  if (!post.scheduledAt) return null;
  const { date, time } = localParts(post.scheduledAt, zone);
  const clock = language.startsWith('en') ? time : time.replace(':', '.');
  return `${formatShortDate(date, language)} ${clock}`;
}

export const toBulkPost = ({ post }: { post: PostSummary }): BulkPost => ({
  id: post.id,
  version: post.version,
  title: post.title,
  status: post.status,
});
