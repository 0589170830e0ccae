import { contentWidth, page, palette, pen, type PdfContext } from './layout';
import { channelText, drawMark, markWidth } from './marks';

const rowHeight = 11;

/**
 * "Kanal: [IG] Instagram · @humasgowa [X] X · @humas … ■ Hari penting", wrapping as needed: each
 * mark named with its platform and account. Returns the y below.
 */
export function drawLegend(ctx: PdfContext, top: number): number {
  const { doc, schedule, labels } = ctx;
  const right = page.margin + contentWidth;
  let x = page.margin;
  let y = top;
  const label = `${labels.legend}:`;
  pen(ctx, 'bold', 7.5).text(label, x, y, { lineBreak: false, height: rowHeight });
  x += doc.widthOfString(label) + 8;

  const entry = (name: string, markSize: number, mark: (x: number, y: number) => void) => {
    pen(ctx, 'regular', 7.5);
    const width = markSize + 3 + doc.widthOfString(name);
    if (x + width > right && x > page.margin) {
      x = page.margin;
      y += rowHeight;
    }
    mark(x, y);
    pen(ctx, 'regular', 7.5).text(name, x + markSize + 3, y, {
      lineBreak: false,
      height: rowHeight,
    });
    x += width + 12;
  };
  for (const channel of schedule.channels) {
    entry(channelText(ctx, channel), markWidth(ctx, channel.platform), (cx, cy) =>
      drawMark(ctx, channel.platform, cx, cy + 1),
    );
  }
  entry(labels.observances, 7, (cx, cy) =>
    doc.rect(cx + 0.5, cy + 1.5, 6, 6).fill(palette.observance),
  );
  return y + rowHeight + 4;
}
