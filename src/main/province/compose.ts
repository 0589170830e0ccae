import { randomUUID } from 'node:crypto';
import { AppError, type ErrorKey, type TextParams } from '../../shared/api/errors';
import type { ItemShortened } from '../../shared/api/methods/province';
import type { Platform } from '../../shared/domain/channels';
import { extractHashtags, uniqueHashtags } from '../../shared/domain/hashtags';
import type { Post } from '../../shared/domain/posts';
import type { ContentPack, PackItem, PackMedia } from '../../shared/domain/province-pack';
import { everyOffice, type Recipients } from '../../shared/exchange/envelope';
import { localParts } from '../../shared/time';
import type { Db } from '../db/connection';
import { assetsRepository } from '../db/repositories/assets';
import { channelsRepository } from '../db/repositories/channels';
import { exchangeRepository } from '../db/repositories/exchange';
import { postsRepository } from '../db/repositories/posts';
import { provinceRepository, type StoredPack } from '../db/repositories/province';
import { settingsRepository } from '../db/repositories/settings';

/**
 * The province's side of content packs: items built from this office's own posts, and a pack
 * version checked before it is written (a province office, known regencies, a deadline ahead).
 * Writing the signed file is `sendPack` (exchange-kinds.ts); this file decides what goes in it.
 */

type SendKey = Extract<ErrorKey, `provinceSend.${string}`>;
const refuse = (code: AppError['code'], key: SendKey, params?: TextParams) =>
  new AppError(code, { key, ...(params && { params }) });

/**
 * What the pack schema holds at most: a longer post is cut for the item, the post untouched, and
 * every cut is reported (`ItemShortened`) for the composer to show.
 */
const itemLimits = {
  title: 200,
  caption: 5000,
  hashtags: 30,
  hashtagChars: 100,
  media: 20,
  mediaName: 255,
} as const;

/** Cut to `max` UTF-16 units (what the schema's `max` counts), never splitting an emoji in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const char of text) {
    if (kept.length + char.length > max) break;
    kept += char;
  }
  return kept;
}

/** What the composer asks to send; the service adds the id, version and time. */
export interface PackDraft {
  packId?: string;
  title: string;
  instructions: string;
  deadline: string;
  items: PackItem[];
  recipients: typeof everyOffice | string[];
}

export interface SentPack {
  pack: ContentPack;
  recipients: string[];
  sentAt: string;
}

