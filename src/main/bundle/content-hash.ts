import { createHash } from 'node:crypto';
import type { BundlePost } from '../../shared/domain/bundle';

/** The fields of a post a person edits: what "changed since the last exchange" compares. */
export type PostContent = Pick<
  BundlePost,
  | 'title'
  | 'brief'
  | 'caption'
  | 'link'
  | 'firstComment'
  | 'hashtags'
  | 'tags'
  | 'channels'
  | 'campaignId'
  | 'assigneeId'
  | 'status'
  | 'approvedBy'
  | 'checkedBy'
  | 'permalink'
  | 'scheduledAt'
  | 'timeZone'
  | 'assets'
>;

/** Stored instants are ISO strings with milliseconds; a bundle may spell the same instant otherwise. */
export function normalInstant(instant: string): string;
export function normalInstant(instant: string | null): string | null;
export function normalInstant(instant: string | null): string | null {
  return instant === null ? null : new Date(instant).toISOString();
}

/**
 * SHA-256 of a post's content in one fixed layout (a JSON array, so key order cannot vary).
 * Left out on purpose: version and timestamps (every write bumps them, on each machine
 * separately), who created or submitted it, the series (local to one machine), and the approval
 * time (two approvals of the same content are the same content). Tags are a set; channels,
 * hashtags and attachments keep their order, which the person chose. A post in the trash hashes
 * differently from the same post outside it: trashing is a change the other side has not seen.
 * Who checked the post (two-step offices) comes last and only when someone did, so every post
 * without a check keeps the hash it had before checks existed (earlier exchanges still match).
 */
export function contentHash(post: PostContent, inTrash = false): string {
  const layout = [
    1, // layout version: a bundle with another layout carries another schemaVersion
    post.title,
    post.brief,
    post.caption,
    post.link,
    post.firstComment,
    post.hashtags,
    [...new Set(post.tags)].sort(),
    post.channels.map((c) => [c.channelId, c.format, c.captionOverride]),
    post.campaignId,
    post.assigneeId,
    post.status,
    post.approvedBy,
    post.permalink,
    normalInstant(post.scheduledAt),
    post.timeZone,
    post.assets,
    inTrash,
    ...(post.checkedBy ? [post.checkedBy] : []),
  ];
  return createHash('sha256').update(JSON.stringify(layout)).digest('hex');
}
