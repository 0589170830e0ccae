import { contentWidth, page, palette, pen, type PdfContext } from './layout';

/**
 * The top of a section's first page: office and unit on the left, what the document is and the
 * period on the right, then the section title ("Desember 2026", "Rincian jadwal").
 * Returns the y below it.
 */
export function drawHeading(ctx: PdfContext, title: string): number {
  const { doc, schedule, labels, dates, clean } = ctx;
  const x = page.margin;
  let y = page.margin;
  const half = contentWidth / 2;
  const one = { width: half, height: 16, ellipsis: true, lineBreak: false } as const;
  pen(ctx, 'bold', 11).text(clean(schedule.office.name), x, y, one);
  pen(ctx, 'regular', 8, palette.muted).text(labels.scheduleTitle, x + half, y + 1, {
    ...one,
    align: 'right',
  });
  y += 15;
  pen(ctx, 'regular', 8, palette.muted).text(clean(schedule.office.unit), x, y, one);
  const { from, to } = schedule.filter;
  pen(ctx, 'regular', 8, palette.muted).text(
    `${labels.period} ${dates.long(from)} – ${dates.long(to)}`,
    x + half,
    y,
    { ...one, align: 'right' },
  );
  y += 14;
  pen(ctx, 'bold', 16).text(title, x, y, { width: contentWidth, height: 22, lineBreak: false });
  doc
    .moveTo(x, y + 23)
    .lineTo(x + contentWidth, y + 23)
    .lineWidth(0.5)
    .strokeColor(palette.rule)
    .stroke();
  return y + 28;
}
