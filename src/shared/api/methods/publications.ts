import { z } from 'zod';
import { idSchema, instantSchema } from '../../domain/common';
import {
  maxPublicationItems,
  postPublicationSchema,
  publicationStates,
} from '../../domain/publication';
import { method } from './define';

/** One channel of one post (channelId omitted: every channel of the post not marked yet). */
const markItemSchema = z
  .object({
    postId: idSchema,
    channelId: idSchema.optional(),
    /** When it actually went live; omitted: at the scheduled time ("terbit sesuai jadwal"). */
    publishedAt: instantSchema.optional(),
    /** The post's address on the platform; checked against the platform's domains. */
    permalink: z.string().trim().max(2000).default(''),
  })
  .strict();

const unmarkItemSchema = z.object({ postId: idSchema, channelId: idSchema }).strict();

/** Per post: what it is now, or why it was refused; a refusal does not stop the others. */
const publicationResultSchema = z.discriminatedUnion('ok', [
  z.object({
    postId: idSchema,
    ok: z.literal(true),
    state: z.enum(publicationStates),
    publication: postPublicationSchema,
  }),
  z.object({
    postId: idSchema,
    ok: z.literal(false),
    title: z.string().nullable(),
    error: z.object({
      code: z.string(),
      message: z.string(),
      key: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  }),
]);
const publicationResponseSchema = z.object({ results: z.array(publicationResultSchema) });

/**
 * Kinerja: what actually went out, per channel. Who acts is the signed-in person (the handler
 * hands the service its id).
 */
export const publicationMethods = {
  'publications.get': method({
    access: 'signedIn',
    summary:
      'Per channel of a post: marked published or not, with the actual time, link, source (manual or import) and who marked it; and the post’s state (none, partial = "Sebagian terbit", all).',
    request: z.object({ postId: idSchema }).strict(),
    response: postPublicationSchema,
    errors: ['invalid_request', 'not_found'],
  }),
  'publications.mark': method({
    access: 'signedIn',
    summary:
      'Mark channels of posts published, one by one or for a selection ("Terbit sesuai jadwal": no channel and no time given marks every channel at the scheduled time). The post must be approved; when every channel is marked the post becomes published. Links must be addresses of the channel’s platform. One transaction, per-post results.',
    request: z.object({ items: z.array(markItemSchema).min(1).max(maxPublicationItems) }).strict(),
    response: publicationResponseSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
  'publications.unmark': method({
    access: 'signedIn',
    summary:
      'Take back a channel’s published mark (undo). A published post whose channel is taken back returns to approved ("Sebagian terbit" or not published). Logged.',
    request: z
      .object({
        items: z.array(unmarkItemSchema).min(1).max(maxPublicationItems),
      })
      .strict(),
    response: publicationResponseSchema,
    errors: ['invalid_request', 'forbidden'],
  }),
} as const;
