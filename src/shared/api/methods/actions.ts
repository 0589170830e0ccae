import { z } from 'zod';
import { idSchema } from '../../domain/common';
import {
  bulkItemSchema,
  bulkMoveItemSchema,
  bulkResponseSchema,
  defaultDueWithinDays,
  maxBulkPosts,
  maxDueWithinDays,
  needsActionSchema,
  postWarningListSchema,
} from '../../domain/needs-action';
import { maxCommentLength } from '../../domain/post-status';
import { method } from './define';

const items = z.array(bulkItemSchema).min(1).max(maxBulkPosts);

/** The same post twice in one call would be refused by its own version check; say so up front. */
const distinctIds = (list: readonly { id: string }[]) =>
  new Set(list.map((i) => i.id)).size === list.length;
const distinctMessage = { message: 'Unggahan yang sama dipilih dua kali', path: ['items'] };

/**
 * "Perlu tindakan" and the bulk actions on many posts. Each bulk call runs in ONE transaction
 * and is all-or-nothing per post: a post refused (stale version, not allowed, in the trash…)
 * changes nothing of its own and does not undo the others; every post gets its own result.
 */
export const actionMethods = {
  'posts.needsAction': method({
    access: 'signedIn',
    summary:
      'What waits for this person: for approvers, posts waiting for approval (soonest first); for everyone, their posts with changes requested (with the reason), drafts due within N days, and approved posts past their time not yet marked published; with the total for the sidebar counter.',
    request: z
      .object({
        dueWithinDays: z.number().int().min(1).max(maxDueWithinDays).default(defaultDueWithinDays),
      })
      .strict(),
    response: needsActionSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
  'posts.bulkWarnings': method({
    access: 'signedIn',
    summary:
      'The platform warnings of each of the given posts (only posts that have some), worded in Indonesian, to be acknowledged once before a bulk submit.',
    request: z.object({ ids: z.array(idSchema).min(1).max(maxBulkPosts) }).strict(),
    response: z.array(postWarningListSchema),
    errors: ['invalid_request'],
  }),
  'posts.bulkTransition': method({
    access: 'signedIn',
    summary:
      'One approval step (submit, check, approve, request_changes with one comment for all, revise, cancel, reopen) on many posts in one transaction; per-post results, a refused post does not stop the others.',
    request: z
      .object({
        action: z.enum([
          'submit',
          'check',
          'approve',
          'request_changes',
          'revise',
          'cancel',
          'reopen',
        ]),
        items,
        comment: z.string().trim().max(maxCommentLength).default(''),
        /** The warnings of the whole selection were shown and acknowledged once. */
        acknowledgeWarnings: z.boolean().default(false),
      })
      .strict()
      .refine((r) => distinctIds(r.items), distinctMessage)
      .refine((r) => r.action !== 'request_changes' || r.comment !== '', {
        message: 'Tuliskan apa yang perlu direvisi',
        path: ['comment'],
      }),
    response: bulkResponseSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
  'posts.bulkMove': method({
    access: 'signedIn',
    summary:
      'Move many posts in one transaction: shift each by shiftDays keeping its time, or to the date (and time) given per post (null: back to the ideas tray). Per-post results carry where each post was, for undo.',
    request: z
      .object({
        items: z.array(bulkMoveItemSchema).min(1).max(maxBulkPosts),
        shiftDays: z.number().int().min(-366).max(366).optional(),
      })
      .strict()
      .refine((r) => distinctIds(r.items), distinctMessage)
      .refine((r) => r.shiftDays !== undefined || r.items.every((i) => i.date !== undefined), {
        message: 'Sebutkan pergeseran hari atau tanggal tujuan setiap unggahan',
        path: ['shiftDays'],
      }),
    response: bulkResponseSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
  'posts.bulkDelete': method({
    access: 'signedIn',
    summary: 'Move many posts to the trash in one transaction (restorable with posts.bulkRestore).',
    request: z
      .object({ items })
      .strict()
      .refine((r) => distinctIds(r.items), distinctMessage),
    response: bulkResponseSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
  'posts.bulkRestore': method({
    access: 'signedIn',
    summary: 'Bring many posts back from the trash in one transaction (undo of a bulk delete).',
    request: z.object({ ids: z.array(idSchema).min(1).max(maxBulkPosts) }).strict(),
    response: bulkResponseSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
} as const;
