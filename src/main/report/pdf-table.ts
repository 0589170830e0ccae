import { formatCell, type ReportTable } from '../../shared/report/figures';
import { frameOf, page, palette, pen, type PdfContext } from '../export/formats/pdf/layout';

const fontSize = 8;
const padding = 3;

/** How wide each column is: names and titles get the room, figures a fair share. */
function columnWidths(table: Pick<ReportTable, 'columns' | 'rows'>, width: number): number[] {
  // A wide table (the platform figures' eight columns) gives its figures more room, so that a
  // heading such as "Pertumbuhan pengikut" is not broken inside a word.
  const first = table.columns.length > 6 ? 1.5 : 2.4;
  const weights = table.columns.map((c, i) => (c.kind === 'text' ? (i === 0 ? first : 2) : 1.1));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * width);
}

/** Starts a new page when `needed` points do not fit below `y`; returns where to go on. */
export function ensureRoom(ctx: PdfContext, y: number, needed: number): number {
  if (y + needed <= frameOf(ctx).contentBottom) return y;
  ctx.doc.addPage();
  return page.margin;
}

/**
 * A report table: a shaded header row (repeated on each new page), rows with thin rules,
 * figures right-aligned in the office's number format. Returns the y below it.
 */
export function drawTable(
  ctx: PdfContext,
  table: Pick<ReportTable, 'columns' | 'rows'>,
  top: number,
): number {
  const { doc, clean } = ctx;
  const locale = ctx.schedule.office.locale;
  const { contentWidth } = frameOf(ctx);
  const widths = columnWidths(table, contentWidth);
  const xs = widths.map((_, i) => page.margin + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const rowHeight = (texts: string[], bold: boolean) =>
    Math.max(
      ...texts.map(
        (text, i) =>
          pen(ctx, bold ? 'bold' : 'regular', fontSize).heightOfString(text, {
            width: widths[i]! - 2 * padding,
          }) +
          2 * padding,
      ),
    );
  const drawRow = (texts: string[], y: number, bold: boolean, fill?: string) => {
    const height = rowHeight(texts, bold);
    if (fill) doc.rect(page.margin, y, contentWidth, height).fillColor(fill).fill();
    texts.forEach((text, i) => {
      const numeric = table.columns[i]!.kind !== 'text';
      pen(ctx, bold ? 'bold' : 'regular', fontSize).text(text, xs[i]! + padding, y + padding, {
        width: widths[i]! - 2 * padding,
        align: numeric && !bold ? 'right' : 'left',
      });
    });
    doc
      .moveTo(page.margin, y + height)
      .lineTo(page.margin + contentWidth, y + height)
      .lineWidth(0.4)
      .strokeColor(palette.rule)
      .stroke();
    return y + height;
  };

  const header = table.columns.map((c) => clean(c.label));
  let y = ensureRoom(ctx, top, rowHeight(header, true) + 16);
  y = drawRow(header, y, true, palette.headerFill);
  for (const row of table.rows) {
    const texts = row.cells.map((cell, i) =>
      clean(formatCell(cell, table.columns[i]!.kind, locale)),
    );
    const height = rowHeight(texts, false);
    if (y + height > frameOf(ctx).contentBottom) {
      doc.addPage();
      y = drawRow(header, page.margin, true, palette.headerFill);
    }
    y = drawRow(texts, y, false);
  }
  return y;
}
