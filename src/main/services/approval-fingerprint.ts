import { createHash } from 'node:crypto';
import { approvedContentFields } from '../../shared/domain/post-fields';
import type { Post } from '../../shared/domain/posts';

/**
 * A fingerprint of what an approver signs off (`approvedContentFields`: title, captions per
 * channel, schedule, media in order, hashtags, link, first comment), so that "the content and
 * the schedule are exactly as approved" is a comparison of two strings. The schedule is the
 * instant (normalised, so two spellings of one moment agree); notes, tags, PIC and campaign are
 * left out, as they do not invalidate an approval either.
 */
export function approvalFingerprint(
  post: Pick<
    Post,
    | 'title'
    | 'caption'
    | 'channels'
    | 'scheduledAt'
    | 'assetIds'
    | 'hashtags'
    | 'link'
    | 'firstComment'
  >,
): string {
  const values = approvedContentFields.map((field) => {
    switch (field) {
      case 'schedule':
        return post.scheduledAt === null ? null : new Date(post.scheduledAt).toISOString();
      case 'channels':
        return post.channels.map((c) => [c.channelId, c.format, c.captionOverride ?? null]);
      default:
        return post[field];
    }
  });
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}
