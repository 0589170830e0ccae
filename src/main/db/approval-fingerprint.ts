import { createHash } from 'node:crypto';
import { approvedContentFields } from '../../shared/domain/post-fields';
import type { Post } from '../../shared/domain/posts';

export type FingerprintedPost = Pick<
  Post,
  | 'title'
  | 'caption'
  | 'channels'
  | 'scheduledAt'
  | 'assetIds'
  | 'hashtags'
  | 'link'
  | 'firstComment'
>;

/**
 * A SHA-256 fingerprint of what a checker or approver signs off (`approvedContentFields`: title,
 * captions and formats per channel, schedule, attachments in order, hashtags, link, first
 * comment), so that "the content and the schedule are exactly as approved" is a comparison of
 * two strings. The schedule is the instant (normalised, so two spellings of one moment agree);
 * attachments count by the SHA-256 of their files (`assetHashes`, in the post's order), so the
 * fingerprint covers the photo itself, not a name for it. Notes, tags, PIC and campaign are left
 * out, as they do not invalidate an approval either. The one definition: the approval evidence,
 * the exports' check (export/schedule.ts) and the undo of a move all call it. It lives
 * in db/ beside the evidence it defines, so that both services and exports can reach it.
 */
export function approvalFingerprint(
  post: FingerprintedPost,
  assetHashes: readonly string[],
): string {
  const values = approvedContentFields.map((field) => {
    switch (field) {
      case 'schedule':
        return post.scheduledAt === null ? null : new Date(post.scheduledAt).toISOString();
      case 'channels':
        return post.channels.map((c) => [c.channelId, c.format, c.captionOverride ?? null]);
      case 'assetIds':
        return assetHashes;
      default:
        return post[field];
    }
  });
  return createHash('sha256').update(JSON.stringify(values)).digest('hex');
}
