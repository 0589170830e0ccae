import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { stepsForRole } from './needs-action';
import type { Role } from './people';
import type { ApprovalSteps, PostAction } from './post-status';

/**
 * What the inbox tells a person. Submitted posts go to whoever gives the next sign-off: in a
 * one-step office the approvers ("untuk disetujui"); in a two-step office first the checkers
 * ("untuk diperiksa"), then, once checked, the approvers ("menunggu persetujuan Anda"): the
 * same people `stepsForRole` puts in each "Perlu tindakan" queue. Changes requested and
 * approvals go to the post's own people: its creator, its assignee and whoever submitted it.
 * Nobody is ever told of their own action.
 */
export const notificationKinds = [
  'mentioned',
  'comment',
  'submitted_for_check',
  'submitted_for_approval',
  'checked_for_approval',
  'changes_requested',
  'approved',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.enum(notificationKinds),
  postId: idSchema,
  postTitle: z.string(),
  /** When the post is planned (to open the calendar at its day), null for an idea. */
  postScheduledAt: instantSchema.nullable(),
  commentId: idSchema.nullable(),
  actor: z.object({ id: idSchema, name: z.string() }).nullable(),
  createdAt: instantSchema,
  readAt: instantSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const inboxSchema = z.object({
  /** Newest first. */
  items: z.array(notificationSchema),
  unread: z.number().int().nonnegative(),
  /** Older notifications follow the last item ("Muat lebih banyak"). */
  more: z.boolean(),
});
export type Inbox = z.infer<typeof inboxSchema>;

export interface Colleague {
  id: string;
  role: Role;
  active: boolean;
}

export interface TransitionNotice {
  kind: NotificationKind;
  recipients: string[];
}

/**
 * Who hears of an approval step on a post, and as what; null when the step tells nobody
 * (revise, publish, cancel, reopen). `post` is the post as it was before the step.
 */
export function transitionRecipients(input: {
  action: PostAction;
  actorId: string;
  post: { createdBy: string | null; assigneeId: string | null; submittedBy: string | null };
  people: readonly Colleague[];
  approvalSteps: ApprovalSteps;
  allowSelfApproval: boolean;
}): TransitionNotice | null {
  const { action, actorId, post, people, approvalSteps } = input;
  const giving = (step: 'check' | 'approve') =>
    people
      .filter((p) => p.active && stepsForRole(p.role, approvalSteps).includes(step))
      .map((p) => p.id);
  const owners = [post.createdBy, post.assigneeId, post.submittedBy].flatMap((id) =>
    id ? [id] : [],
  );
  const activeIds = new Set(people.filter((p) => p.active).map((p) => p.id));
  const notice = (
    kind: NotificationKind,
    ids: string[],
    also: (id: string) => boolean = () => true,
  ) => ({
    kind,
    recipients: [...new Set(ids)].filter((id) => id !== actorId && activeIds.has(id) && also(id)),
  });
  switch (action) {
    case 'submit':
      return approvalSteps === 2
        ? notice('submitted_for_check', giving('check'))
        : notice('submitted_for_approval', giving('approve'));
    case 'check':
      // The submitter cannot approve their own post unless the office allows it.
      return notice(
        'checked_for_approval',
        giving('approve'),
        (id) => input.allowSelfApproval || id !== post.submittedBy,
      );
    case 'request_changes':
      return notice('changes_requested', owners);
    case 'approve':
      return notice('approved', owners);
    default:
      return null;
  }
}
