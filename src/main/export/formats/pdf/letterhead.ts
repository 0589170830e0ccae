import { frameOf, page, palette, pen, type PdfContext } from './layout';

const logoSize = 58;

/** A line in capitals is a name line of the kop (bold); others (address, telephone) are small. */
const isNameLine = (line: string) => line === line.toUpperCase() && /[A-Z]/.test(line);

/**
 * The kop surat on the first page: the logo (regional emblem) on the left, the government's and
 * the unit's names in capitals and the address centred, then a thick and a thin rule, as on the
 * office's letters. Returns the y below it; nothing is drawn when no line and no logo is set.
 */
export function drawLetterhead(ctx: PdfContext, top: number): number {
  const { doc, schedule, clean } = ctx;
  const lines = schedule.print.letterhead.map(clean).filter(Boolean);
  if (lines.length === 0 && !ctx.logo) return top;
  const { contentWidth } = frameOf(ctx);
  const x = page.margin;
  // Text is centred on the page but kept clear of the logo on both sides.
  const inset = ctx.logo ? logoSize + 12 : 0;
  const width = contentWidth - 2 * inset;
  let y = top;
  let nameLines = 0;
  for (const line of lines) {
    const name = isNameLine(line);
    const size = name ? (nameLines++ === 0 ? 13 : 15) : 8.5;
    pen(ctx, name ? 'bold' : 'regular', size).text(line, x + inset, y, {
      width,
      align: 'center',
    });
    y = doc.y + (name ? 1 : 0.5);
  }
  let bottom = y;
  if (ctx.logo) {
    try {
      doc.image(ctx.logo, x, top, { fit: [logoSize, logoSize], align: 'center', valign: 'center' });
      bottom = Math.max(bottom, top + logoSize);
    } catch {
      // A logo pdfkit cannot read (checked when chosen, so only a damaged file): print without.
    }
  }
  bottom += 4;
  doc
    .moveTo(x, bottom)
    .lineTo(x + contentWidth, bottom)
    .lineWidth(2)
    .strokeColor(palette.text)
    .stroke();
  doc
    .moveTo(x, bottom + 3)
    .lineTo(x + contentWidth, bottom + 3)
    .lineWidth(0.6)
    .strokeColor(palette.text)
    .stroke();
  return bottom + 10;
}
