import { AppError } from '../../shared/api/errors';
import { checkPostWithMedia, mediaFactsOf } from '../../shared/domain/media-fit';
import { shippedPlatformLimits as limits } from '../../shared/domain/platform-limits-file';
import type { Post } from '../../shared/domain/posts';
import type { Db } from '../db/connection';
import { assetsRepository, toSummary } from '../db/repositories/assets';
import { channelsRepository } from '../db/repositories/channels';

/** The platform warnings a post has now, text and media, as the editor shows them. */
export function postWarnings(db: Db, post: Post) {
  const channels = channelsRepository(db);
  const assets = assetsRepository(db);
  const { text, media } = checkPostWithMedia(
    {
      title: post.title,
      caption: post.caption,
      hashtags: post.hashtags,
      mediaCount: post.assetIds.length,
      channels: post.channels.flatMap((c) => {
        const channel = channels.get(c.channelId);
        return channel
          ? [
              {
                channelId: c.channelId,
                platform: channel.platform,
                captionOverride: c.captionOverride ?? undefined,
                format: c.format,
              },
            ]
          : [];
      }),
    },
    post.assetIds.map((id) => {
      const row = assets.get(id);
      return row ? mediaFactsOf(toSummary(row)) : undefined;
    }),
    limits,
  );
  return [...text, ...media];
}

/** Warnings never block a draft, but submitting over them needs an explicit acknowledgement. */
export function checkSubmission(db: Db, post: Post, acknowledged: boolean): void {
  const warnings = postWarnings(db, post);
  if (warnings.length > 0 && !acknowledged) {
    throw new AppError('invalid_request', {
      key: 'post.warningsUnchecked',
      params: { count: warnings.length },
      field: 'acknowledgeWarnings',
    });
  }
}
