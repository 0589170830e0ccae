import { z } from 'zod';
import { idSchema } from '../../domain/common';
import { commentSchema, commentTextSchema, commentThreadSchema } from '../../domain/comments';
import { method } from './define';

/**
 * The comment thread beside a post's activity log. Every signed-in role may read and write
 * comments; only the author edits or deletes their own. Mentions ("@Nurul Aini") are found by
 * the host in the text (src/shared/domain/mentions.ts), never sent as a list.
 */
export const commentMethods = {
  'comments.list': method({
    access: 'signedIn',
    summary:
      'The comments of a post, oldest first (deleted ones as placeholders), with author name and role, and whether the caller follows the post.',
    request: z.object({ postId: idSchema }).strict(),
    response: commentThreadSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'comments.add': method({
    access: 'signedIn',
    summary:
      'Add a comment (1–4 000 characters, trimmed) to a post not in the trash; notifies the people mentioned and the followers of the post, and logs "comment" in the activity log.',
    request: z.object({ postId: idSchema, text: commentTextSchema }).strict(),
    response: commentSchema,
    errors: ['invalid_request', 'not_found', 'conflict'],
  }),
  'comments.edit': method({
    access: 'signedIn',
    summary: 'Change the text of one of your own comments; people newly mentioned are notified.',
    request: z.object({ id: idSchema, text: commentTextSchema }).strict(),
    response: commentSchema,
    errors: ['invalid_request', 'not_found', 'forbidden', 'conflict'],
  }),
  'comments.delete': method({
    access: 'signedIn',
    summary:
      'Delete one of your own comments; it stays in the thread as "Komentar dihapus", without its text.',
    request: z.object({ id: idSchema }).strict(),
    response: commentSchema,
    errors: ['invalid_request', 'not_found', 'forbidden', 'conflict'],
  }),
  'comments.follow': method({
    access: 'signedIn',
    summary:
      'Follow ("Ikuti") or stop following ("Berhenti mengikuti") a post: followers are notified of new comments. Without a choice, the creator, commenters and people mentioned follow.',
    request: z.object({ postId: idSchema, following: z.boolean() }).strict(),
    response: z.object({ following: z.boolean() }),
    errors: ['invalid_request', 'not_found'],
  }),
} as const;
