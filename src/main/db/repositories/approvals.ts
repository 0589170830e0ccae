import type { ApprovalStep } from '../../../shared/domain/post-status';
import type { PostChannel, PostFormat } from '../../../shared/domain/posts';
import type { Db } from '../connection';

/**
 * The evidence of each sign-off (post_approvals, migration 12): who, under which name and role
 * at that moment, when, and the fingerprint of what they signed off (null for approvals carried
 * over from before the evidence was kept). Rows are never changed or removed while the post
 * lives: a later round adds its own.
 */
export interface ApprovalEvidence {
  postId: string;
  step: ApprovalStep;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  at: string;
  fingerprint: string | null;
}

interface EvidenceRow {
  post_id: string;
  step: ApprovalStep;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  at: string;
  fingerprint: string | null;
}

export function approvalsRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO post_approvals (post_id, step, actor_id, actor_name, actor_role, at, fingerprint)
     VALUES (@postId, @step, @actorId, @actorName, @actorRole, @at, @fingerprint)`,
  );
  // Every channel of each post, unfiltered and in order: what a fingerprint covers, whatever
  // channels an export shows.
  const channelsOf = db.prepare<
    [string],
    { post_id: string; channel_id: string; format: PostFormat; caption_override: string | null }
  >(
    `SELECT post_id, channel_id, format, caption_override FROM post_channels
     WHERE post_id IN (SELECT value FROM json_each(?)) ORDER BY post_id, position`,
  );
  const ofPosts = db.prepare<[string], EvidenceRow>(
    `SELECT post_id, step, actor_id, actor_name, actor_role, at, fingerprint FROM post_approvals
     WHERE post_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  return {
    record(evidence: ApprovalEvidence): void {
      insert.run(evidence);
    },
    /** Each post's channels as a fingerprint reads them (all of them, in the post's order). */
    channelsOf(ids: readonly string[]): Map<string, PostChannel[]> {
      const byPost = new Map<string, PostChannel[]>();
      if (ids.length === 0) return byPost;
      for (const row of channelsOf.all(JSON.stringify(ids))) {
        const list = byPost.get(row.post_id) ?? [];
        list.push({
          channelId: row.channel_id,
          format: row.format,
          captionOverride: row.caption_override,
        });
        byPost.set(row.post_id, list);
      }
      return byPost;
    },
    /** Every recorded sign-off of these posts, oldest first, by post id. */
    ofPosts(ids: readonly string[]): Map<string, ApprovalEvidence[]> {
      const byPost = new Map<string, ApprovalEvidence[]>();
      if (ids.length === 0) return byPost;
      for (const row of ofPosts.all(JSON.stringify(ids))) {
        const list = byPost.get(row.post_id) ?? [];
        list.push({
          postId: row.post_id,
          step: row.step,
          actorId: row.actor_id,
          actorName: row.actor_name,
          actorRole: row.actor_role,
          at: row.at,
          fingerprint: row.fingerprint,
        });
        byPost.set(row.post_id, list);
      }
      return byPost;
    },
  };
}
export type ApprovalsRepository = ReturnType<typeof approvalsRepository>;

/**
 * The evidence behind a post's current sign-off of `step`: the latest row of that step at the
 * instant the post records (posts.checked_at / approved_at), or null when there is none.
 */
export function currentEvidence(
  list: readonly ApprovalEvidence[] | undefined,
  step: ApprovalStep,
  at: string | null,
): ApprovalEvidence | null {
  if (!list || at === null) return null;
  for (let i = list.length - 1; i >= 0; i--) {
    const row = list[i]!;
    if (row.step === step && row.at === at) return row;
  }
  return null;
}
