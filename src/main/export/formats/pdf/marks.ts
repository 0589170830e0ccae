import type { Platform } from '../../../../shared/domain/channels';
import { fonts, type PdfContext } from './layout';

/**
 * A mark per platform, not per channel colour: offices leave X and TikTok at their default
 * black, which made them one dot on paper. Each platform has its own colour AND letters, so a
 * black-and-white copy still tells them apart.
 */
export const platformMarks: Record<Platform, { letters: string; color: string }> = {
  instagram: { letters: 'IG', color: '#c13584' },
  facebook: { letters: 'FB', color: '#1877f2' },
  x: { letters: 'X', color: '#111111' },
  tiktok: { letters: 'TT', color: '#0e8f8a' },
  youtube: { letters: 'YT', color: '#d40000' },
  website: { letters: 'W', color: '#2e7d32' },
  linkedin: { letters: 'in', color: '#0a5299' },
  threads: { letters: '@', color: '#6b4fa0' },
};

const markFontSize = 5;
const markHeight = 7;

/** Width of a platform's mark, for laying marks out in a row. */
export function markWidth(ctx: PdfContext, platform: Platform): number {
  ctx.doc.font(fonts.bold).fontSize(markFontSize);
  return Math.max(markHeight, ctx.doc.widthOfString(platformMarks[platform].letters) + 3);
}

/** The mark at (x, y), its top-left corner; returns its width. */
export function drawMark(ctx: PdfContext, platform: Platform, x: number, y: number): number {
  const { doc } = ctx;
  const mark = platformMarks[platform];
  const width = markWidth(ctx, platform);
  doc.roundedRect(x, y, width, markHeight, 1.5).fill(mark.color);
  doc
    .font(fonts.bold)
    .fontSize(markFontSize)
    .fillColor('#ffffff')
    .text(mark.letters, x, y + 1.2, {
      width,
      align: 'center',
      lineBreak: false,
      height: markHeight,
    });
  return width;
}

/** "Instagram · @humasgowa": the platform and the account, the name when there is no handle. */
export function channelText(
  ctx: PdfContext,
  channel: { platform: Platform; handle: string; name: string },
): string {
  const platform = ctx.labels.platform(channel.platform);
  const account = ctx.clean(channel.handle) || ctx.clean(channel.name);
  return account ? `${platform} · ${account}` : platform;
}
