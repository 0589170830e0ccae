import { z } from 'zod';
import { assetKindSchema } from './assets';
import { platformSchema } from './channels';
import { idSchema, instantSchema } from './common';
import { postStatusSchema, type PostStatus } from './post-status';
import { postFormatSchema, type PostFormat } from './posts';

/**
 * What differs between two versions of one post (ours and a bundle's), field by field, for a
 * person choosing between them: the bundle conflict view and the CLI's dry run both list these
 * entries, so they agree on what "differs" means. Pure: ids and values only; who a channel,
 * campaign or person is comes with the plan (`ConflictNames`), since each side may name them.
 *
 * The order is fixed (`postDiffFields`): what decides a choice first (title, time, status,
 * channels, captions), then the rest of what the content hash covers, so that no difference
 * that makes two versions a conflict is left out of the list.
 */

/** One version of a post as far as the comparison needs it. */
export interface PostVersion {
  title: string;
  brief: string;
  caption: string;
  link: string;
  firstComment: string;
  hashtags: readonly string[];
  tags: readonly string[];
  channels: readonly { channelId: string; format: PostFormat; captionOverride: string | null }[];
  campaignId: string | null;
  assigneeId: string | null;
  approvedBy: string | null;
  status: PostStatus;
  inTrash: boolean;
  scheduledAt: string | null;
  timeZone: string | null;
  permalink: string;
  /** SHA-256 of the attached files, in the post's order. */
  assets: readonly string[];
}

export const postDiffFields = [
  'title',
  'time',
  'status',
  'channels',
  'caption',
  'channelCaption',
  'hashtags',
  'assets',
  'brief',
  'firstComment',
  'link',
  'tags',
  'campaign',
  'assignee',
  'approver',
  'permalink',
] as const;
export type PostDiffField = (typeof postDiffFields)[number];

const text = z.string();
const timeValue = z.object({ at: instantSchema.nullable(), zone: z.string().nullable() });
const statusValue = z.object({ status: postStatusSchema, inTrash: z.boolean() });
const channelValue = z.object({ channelId: idSchema, format: postFormatSchema });

const pair = <F extends PostDiffField, T extends z.ZodType>(field: F, value: T) =>
  z.object({ field: z.literal(field), here: value, there: value });

export const postDifferenceSchema = z.discriminatedUnion('field', [
  pair('title', text),
  pair('time', timeValue),
  pair('status', statusValue),
  pair('channels', z.array(channelValue)),
  pair('caption', text),
  /** A channel's own caption; null: the channel uses the main caption (or is not chosen). */
  pair('channelCaption', text.nullable()).extend({ channelId: idSchema }),
  pair('hashtags', z.array(text)),
  pair('assets', z.array(z.string())),
  pair('brief', text),
  pair('firstComment', text),
  pair('link', text),
  pair('tags', z.array(text)),
  pair('campaign', idSchema.nullable()),
  pair('assignee', idSchema.nullable()),
  pair('approver', idSchema.nullable()),
  pair('permalink', text),
]);
export type PostDifference = z.infer<typeof postDifferenceSchema>;

/** Who the ids in a conflict's differences are, as each side knows them (ours first). */
export const conflictNamesSchema = z.object({
  channels: z.record(
    z.string(),
    z.object({ name: z.string(), platform: platformSchema.nullable(), handle: z.string() }),
  ),
  campaigns: z.record(z.string(), z.string()),
  people: z.record(z.string(), z.string()),
  /** Attachments by SHA-256; `thumb` is a media path when this library has a thumbnail. */
  assets: z.record(
    z.string(),
    z.object({ name: z.string(), kind: assetKindSchema, thumb: z.string().nullable() }),
  ),
});
export type ConflictNames = z.infer<typeof conflictNamesSchema>;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

const sameInstant = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));

/** The differing fields of two versions, in `postDiffFields` order; empty when they are equal. */
export function diffPost(here: PostVersion, there: PostVersion): PostDifference[] {
  const out: PostDifference[] = [];
  const textField = (
    field: 'title' | 'caption' | 'brief' | 'firstComment' | 'link' | 'permalink',
  ) => here[field] !== there[field] && out.push({ field, here: here[field], there: there[field] });

  textField('title');
  if (!sameInstant(here.scheduledAt, there.scheduledAt) || here.timeZone !== there.timeZone) {
    out.push({
      field: 'time',
      here: { at: here.scheduledAt, zone: here.timeZone },
      there: { at: there.scheduledAt, zone: there.timeZone },
    });
  }
  if (here.status !== there.status || here.inTrash !== there.inTrash) {
    out.push({
      field: 'status',
      here: { status: here.status, inTrash: here.inTrash },
      there: { status: there.status, inTrash: there.inTrash },
    });
  }
  const channelKey = (c: PostVersion['channels'][number]) => `${c.channelId}/${c.format}`;
  if (!sameList(here.channels.map(channelKey), there.channels.map(channelKey))) {
    const plain = (list: PostVersion['channels']) =>
      list.map(({ channelId, format }) => ({ channelId, format }));
    out.push({ field: 'channels', here: plain(here.channels), there: plain(there.channels) });
  }
  textField('caption');
  // Every channel either side uses, ours in our order first, then theirs.
  const channelIds = [...new Set([...here.channels, ...there.channels].map((c) => c.channelId))];
  for (const channelId of channelIds) {
    const ours = here.channels.find((c) => c.channelId === channelId)?.captionOverride ?? null;
    const theirs = there.channels.find((c) => c.channelId === channelId)?.captionOverride ?? null;
    if (ours !== theirs)
      out.push({ field: 'channelCaption', channelId, here: ours, there: theirs });
  }
  if (!sameList(here.hashtags, there.hashtags)) {
    out.push({ field: 'hashtags', here: [...here.hashtags], there: [...there.hashtags] });
  }
  if (!sameList(here.assets, there.assets)) {
    out.push({ field: 'assets', here: [...here.assets], there: [...there.assets] });
  }
  textField('brief');
  textField('firstComment');
  textField('link');
  // Tags are a set (as the content hash treats them).
  const tagSet = (list: readonly string[]) => [...new Set(list)].sort();
  if (!sameList(tagSet(here.tags), tagSet(there.tags))) {
    out.push({ field: 'tags', here: tagSet(here.tags), there: tagSet(there.tags) });
  }
  if (here.campaignId !== there.campaignId) {
    out.push({ field: 'campaign', here: here.campaignId, there: there.campaignId });
  }
  if (here.assigneeId !== there.assigneeId) {
    out.push({ field: 'assignee', here: here.assigneeId, there: there.assigneeId });
  }
  if (here.approvedBy !== there.approvedBy) {
    out.push({ field: 'approver', here: here.approvedBy, there: there.approvedBy });
  }
  textField('permalink');
  return out;
}

/**
 * A channel as a conflict names it: "Instagram Pemkab Sukamaju" says its platform already;
 * "Humas Sukamaju" on Facebook becomes "Facebook Humas Sukamaju". `platformName` is the
 * platform in the reader's language.
 */
export function channelDisplayName(name: string, platformName: string): string {
  return platformName === '' || name.toLowerCase().includes(platformName.toLowerCase())
    ? name
    : `${platformName} ${name}`;
}
