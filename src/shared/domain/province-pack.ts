import { z } from 'zod';
import { sha256Schema } from './bundle';
import { platformSchema } from './channels';
import { idSchema, instantSchema, nameSchema, textSchema } from './common';
import { localDateSchema, localTimeSchema, postFormatSchema } from './posts';

/**
 * A content pack ("Paket dari Provinsi"): what a province sends its regencies and cities to
 * carry, the government's single narrative for a national day, a programme or a warning. These
 * schemas are what a regency accepts from an exchange file; anything else is refused before it
 * touches the calendar.
 *
 * A pack is identified by `packId` and grows by `version`: version 2 replaces version 1 as a
 * whole (items keep their `itemId`, so a regency can say what changed in the items it adopted).
 * Media travel by content hash beside the pack; the item names them.
 */

/** One platform's suggestion inside an item: format and caption for that platform. */
export const packPlatformSchema = z.object({
  platform: platformSchema,
  format: postFormatSchema,
  caption: textSchema(5000),
});
export type PackPlatform = z.infer<typeof packPlatformSchema>;

/** A file that travels with the pack, named by its content. */
export const packMediaSchema = z.object({
  sha256: sha256Schema,
  name: nameSchema(255),
  bytes: z.number().int().nonnegative(),
  mime: z.string().min(3).max(100),
});
export type PackMedia = z.infer<typeof packMediaSchema>;

export const packItemSchema = z.object({
  itemId: idSchema,
  title: nameSchema(200),
  suggestedDate: localDateSchema,
  suggestedTime: localTimeSchema.nullable(),
  platforms: z
    .array(packPlatformSchema)
    .min(1, 'Pilih paling sedikit satu platform')
    .refine(
      (list) => new Set(list.map((entry) => entry.platform)).size === list.length,
      'Satu platform hanya sekali per butir',
    ),
  hashtags: z.array(z.string().trim().min(1).max(100)).max(30),
  instructions: textSchema(2000),
  media: z.array(packMediaSchema).max(20),
});
export type PackItem = z.infer<typeof packItemSchema>;

export const contentPackSchema = z
  .object({
    packId: idSchema,
    version: z.number().int().min(1),
    title: nameSchema(200),
    instructions: textSchema(4000),
    /** By when the regencies should have published the items. */
    deadline: instantSchema,
    /** When this version was sent (the start of "hours from pack to publication"). */
    sentAt: instantSchema,
    items: z.array(packItemSchema).min(1, 'Paket berisi paling sedikit satu butir').max(200),
  })
  .refine(
    (pack) => new Set(pack.items.map((item) => item.itemId)).size === pack.items.length,
    'Setiap butir paket memiliki nomor sendiri',
  );
export type ContentPack = z.infer<typeof contentPackSchema>;

/** The fields of an item a regency is told about when a newer version changes them. */
export type PackItemField =
  | 'title'
  | 'suggestedDate'
  | 'suggestedTime'
  | 'platforms'
  | 'caption'
  | 'hashtags'
  | 'instructions'
  | 'media';

export type PackItemChange =
  | { kind: 'added'; itemId: string; title: string }
  | { kind: 'removed'; itemId: string; title: string }
  | {
      kind: 'changed';
      itemId: string;
      title: string;
      fields: PackItemField[];
      /** The platforms whose caption or format changed (for `caption`). */
      captionPlatforms: string[];
    };

/** What changed from one version of a pack to the next, item by item, in the new version's order. */
export function packChanges(previous: ContentPack, next: ContentPack): PackItemChange[] {
  const before = new Map(previous.items.map((item) => [item.itemId, item]));
  const changes: PackItemChange[] = [];
  for (const item of next.items) {
    const old = before.get(item.itemId);
    if (!old) {
      changes.push({ kind: 'added', itemId: item.itemId, title: item.title });
      continue;
    }
    before.delete(item.itemId);
    const change = itemChange(old, item);
    if (change) changes.push(change);
  }
  for (const old of before.values()) {
    changes.push({ kind: 'removed', itemId: old.itemId, title: old.title });
  }
  return changes;
}

/** The changed fields of one item between two versions, or null when nothing changed. */
export function itemChange(old: PackItem, item: PackItem): PackItemChange | null {
  const fields: PackItemField[] = [];
  if (old.title !== item.title) fields.push('title');
  if (old.suggestedDate !== item.suggestedDate) fields.push('suggestedDate');
  if (old.suggestedTime !== item.suggestedTime) fields.push('suggestedTime');
  const oldPlatforms = new Map(old.platforms.map((entry) => [entry.platform, entry]));
  const samePlatforms =
    oldPlatforms.size === item.platforms.length &&
    item.platforms.every((entry) => oldPlatforms.has(entry.platform));
  if (!samePlatforms) fields.push('platforms');
  const captionPlatforms = item.platforms
    .filter((entry) => {
      const was = oldPlatforms.get(entry.platform);
      return was !== undefined && (was.caption !== entry.caption || was.format !== entry.format);
    })
    .map((entry) => entry.platform);
  if (captionPlatforms.length > 0) fields.push('caption');
  if (!sameList(old.hashtags, item.hashtags)) fields.push('hashtags');
  if (old.instructions !== item.instructions) fields.push('instructions');
  if (!sameList(old.media.map((m) => m.sha256).sort(), item.media.map((m) => m.sha256).sort())) {
    fields.push('media');
  }
  if (fields.length === 0) return null;
  return { kind: 'changed', itemId: item.itemId, title: item.title, fields, captionPlatforms };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
