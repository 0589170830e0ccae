import { contentWidth, page, palette, pen, type PdfContext } from './layout';

const rowHeight = 11;

/** "Kanal: ● Instagram ● Facebook … ■ Hari penting", wrapping as needed. Returns the y below. */
export function drawLegend(ctx: PdfContext, top: number): number {
  const { doc, schedule, labels, clean } = ctx;
  const right = page.margin + contentWidth;
  let x = page.margin;
  let y = top;
  const label = `${labels.legend}:`;
  pen(ctx, 'bold', 7.5).text(label, x, y, { lineBreak: false, height: rowHeight });
  x += doc.widthOfString(label) + 8;

  const entry = (name: string, mark: (x: number, y: number) => void) => {
    pen(ctx, 'regular', 7.5);
    const width = 10 + doc.widthOfString(name);
    if (x + width > right && x > page.margin) {
      x = page.margin;
      y += rowHeight;
    }
    mark(x, y);
    pen(ctx, 'regular', 7.5).text(name, x + 10, y, { lineBreak: false, height: rowHeight });
    x += width + 12;
  };
  for (const channel of schedule.channels) {
    entry(clean(channel.name), (cx, cy) => doc.circle(cx + 3.5, cy + 4.5, 3).fill(channel.color));
  }
  entry(labels.observances, (cx, cy) =>
    doc.rect(cx + 0.5, cy + 1.5, 6, 6).fill(palette.observance),
  );
  return y + rowHeight + 4;
}
