import type { Db } from '../connection';

/** A post in one of the "Perlu tindakan" lists, before its summary is read. */
export interface NeedsActionRow {
  id: string;
  reason: string | null;
  since: string | null;
}

/**
 * The "Perlu tindakan" lists (src/shared/domain/needs-action.ts says what each holds). "Mine"
 * is `responsiblePerson` of that file as SQL: the assignee, else the last submitter, else the
 * creator. No status index: the lists are read once per screen and after an action, and a scan
 * of the posts table is a few milliseconds at the sizes an office reaches.
 */
export function needsActionRepository(db: Db) {
  const mine = 'COALESCE(p.assignee_id, p.submitted_by, p.created_by) = @me';
  const live = 'p.deleted_at IS NULL';
  // Two-step offices: a post waits for its check until checked_by is set, then for approval.
  const approvals = db.prepare<
    { me: string; allowSelf: 0 | 1; twoSteps: 0 | 1; check: 0 | 1; approve: 0 | 1 },
    NeedsActionRow
  >(`
    SELECT p.id, NULL AS reason, p.updated_at AS since FROM posts p
    WHERE p.status = 'in_review' AND ${live}
      AND (@allowSelf = 1 OR p.submitted_by IS NULL OR p.submitted_by <> @me)
      AND (
        (@check = 1 AND @twoSteps = 1 AND p.checked_by IS NULL)
        OR (@approve = 1 AND (@twoSteps = 0 OR (p.checked_by IS NOT NULL
          AND (@allowSelf = 1 OR p.checked_by <> @me)))))
    ORDER BY p.scheduled_at IS NULL, p.scheduled_at, p.updated_at, p.num`);
  const changesRequested = db.prepare<{ me: string }, NeedsActionRow>(`
    SELECT p.id, p.updated_at AS since,
      (SELECT a.comment FROM post_activity a
        WHERE a.post_id = p.id AND a.action = 'request_changes' ORDER BY a.id DESC LIMIT 1) AS reason
    FROM posts p
    WHERE p.status = 'changes_requested' AND ${live} AND ${mine}
    ORDER BY p.scheduled_at IS NULL, p.scheduled_at, p.num`);
  const dueDrafts = db.prepare<{ me: string; until: string }, NeedsActionRow>(`
    SELECT p.id, NULL AS reason, NULL AS since FROM posts p
    WHERE p.status = 'draft' AND ${live} AND p.scheduled_at IS NOT NULL AND p.scheduled_at < @until
      AND ${mine}
    ORDER BY p.scheduled_at, p.num`);
  const unpublished = db.prepare<{ me: string; now: string }, NeedsActionRow>(`
    SELECT p.id, NULL AS reason, NULL AS since FROM posts p
    WHERE p.status = 'approved' AND ${live} AND p.scheduled_at IS NOT NULL AND p.scheduled_at <= @now
      AND ${mine}
    ORDER BY p.scheduled_at, p.num`);
  return {
    approvals: (
      me: string,
      allowSelf: boolean,
      twoSteps: boolean,
      steps: readonly ('check' | 'approve')[],
    ) =>
      approvals.all({
        me,
        allowSelf: allowSelf ? 1 : 0,
        twoSteps: twoSteps ? 1 : 0,
        check: steps.includes('check') ? 1 : 0,
        approve: steps.includes('approve') ? 1 : 0,
      }),
    changesRequested: (me: string) => changesRequested.all({ me }),
    dueDrafts: (me: string, until: string) => dueDrafts.all({ me, until }),
    unpublished: (me: string, now: string) => unpublished.all({ me, now }),
  };
}
