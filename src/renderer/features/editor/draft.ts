import type { RequestOf } from '../../../shared/api/contract';
import type { Channel } from '../../../shared/domain/channels';
import { postContentFields } from '../../../shared/domain/post-fields';
import { extractHashtags, uniqueHashtags } from '../../../shared/domain/hashtags';
import type { PostForLimits } from '../../../shared/domain/platform-limits';
import type { Post, PostFormat } from '../../../shared/domain/posts';
import { localParts } from '../../../shared/time';
import { defaultFormatFor } from './limits';

/**
 * What the editor holds while a person types: plain strings for every input (an empty date
 * means "idea"), so the form never has to guess between null and ''. Pure functions turn a
 * stored post into a draft and a draft back into the smallest request that says what changed.
 * No React and no browser globals: unit-tested in Node.
 */
export interface ChannelDraft {
  channelId: string;
  format: PostFormat;
  /** Ticked "Caption khusus": the override below is used instead of the base caption. */
  ownCaption: boolean;
  captionOverride: string;
}

export interface PostDraft {
  title: string;
  brief: string;
  caption: string;
  link: string;
  firstComment: string;
  hashtags: string[];
  tags: string[];
  campaignId: string | null;
  assigneeId: string | null;
  /** In the order the person ticked them; the API keeps this order. */
  channels: ChannelDraft[];
  /** `YYYY-MM-DD` in the office zone, or '' for an idea. */
  date: string;
  /** `HH:mm` in the office zone. */
  time: string;
  assetIds: string[];
}

export function blankDraft(options: {
  date?: string;
  defaultTime: string;
  assigneeId?: string | null;
}): PostDraft {
  return {
    title: '',
    brief: '',
    caption: '',
    link: '',
    firstComment: '',
    hashtags: [],
    tags: [],
    campaignId: null,
    assigneeId: options.assigneeId ?? null,
    channels: [],
    date: options.date ?? '',
    time: options.defaultTime,
    assetIds: [],
  };
}

/** A stored post as the editor shows it, its time read in the office zone. */
export function draftFromPost(post: Post, officeZone: string, defaultTime: string): PostDraft {
  const when = post.scheduledAt ? localParts(post.scheduledAt, officeZone) : null;
  return {
    title: post.title,
    brief: post.brief,
    caption: post.caption,
    link: post.link,
    firstComment: post.firstComment,
    hashtags: [...post.hashtags],
    tags: [...post.tags],
    campaignId: post.campaignId,
    assigneeId: post.assigneeId,
    channels: post.channels.map((channel) => ({
      channelId: channel.channelId,
      format: channel.format,
      ownCaption: channel.captionOverride !== null,
      captionOverride: channel.captionOverride ?? '',
    })),
    date: when?.date ?? '',
    time: when?.time ?? defaultTime,
    assetIds: [...post.assetIds],
  };
}

type Content = RequestOf<'posts.create'>;
export type ContentPatch = Partial<Content>;

/**
 * The draft as the API's content fields. An override that was ticked but left blank means "use
 * the base caption", as the limits check reads it too.
 */
export function draftContent(draft: PostDraft): Content {
  return {
    title: draft.title,
    brief: draft.brief,
    caption: draft.caption,
    link: draft.link.trim(),
    firstComment: draft.firstComment,
    hashtags: uniqueHashtags(draft.hashtags),
    tags: uniqueTags(draft.tags),
    campaignId: draft.campaignId,
    assigneeId: draft.assigneeId,
    channels: draft.channels.map((channel) => ({
      channelId: channel.channelId,
      format: channel.format,
      captionOverride:
        channel.ownCaption && channel.captionOverride.trim() !== ''
          ? channel.captionOverride
          : null,
    })),
    assetIds: draft.assetIds,
    schedule: draft.date ? { date: draft.date, time: draft.time } : null,
  };
}

// The shared field list must name exactly the request's content fields.
postContentFields satisfies readonly (keyof Content)[];

/**
 * Only the fields that differ from what was loaded. This matters beyond tidiness: the API sends
 * an in-review or approved post back to draft when a request *contains* its title, captions,
 * channels, time or assets, so resending unchanged fields would undo an approval for nothing.
 */
export function changedContent(original: PostDraft, current: PostDraft): ContentPatch {
  const before = draftContent(original);
  const after = draftContent(current);
  const patch: Record<string, unknown> = {};
  for (const key of postContentFields) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch as ContentPatch;
}

