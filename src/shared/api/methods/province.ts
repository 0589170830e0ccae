import { z } from 'zod';
import { platformSchema } from '../../domain/channels';
import { idSchema, instantSchema } from '../../domain/common';
import { postSchema } from '../../domain/posts';
import { contentPackSchema } from '../../domain/province-pack';
import { empty, method } from './define';

const itemRef = z.object({ packId: idSchema, itemId: idSchema }).strict();

const packItemChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('added'), itemId: idSchema, title: z.string() }),
  z.object({ kind: z.literal('removed'), itemId: idSchema, title: z.string() }),
  z.object({
    kind: z.literal('changed'),
    itemId: idSchema,
    title: z.string(),
    fields: z.array(
      z.enum([
        'title',
        'suggestedDate',
        'suggestedTime',
        'platforms',
        'caption',
        'hashtags',
        'instructions',
        'media',
      ]),
    ),
    captionPlatforms: z.array(z.string()),
  }),
]);

const receivedPackSchema = z.object({
  pack: contentPackSchema,
  senderCode: z.string(),
  receivedAt: instantSchema,
  items: z.array(
    z.object({
      itemId: idSchema,
      adoption: z
        .object({
          packId: idSchema,
          itemId: idSchema,
          postId: idSchema,
          adoptedVersion: z.number().int(),
          adoptedAt: instantSchema,
        })
        .nullable(),
      change: packItemChangeSchema.nullable(),
    }),
  ),
});

/** The regency's side of content packs ("Paket dari Provinsi"). */
export const provinceMethods = {
  'province.received': method({
    access: 'signedIn',
    summary:
      'Packs received from the province (newest version of each), each item with its adoption into this calendar and the change a newer version made to an adopted item, if any.',
    request: empty,
    response: z.array(receivedPackSchema),
    errors: [],
  }),
  'province.adopt': method({
    access: 'signedIn',
    summary:
      "Adopt a pack item into this office's calendar as a draft linked to the item (captions per platform on the office's channels of that platform, suggested day and time, hashtags, the pack's instructions as brief). Returns the draft and the suggested platforms the office has no channel for. An item is adopted once.",
    request: itemRef,
    response: z.object({ post: postSchema, missingPlatforms: z.array(platformSchema) }),
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
  'province.acknowledgeChange': method({
    access: 'signedIn',
    summary:
      "Mark a newer pack version's change to an adopted item as seen (the draft itself is edited through posts.update; nothing is overwritten by the pack).",
    request: itemRef,
    response: z.object({ ok: z.literal(true) }),
    errors: ['not_found'],
  }),
} as const;
