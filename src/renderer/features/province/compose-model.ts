import type { RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { ItemShortened } from '../../../shared/api/methods/province';
import { normaliseHashtag, uniqueHashtags } from '../../../shared/domain/hashtags';
import { measureChannel } from '../../../shared/domain/platform-limits';
import type { PackItem, PackPlatform } from '../../../shared/domain/province-pack';
import { everyOffice } from '../../../shared/exchange/envelope';
import { addDaysLocal, isLocalDate, localParts, toInstant, todayIn } from '../../../shared/time';
import { platformLimits } from '../editor/limits';

/**
 * The province's pack composer as pure data: the draft the form edits, its checks before
 * sending, and the request it becomes. The store holds one draft; the views only read it.
 */

export type SentPack = ResponseOf<'province.sent'>[number];
export type Recipients = typeof everyOffice | string[];

/** One item as the form edits it: hashtags as typed text, the time as 'HH:mm' or what is typed. */
export interface ItemDraft {
  itemId: string;
  title: string;
  date: string;
  time: string;
  instructions: string;
  hashtags: string;
  platforms: PackPlatform[];
  media: PackItem['media'];
  /** What the pack's limits cut from the post this item was built from (shown, never sent). */
  shortened: ItemShortened[];
}

export interface PackDraft {
  /** null: a new pack. */
  packId: string | null;
  /** The version this draft becomes when sent. */
  version: number;
  title: string;
  instructions: string;
  deadlineDate: string;
  deadlineTime: string;
  recipients: Recipients;
  items: ItemDraft[];
}

/** Keys of `provinceSend.compose.missing.*`: what stops the draft from being sent. */
export type Missing =
  'title' | 'deadline' | 'items' | 'recipients' | 'itemTitle' | 'itemWhen' | 'platforms';

const validTime = (time: string) => /^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(time);

export const hashtagText = (tags: readonly string[]): string =>
  uniqueHashtags(tags)
    .map((tag) => `#${tag}`)
    .join(' ');

/** "#BelaNegara, Sulsel #HUT" → ['BelaNegara', 'Sulsel', 'HUT']: what is not a tag is dropped. */
export const parseHashtags = (text: string): string[] =>
  uniqueHashtags(
    text
      .split(/[\s,]+/u)
      .map((word) => normaliseHashtag(word))
      .filter((tag): tag is string => tag !== null),
  );

export function itemDraft(item: PackItem, shortened: readonly ItemShortened[] = []): ItemDraft {
  return {
    itemId: item.itemId,
    title: item.title,
    date: item.suggestedDate,
    time: item.suggestedTime ?? '',
    instructions: item.instructions,
    hashtags: hashtagText(item.hashtags),
    platforms: item.platforms,
    media: item.media,
    shortened: shortened.filter((cut) => cut.itemId === item.itemId),
  };
}

/** A new pack: due a week from today at 16.00, for every regency and city. */
export function newPackDraft(zone: string): PackDraft {
  return {
    packId: null,
    version: 1,
    title: '',
    instructions: '',
    deadlineDate: addDaysLocal(todayIn(zone), 7),
    deadlineTime: '16:00',
    recipients: everyOffice,
    items: [],
  };
}

/** The next version of a sent pack: its fields and items (with their ids) to edit. */
export function nextVersionDraft(sent: SentPack, zone: string): PackDraft {
  const deadline = localParts(sent.pack.deadline, zone);
  return {
    packId: sent.pack.packId,
    version: sent.pack.version + 1,
    title: sent.pack.title,
    instructions: sent.pack.instructions,
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    recipients: sent.recipients.includes(everyOffice) ? everyOffice : [...sent.recipients],
    items: sent.pack.items.map((item) => itemDraft(item)),
  };
}

/** The first thing that stops the draft from going out, or null. */
export function missingOf(draft: PackDraft): Missing | null {
  if (draft.title.trim() === '') return 'title';
  if (!isLocalDate(draft.deadlineDate) || !validTime(draft.deadlineTime)) return 'deadline';
  if (draft.recipients !== everyOffice && draft.recipients.length === 0) return 'recipients';
  if (draft.items.length === 0) return 'items';
  if (draft.items.some((item) => item.title.trim() === '')) return 'itemTitle';
  if (draft.items.some((item) => !isLocalDate(item.date) || !validTime(item.time))) {
    return 'itemWhen';
  }
  if (draft.items.some((item) => item.platforms.length === 0)) return 'platforms';
  return null;
}

/** How many offices the pack goes to. */
export const recipientCount = (recipients: Recipients, known: number): number =>
  recipients === everyOffice ? known : recipients.length;

export function sendRequest(draft: PackDraft, zone: string): RequestOf<'province.sendPack'> {
  return {
    ...(draft.packId !== null && { packId: draft.packId }),
    title: draft.title.trim(),
    instructions: draft.instructions.trim(),
    deadline: toInstant(draft.deadlineDate, draft.deadlineTime, zone),
    recipients: draft.recipients,
    items: draft.items.map((item) => ({
      itemId: item.itemId,
      title: item.title.trim(),
      suggestedDate: item.date,
      suggestedTime: item.time,
      platforms: item.platforms,
      hashtags: parseHashtags(item.hashtags),
      instructions: item.instructions.trim(),
      media: item.media,
    })),
  };
}

/**
 * A platform caption's length as the platform counts it (with the item's hashtags added as
 * they will go out) against its limit for the format; `limit` null where the platform sets none.
 */
export function captionMeasure(
  platform: PackPlatform,
  item: Pick<ItemDraft, 'title' | 'hashtags' | 'media'>,
): { actual: number; limit: number | null } {
  const [caption] = measureChannel(
    {
      title: item.title,
      caption: platform.caption,
      hashtags: parseHashtags(item.hashtags),
      mediaCount: item.media.length,
      channels: [],
    },
    { channelId: platform.platform, platform: platform.platform, format: platform.format },
    platformLimits,
  );
  return { actual: caption!.actual, limit: caption!.limit };
}