export function isDirty(original: PostDraft, current: PostDraft): boolean {
  return Object.keys(changedContent(original, current)).length > 0;
}

/** The patch for "Ubah seluruh seri": content only, every occurrence keeps its own day and time. */
export function seriesPatch(original: PostDraft, current: PostDraft): ContentPatch {
  const { schedule: _schedule, ...rest } = changedContent(original, current);
  return rest;
}

/** Tags are free words; trimmed, blank and repeated ones (ignoring case) dropped. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('id');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

/**
 * Hashtags written in the caption or in an override that the hashtag list does not hold yet:
 * shown beside the chips so the person sees every tag that will go out.
 */
export function captionHashtags(draft: PostDraft): string[] {
  const texts = [draft.caption, ...draft.channels.map((channel) => channel.captionOverride)];
  const listed = new Set(draft.hashtags.map((tag) => tag.toLowerCase()));
  return uniqueHashtags(texts.flatMap((text) => extractHashtags(text))).filter(
    (tag) => !listed.has(tag.toLowerCase()),
  );
}

/** The draft as the platform-limits check reads it; channels not (or no longer) known are left out. */
export function limitsInput(draft: PostDraft, channels: readonly Channel[]): PostForLimits {
  const byId = new Map(channels.map((channel) => [channel.id, channel]));
  return {
    title: draft.title,
    caption: draft.caption,
    hashtags: uniqueHashtags(draft.hashtags),
    mediaCount: draft.assetIds.length,
    channels: draft.channels.flatMap((channel) => {
      const known = byId.get(channel.channelId);
      return known
        ? [
            {
              channelId: channel.channelId,
              platform: known.platform,
              format: channel.format,
              captionOverride: channel.ownCaption ? channel.captionOverride : null,
            },
          ]
        : [];
    }),
  };
}

/** The API's limit on attachments per post (`postContentSchema.assetIds`). */
export const maxAttachments = 50;

/**
 * Appends assets in the order given, skipping any the post already carries, up to the limit.
 * The order is the carousel's: the first is the cover and the calendar chip's thumbnail.
 */
export function attachAssets(draft: PostDraft, ids: readonly string[]): PostDraft {
  const present = new Set(draft.assetIds);
  const added = ids.filter((id) => !present.has(id) && present.add(id));
  if (added.length === 0) return draft;
  return { ...draft, assetIds: [...draft.assetIds, ...added].slice(0, maxAttachments) };
}

export function detachAsset(draft: PostDraft, id: string): PostDraft {
  return { ...draft, assetIds: draft.assetIds.filter((item) => item !== id) };
}

/** Moves the asset at `from` to `to` (both clamped to the list); the others keep their order. */
export function moveAsset(draft: PostDraft, from: number, to: number): PostDraft {
  const list = [...draft.assetIds];
  const target = Math.max(0, Math.min(to, list.length - 1));
  if (from < 0 || from >= list.length || from === target) return draft;
  const [moved] = list.splice(from, 1);
  list.splice(target, 0, moved!);
  return { ...draft, assetIds: list };
}

/** Tick or untick a channel; a newly ticked one gets its platform's usual format. */
export function toggleChannel(draft: PostDraft, channel: Channel, selected: boolean): PostDraft {
  const present = draft.channels.some((item) => item.channelId === channel.id);
  if (selected === present) return draft;
  return {
    ...draft,
    channels: selected
      ? [
          ...draft.channels,
          {
            channelId: channel.id,
            format: defaultFormatFor(channel.platform),
            ownCaption: false,
            captionOverride: '',
          },
        ]
      : draft.channels.filter((item) => item.channelId !== channel.id),
  };
}

export function updateChannel(
  draft: PostDraft,
  channelId: string,
  change: Partial<Omit<ChannelDraft, 'channelId'>>,
): PostDraft {
  return {
    ...draft,
    channels: draft.channels.map((item) =>
      item.channelId === channelId ? { ...item, ...change } : item,
    ),
  };
}

/**
 * A time as Indonesian offices type it, to `HH:mm`: "9.30", "09:30", "930" and "0930" all mean
 * half past nine. Null when it is not a time of day. (A text field, not `<input type="time">`:
 * Chromium shows that one in 12-hour AM/PM when the system locale is English.)
 */
export function normaliseTime(raw: string): string | null {
  const text = raw.trim();
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text) ?? /^(\d{1,2})(\d{2})$/.exec(text);
  if (!match) return /^\d{1,2}$/.test(text) ? normaliseTime(`${text}:00`) : null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
