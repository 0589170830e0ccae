import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { roleSchema } from './people';

/** A comment is a message, not an essay: 4 000 characters, as an office memo page. */
export const maxCommentTextLength = 4000;

export const commentTextSchema = z
  .string()
  .trim()
  .min(1, 'Tuliskan komentarnya dulu')
  .max(maxCommentTextLength, `Komentar paling banyak ${maxCommentTextLength} karakter`);

export const commentSchema = z.object({
  id: idSchema,
  postId: idSchema,
  authorId: idSchema,
  authorName: z.string(),
  authorRole: roleSchema,
  /** Empty once deleted: the thread shows "Komentar dihapus" in its place. */
  text: z.string(),
  /** The people mentioned, for highlighting their names in the text. */
  mentions: z.array(z.object({ id: idSchema, name: z.string() })),
  createdAt: instantSchema,
  editedAt: instantSchema.nullable(),
  deletedAt: instantSchema.nullable(),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z.object({
  /** Oldest first, deleted ones included (shown as deleted) so replies keep their sense. */
  comments: z.array(commentSchema),
  /** Whether the person asking follows the post (is told of new comments). */
  following: z.boolean(),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;
