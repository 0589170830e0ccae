import { z } from 'zod';
import { platformSchema } from '../../domain/channels';
import { idSchema, instantSchema } from '../../domain/common';
import { exportRecordSchema } from '../../domain/exports';
import { postSchema } from '../../domain/posts';
import { contentPackSchema, packItemSchema } from '../../domain/province-pack';
import { monthSchema } from '../../domain/province-report';
import { everyOffice } from '../../exchange/envelope';
import { regionCodeSchema } from '../../exchange/region';
import { empty, method } from './define';

/**
 * What a pack item lost to the pack's limits when it was built from a post (the post itself is
 * not changed): the composer shows each to the province officer, so nothing is cut silently.
 * `limit` is the pack's limit in characters, or in files or hashtags for what was left out.
 */
export const itemShortenedSchema = z.discriminatedUnion('field', [
  z.object({ itemId: idSchema, field: z.literal('title'), limit: z.number().int() }),
  z.object({
    itemId: idSchema,
    field: z.literal('caption'),
    platform: platformSchema,
    limit: z.number().int(),
  }),
  z.object({
    itemId: idSchema,
    field: z.literal('mediaName'),
    name: z.string(),
    limit: z.number().int(),
  }),
  z.object({
    itemId: idSchema,
    field: z.literal('media'),
    left: z.number().int().min(1),
    limit: z.number().int(),
  }),
  z.object({
    itemId: idSchema,
    field: z.literal('hashtags'),
    left: z.number().int().min(1),
    limit: z.number().int(),
    chars: z.number().int(),
  }),
]);
export type ItemShortened = z.infer<typeof itemShortenedSchema>;

/** Who sends a pack: the same people who approve posts. */
const senders = ['approver', 'admin'] as const;

const sentPackSchema = z.object({
  pack: contentPackSchema,
  /** `['semua']` or the chosen regencies' and cities' codes. */
  recipients: z.array(z.string()),
  sentAt: instantSchema,
});

export const sendPackRequestSchema = z
  .object({
    /** Absent: a new pack (version 1). Present: the next version of that sent pack. */
    packId: idSchema.optional(),
    title: contentPackSchema.shape.title,
    instructions: contentPackSchema.shape.instructions,
    deadline: instantSchema,
    items: contentPackSchema.shape.items,
    recipients: z.union([
      z.literal(everyOffice),
      z.array(regionCodeSchema).min(1, 'Pilih paling sedikit satu kabupaten/kota').max(600),
    ]),
  })
  .strict()
  .refine(
    (request) => new Set(request.items.map((item) => item.itemId)).size === request.items.length,
    { message: 'Setiap butir paket memiliki nomor sendiri', path: ['items'] },
  );

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

const monthFiguresSchema = z.object({
  itemsSent: z.number().int(),
  itemsAdopted: z.number().int(),
  itemsPublished: z.number().int(),
  adoptionShare: z.number().nullable(),
  medianHoursToPublication: z.number().nullable(),
  plannedChannels: z.number().int(),
  publishedChannels: z.number().int(),
  planRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  reach: z.number(),
});

const rollupSchema = z.object({
  month: z.string(),
  regencies: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      rank: z.number().int(),
      report: z.object({
        state: z.enum(['on_time', 'late', 'missing', 'awaited']),
        sentAt: instantSchema.nullable(),
        receivedAt: instantSchema.nullable(),
      }),
      current: monthFiguresSchema,
      previous: monthFiguresSchema.nullable(),
    }),
  ),
  items: z.array(
    z.object({
      packId: idSchema,
      packTitle: z.string(),
      itemId: idSchema,
      title: z.string(),
      suggestedDate: z.string(),
      carriers: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          adopted: z.boolean(),
          publications: z.array(
            z.object({
              platform: platformSchema,
              publishedAt: instantSchema,
              permalink: z.string().nullable(),
            }),
          ),
          hoursToPublication: z.number().nullable(),
        }),
      ),
    }),
  ),
});

