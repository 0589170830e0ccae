import type { Platform } from './channels';
import type { PostCreate } from './posts';
import type { PackItem } from './province-pack';

/** An office channel as adoption needs it. */
export interface AdoptChannel {
  id: string;
  platform: Platform;
}

/** The draft a pack item becomes, and the platforms the office has no channel for. */
export interface AdoptedDraft {
  post: PostCreate;
  missingPlatforms: Platform[];
}

/** Without a suggested time, an adopted item is put at the office's usual morning slot. */
export const defaultAdoptTime = '08:00';

/**
 * A pack item as a draft post of this office: the item's title, its first platform's caption as
 * the base caption (other platforms' captions as per-channel overrides where they differ), its
 * hashtags, the suggested day and time, and the pack's instructions as the brief. Each suggested
 * platform goes to the channels the office chose for it (by default every active channel of
 * that platform); a platform without a channel is reported, not guessed.
 * Media are attached by the caller once the pack's files are in the library (`assetIds`).
 */
export function draftFromPackItem(
  item: PackItem,
  packTitle: string,
  channels: readonly AdoptChannel[],
  assetIds: readonly string[],
): AdoptedDraft {
  const base = item.platforms[0]?.caption ?? '';
  const missingPlatforms: Platform[] = [];
  const postChannels: NonNullable<PostCreate['channels']> = [];
  for (const suggestion of item.platforms) {
    const matching = channels.filter((channel) => channel.platform === suggestion.platform);
    if (matching.length === 0) missingPlatforms.push(suggestion.platform);
    for (const channel of matching) {
      postChannels.push({
        channelId: channel.id,
        format: suggestion.format,
        captionOverride: suggestion.caption === base ? null : suggestion.caption,
      });
    }
  }
  const brief = [`Paket dari Provinsi: ${packTitle}`, item.instructions.trim()]
    .filter((line) => line.length > 0)
    .join('\n');
  return {
    post: {
      title: item.title,
      brief,
      caption: base,
      hashtags: [...item.hashtags],
      channels: postChannels,
      assetIds: [...assetIds],
      schedule: { date: item.suggestedDate, time: item.suggestedTime ?? defaultAdoptTime },
    },
    missingPlatforms,
  };
}
