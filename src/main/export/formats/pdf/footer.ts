import { frameOf, page, palette, pen, type PdfContext } from './layout';

/**
 * "Halaman X dari Y" and the office / generated-at line on every page. Drawn last, once the
 * page count is known, over the buffered pages (`bufferPages: true`).
 */
export function drawFooters(ctx: PdfContext): void {
  const { doc, schedule, labels, dates, clean } = ctx;
  const range = doc.bufferedPageRange();
  const { contentWidth, height } = frameOf(ctx);
  // The office name whole (two lines when long), the page number in the last quarter.
  const left = contentWidth * 0.75;
  const y = height - page.bottom + 12;
  const office = clean(schedule.office.name);
  const generated = `${labels.generatedAt} ${dates.instant(schedule.generatedAt, true)}`;
  const line = office ? `${office} · ${generated}` : generated;
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    doc
      .moveTo(page.margin, y - 4)
      .lineTo(page.margin + contentWidth, y - 4)
      .lineWidth(0.4)
      .strokeColor(palette.rule)
      .stroke();
    // `height` keeps pdfkit from starting a new page for text below the bottom margin.
    pen(ctx, 'regular', 7, palette.muted).text(line, page.margin, y, { width: left, height: 20 });
    pen(ctx, 'regular', 7, palette.muted).text(
      labels.text('page', { page: index + 1, pages: range.count }),
      page.margin + left,
      y,
      { width: contentWidth - left, height: 12, lineBreak: false, align: 'right' },
    );
  }
}