/**
 * The regency's side of content packs ("Paket dari Provinsi"), its report up, and the province's
 * side: the packs it composes and sends, and its Rekap.
 */
export const provinceMethods = {
  'province.sent': method({
    access: 'signedIn',
    summary:
      'The content packs this province office sent to its regencies and cities, newest version of each (pack, recipients, sent at), newest first.',
    request: empty,
    response: z.array(sentPackSchema),
    errors: [],
  }),
  'province.itemsFromPosts': method({
    access: senders,
    summary:
      "Pack items built from this office's scheduled posts, in the order given, each with a fresh item id: title, suggested day and time (office time zone), one entry per channel platform with its format and that channel's caption, hashtags from the post and its caption, empty instructions and the post's attachments (sha256, name, bytes, mime). What exceeds the pack's limits is cut (titles, captions, media names) or left out (media, hashtags), and `shortened` names each such cut per item so the composer can tell the officer; the posts are not changed.",
    request: z.object({ postIds: z.array(idSchema).min(1).max(200) }).strict(),
    response: z.object({
      items: z.array(packItemSchema),
      shortened: z.array(itemShortenedSchema),
    }),
    errors: ['invalid_request', 'not_found', 'forbidden'],
  }),
  'province.sendPack': method({
    access: senders,
    summary:
      'Sends a content pack from this province office to every known regency and city (`semua`) or chosen ones, written signed into the exchange outbox. Without packId a new pack (version 1); with it the next version of that sent pack (items keep their itemId, so regencies see what changed). Refused for an office that is not a province, a recipient that is not a known regency or city of this province, or a deadline not after now.',
    request: sendPackRequestSchema,
    response: z.object({ packId: idSchema, version: z.number().int().min(1), file: z.string() }),
    errors: ['invalid_request', 'not_found', 'conflict', 'forbidden'],
  }),
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
  'province.sendReport': method({
    access: ['approver', 'admin'],
    summary:
      "A regency's monthly report to its province: the month's Laporan totals per channel and every adopted pack item's state (adopted, scheduled, approved, published where, with links), written signed into this office's exchange outbox. Sending the month again replaces the earlier one at the province.",
    request: z.object({ month: monthSchema }).strict(),
    response: z.object({ file: z.string(), sentAt: instantSchema }),
    errors: ['invalid_request', 'conflict', 'forbidden'],
  }),
  'province.sentReports': method({
    access: 'signedIn',
    summary:
      "A regency's reports to its province as sent from this office: each month with when it was last sent and how many times, newest month first; and the province they go to (its name when the exchange knows it). Empty for a province or an office not set up for the exchange.",
    request: empty,
    response: z.object({
      province: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
      reports: z.array(
        z.object({ month: z.string(), sentAt: instantSchema, times: z.number().int() }),
      ),
    }),
    errors: [],
  }),
  'province.exportRollup': method({
    access: 'signedIn',
    summary:
      'The Rekap provinsi of a month as a PDF (A4 portrait, the letterhead and signature block of the printed documents, the ranking with the previous month beside each figure, the offices that reported late or not at all, every pack item per regency) or an XLSX (summary sheet and a data sheet per table, figures as numbers), written into the data directory’s exports/ and recorded in the export history with its month (`rekap`); download it as any export.',
    request: z.object({ month: monthSchema, format: z.enum(['pdf', 'xlsx']) }).strict(),
    response: exportRecordSchema,
    errors: ['invalid_request', 'disk_full'],
  }),
  'province.rollup': method({
    access: 'signedIn',
    summary:
      "Rekap provinsi: the month over this province's regencies and cities — pack adoption and hours to publication, plan against published, on-time rate, reach, the previous month beside each, whether each report came on time, late or not at all, and per pack item who carried it, where and how fast.",
    request: z.object({ month: monthSchema }).strict(),
    response: rollupSchema,
    errors: ['invalid_request'],
  }),
} as const;
