import type { PostStatus } from '../../../../shared/domain/post-status';
import { scheduleRows } from '../../../../shared/domain/exports';
import { contentWidth, page, palette, pen, type PdfContext } from './layout';
import { channelText, drawMark } from './marks';

const fontSize = 7.5;
const lineHeight = 10;
const columnWidth = 230;

/**
 * "Ringkasan" before the table: posts per channel (with its mark) and per status, and the
 * totals, so a signer sees the month's shape before its rows. Returns the y below it.
 */
export function drawSummary(ctx: PdfContext, top: number): number {
  const { schedule, labels, words } = ctx;
  const posts = schedule.posts;
  if (posts.length === 0) return top;
  const x = page.margin;
  pen(ctx, 'bold', 9).text(words.summaryTitle, x, top, { lineBreak: false, height: 12 });
  pen(ctx, 'regular', fontSize, palette.muted).text(
    labels.printText('summaryTotal', {
      posts: posts.length,
      rows: scheduleRows(schedule).length,
    }),
    x + 80,
    top + 1.5,
    { width: contentWidth - 80, lineBreak: false, height: 12 },
  );
  const y = top + 14;

  const channelCounts = schedule.channels.map((channel) => ({
    channel,
    count: posts.filter((p) => p.channels.some((c) => c.channelId === channel.id)).length,
  }));
  const statusCounts = new Map<PostStatus, number>();
  for (const post of posts) statusCounts.set(post.status, (statusCounts.get(post.status) ?? 0) + 1);

  const row = (column: number, line: number, text: string, count: number, mark?: () => void) => {
    const cx = x + column * (columnWidth + 30);
    const cy = y + lineHeight * (line + 1);
    mark?.();
    const indent = mark ? 16 : 0;
    pen(ctx, 'regular', fontSize).text(text, cx + indent, cy, {
      width: columnWidth - indent - 30,
      lineBreak: false,
      ellipsis: true,
      height: lineHeight,
    });
    pen(ctx, 'bold', fontSize).text(String(count), cx + columnWidth - 30, cy, {
      width: 30,
      align: 'right',
      lineBreak: false,
      height: lineHeight,
    });
  };
  pen(ctx, 'bold', fontSize, palette.muted).text(words.summaryByChannel, x, y, {
    lineBreak: false,
    height: lineHeight,
  });
  pen(ctx, 'bold', fontSize, palette.muted).text(words.summaryByStatus, x + columnWidth + 30, y, {
    lineBreak: false,
    height: lineHeight,
  });
  channelCounts.forEach(({ channel, count }, i) =>
    row(0, i, channelText(ctx, channel), count, () =>
      drawMark(ctx, channel.platform, x, y + lineHeight * (i + 1) + 1),
    ),
  );
  [...statusCounts].forEach(([status, count], i) => row(1, i, labels.status(status), count));
  const lines = Math.max(channelCounts.length, statusCounts.size);
  return y + lineHeight * (lines + 1) + 8;
}