export function packComposer(db: Db) {
  const posts = postsRepository(db);
  const channels = channelsRepository(db);
  const assets = assetsRepository(db);
  const settings = settingsRepository(db);
  const exchange = exchangeRepository(db);
  const store = provinceRepository(db);

  /**
   * One pack item from one post: its schedule in the office zone, a caption per platform, and
   * what the pack's limits took from it.
   */
  function itemOf(
    post: Post,
    zone: string,
    platformOf: Map<string, Platform>,
  ): { item: PackItem; shortened: ItemShortened[] } {
    if (!post.scheduledAt) {
      throw refuse('invalid_request', 'provinceSend.postUnscheduled', { title: post.title });
    }
    const itemId = randomUUID();
    const shortened: ItemShortened[] = [];
    /** `text` cut to `limit`, the cut noted. */
    const fit = (text: string, limit: number, note: () => ItemShortened): string => {
      if (text.length > limit) shortened.push(note());
      return clip(text, limit);
    };
    const title = fit(post.title.trim(), itemLimits.title, () => ({
      itemId,
      field: 'title',
      limit: itemLimits.title,
    }));
    const platforms: PackItem['platforms'] = [];
    for (const channel of post.channels) {
      const platform = platformOf.get(channel.channelId);
      // One entry per platform: the first channel of a platform speaks for it.
      if (!platform || platforms.some((entry) => entry.platform === platform)) continue;
      const override = channel.captionOverride;
      const caption = override !== null && override.trim() !== '' ? override : post.caption;
      platforms.push({
        platform,
        format: channel.format,
        caption: fit(caption.trim(), itemLimits.caption, () => ({
          itemId,
          field: 'caption',
          platform,
          limit: itemLimits.caption,
        })),
      });
    }
    if (platforms.length === 0) {
      throw refuse('invalid_request', 'provinceSend.postWithoutChannels', { title: post.title });
    }
    const { date, time } = localParts(post.scheduledAt, zone);
    const attached = post.assetIds.flatMap((id) => assets.get(id) ?? []);
    const media: PackMedia[] = attached.slice(0, itemLimits.media).map((row) => ({
      sha256: row.sha256,
      name: fit(row.original_name, itemLimits.mediaName, () => ({
        itemId,
        field: 'mediaName',
        name: row.original_name,
        limit: itemLimits.mediaName,
      })),
      bytes: row.size,
      mime: row.mime,
    }));
    if (attached.length > itemLimits.media) {
      shortened.push({
        itemId,
        field: 'media',
        left: attached.length - itemLimits.media,
        limit: itemLimits.media,
      });
    }
    const hashtags = uniqueHashtags([...post.hashtags, ...extractHashtags(post.caption)]);
    const keptHashtags = hashtags
      .filter((tag) => tag.length <= itemLimits.hashtagChars)
      .slice(0, itemLimits.hashtags);
    if (keptHashtags.length < hashtags.length) {
      shortened.push({
        itemId,
        field: 'hashtags',
        left: hashtags.length - keptHashtags.length,
        limit: itemLimits.hashtags,
        chars: itemLimits.hashtagChars,
      });
    }
    const item: PackItem = {
      itemId,
      title,
      suggestedDate: date,
      suggestedTime: time,
      platforms,
      hashtags: keptHashtags,
      instructions: '',
      media,
    };
    return { item, shortened };
  }

  return {
    /**
     * Pack items from these posts, in the order asked, each with a fresh item id, and what the
     * pack's limits cut from them.
     */
    itemsFromPosts(postIds: readonly string[]): {
      items: PackItem[];
      shortened: ItemShortened[];
    } {
      const zone = settings.get().timeZone;
      const platformOf = new Map(channels.list(true).map((c) => [c.id, c.platform]));
      const built = postIds.map((id) => {
        const post = posts.get(id);
        if (!post || post.deletedAt) throw refuse('not_found', 'provinceSend.postNotFound');
        return itemOf(post, zone, platformOf);
      });
      return {
        items: built.map(({ item }) => item),
        shortened: built.flatMap(({ shortened }) => shortened),
      };
    },

    /** The packs this office sent, newest version of each, newest first. */
    sent(): SentPack[] {
      return store.latestPacks('sent').map((stored: StoredPack) => ({
        pack: stored.pack,
        recipients: stored.recipients,
        sentAt: stored.pack.sentAt,
      }));
    },

    /**
     * The pack version to send, or a refusal: only a province sends, only to regencies and
     * cities of its own that it knows, with a deadline still ahead. With `packId` it is the next
     * version of that sent pack (items keep their ids, so regencies see what changed).
     */
    plan(
      draft: PackDraft,
      now: string,
      /** The regencies and cities of this province the exchange knows (`reports.regencies`). */
      regencies: readonly { code: string }[],
    ): { pack: ContentPack; recipients: Recipients } {
      const own = exchange.own();
      if (!own || own.level !== 'provinsi') throw refuse('forbidden', 'provinceSend.notProvince');
      if (regencies.length === 0) throw refuse('conflict', 'provinceSend.noRegencies');
      let recipients: Recipients = [everyOffice];
      if (draft.recipients !== everyOffice) {
        const known = new Set(regencies.map((office) => office.code));
        const unknown = draft.recipients.find((code) => !known.has(code));
        if (unknown !== undefined) {
          throw refuse('invalid_request', 'provinceSend.unknownRecipient', { code: unknown });
        }
        const chosen = [...new Set(draft.recipients)];
        if (chosen.length === 0) throw refuse('invalid_request', 'provinceSend.noRecipients');
        recipients = chosen;
      }
      if (Date.parse(draft.deadline) <= Date.parse(now)) {
        throw refuse('invalid_request', 'provinceSend.deadlinePast');
      }
      let packId: string = randomUUID();
      let version = 1;
      if (draft.packId !== undefined) {
        const previous = store.latestPacks('sent').find((s) => s.pack.packId === draft.packId);
        if (!previous) throw refuse('not_found', 'provinceSend.packNotFound');
        packId = previous.pack.packId;
        version = previous.pack.version + 1;
      }
      const pack: ContentPack = {
        packId,
        version,
        title: draft.title,
        instructions: draft.instructions,
        deadline: draft.deadline,
        sentAt: now,
        items: draft.items,
      };
      return { pack, recipients };
    },
  };
}
