import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import type { Role } from './people';
import type { ApprovalStep, ApprovalSteps } from './post-status';
import { localDateSchema, localTimeSchema, postSummarySchema } from './posts';

/**
 * "Perlu tindakan": what waits for the person acting now.
 *
 * - `approvals` (the roles that sign off): posts waiting for the person's step, soonest scheduled
 *   first and, for the same time, the one waiting longest first. In a two-step office checkers
 *   see the posts waiting for a check, approvers those checked and waiting for approval, admins
 *   both (`stepsForRole`). Posts the person submitted themselves, or checked themselves (for
 *   the approval), are left out unless the office allows self-approval: they wait for someone
 *   else.
 * - `changesRequested`: the person's posts sent back with a reason (the latest "Minta revisi"
 *   comment comes with each).
 * - `dueDrafts`: the person's drafts scheduled before the end of the next N days (late ones too).
 * - `unpublished`: the person's approved posts whose time has passed but are not marked published.
 *
 * "The person's posts" are those assigned to them; unassigned ones belong to whoever submitted
 * them last, or else to whoever created them (`responsiblePerson`).
 */
export const needsActionGroups = [
  'approvals',
  'changesRequested',
  'dueDrafts',
  'unpublished',
] as const;
export type NeedsActionGroup = (typeof needsActionGroups)[number];

/** Drafts count as due when scheduled within this many days (the view lets the user change it). */
export const defaultDueWithinDays = 7;
export const maxDueWithinDays = 90;

/** The sign-off steps whose waiting posts `role` sees, in an office with `steps` steps. */
export function stepsForRole(role: Role, steps: ApprovalSteps = 1): ApprovalStep[] {
  switch (role) {
    case 'checker':
      return steps === 2 ? ['check'] : [];
    case 'approver':
      return ['approve'];
    case 'admin':
      return steps === 2 ? ['check', 'approve'] : ['approve'];
    default:
      return [];
  }
}

/** The approval group is for the roles with a step to give; everyone has posts of their own. */
export function groupsForRole(role: Role, steps: ApprovalSteps = 1): NeedsActionGroup[] {
  return stepsForRole(role, steps).length === 0
    ? needsActionGroups.filter((g) => g !== 'approvals')
    : [...needsActionGroups];
}

/** Whose post it is, for the planner's lists: the assignee, else the last submitter, else the creator. */
export function responsiblePerson(post: {
  assigneeId: string | null;
  submittedBy: string | null;
  createdBy: string | null;
}): string | null {
  return post.assigneeId ?? post.submittedBy ?? post.createdBy;
}

export const needsActionItemSchema = z.object({
  post: postSummarySchema,
  /** changesRequested: the reviewer's latest comment. */
  reason: z.string().nullable(),
  /** approvals: when the post was submitted (its last change). */
  since: instantSchema.nullable(),
});
export type NeedsActionItem = z.infer<typeof needsActionItemSchema>;

export const needsActionSchema = z.object({
  dueWithinDays: z.number().int(),
  groups: z.object({
    approvals: z.array(needsActionItemSchema),
    changesRequested: z.array(needsActionItemSchema),
    dueDrafts: z.array(needsActionItemSchema),
    unpublished: z.array(needsActionItemSchema),
  }),
  /** Posts in all groups together, each once: the sidebar counter. */
  count: z.number().int(),
});
export type NeedsAction = z.infer<typeof needsActionSchema>;

/** One post of a bulk request, with the version the caller saw (a stale one is refused alone). */
export const bulkItemSchema = z
  .object({ id: idSchema, version: z.number().int().positive() })
  .strict();
export type BulkItem = z.infer<typeof bulkItemSchema>;

/** One post of a bulk move: a day (null: back to the ideas), and optionally a time. */
export const bulkMoveItemSchema = bulkItemSchema
  .extend({ date: localDateSchema.nullable().optional(), time: localTimeSchema.optional() })
  .strict();

/** Where a post was before a move, for "Urungkan". */
export const schedulePlaceSchema = z
  .object({ date: localDateSchema, time: localTimeSchema })
  .nullable();

const refusalSchema = z.object({
  code: z.string(),
  message: z.string(),
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** Per post: done (with the post as it is now) or refused (with the reason), never both. */
export const bulkResultSchema = z.discriminatedUnion('ok', [
  z.object({
    id: idSchema,
    ok: z.literal(true),
    post: postSummarySchema,
    /** A move of an approved or in-review post sent it back to draft. */
    returnedToDraft: z.boolean(),
    /** Moves only: where the post was, for undo. */
    previous: schedulePlaceSchema.optional(),
  }),
  z.object({
    id: idSchema,
    ok: z.literal(false),
    title: z.string().nullable(),
    error: refusalSchema,
  }),
]);
export type BulkResult = z.infer<typeof bulkResultSchema>;
export const bulkResponseSchema = z.object({ results: z.array(bulkResultSchema) });
export type BulkResponse = z.infer<typeof bulkResponseSchema>;

/** The platform warnings of one post, worded in Indonesian by main, for the one acknowledgement. */
export const postWarningListSchema = z.object({
  id: idSchema,
  title: z.string(),
  warnings: z.array(z.object({ channelId: z.string(), message: z.string() })),
});
export type PostWarningList = z.infer<typeof postWarningListSchema>;

/** At most this many posts per bulk call: a month of a busy office, many times over. */
export const maxBulkPosts = 1000;
