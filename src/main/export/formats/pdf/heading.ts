import { drawLetterhead } from './letterhead';
import { contentWidth, page, palette, pen, type PdfContext } from './layout';

/**
 * The top of a section's first page: the letterhead on the document's first page, then office
 * and unit on the left, what the document is and the period on the right (names wrap, never
 * cut), then the section title ("Desember 2026", "Rincian jadwal"). Returns the y below it.
 */
export function drawHeading(ctx: PdfContext, title: string, withLetterhead = false): number {
  const { doc, schedule, labels, dates, clean } = ctx;
  const x = page.margin;
  const top = withLetterhead ? drawLetterhead(ctx, page.margin) : page.margin;
  const gap = 16;
  const left = contentWidth * 0.6 - gap / 2;
  const right = contentWidth - left - gap;

  let y = top;
  const office = clean(schedule.office.name);
  if (office) {
    pen(ctx, 'bold', 11).text(office, x, y, { width: left });
    y = doc.y + 1;
  }
  const unit = clean(schedule.office.unit);
  if (unit) {
    pen(ctx, 'regular', 8, palette.muted).text(unit, x, y, { width: left });
    y = doc.y;
  }
  const { from, to } = schedule.filter;
  pen(ctx, 'regular', 8, palette.muted).text(labels.scheduleTitle, x + left + gap, top + 1, {
    width: right,
    align: 'right',
  });
  pen(ctx, 'regular', 8, palette.muted).text(
    `${labels.period} ${dates.long(from)} – ${dates.long(to)}`,
    x + left + gap,
    doc.y,
    { width: right, align: 'right' },
  );
  y = Math.max(y, doc.y) + 3;
  pen(ctx, 'bold', 16).text(title, x, y, { width: contentWidth, height: 22, lineBreak: false });
  doc
    .moveTo(x, y + 23)
    .lineTo(x + contentWidth, y + 23)
    .lineWidth(0.5)
    .strokeColor(palette.rule)
    .stroke();
  return y + 28;
}
