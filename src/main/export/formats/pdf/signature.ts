import { contentBottom, contentWidth, page, palette, pen, type PdfContext } from './layout';

const width = 260;
const lineHeight = 13;
/** Room for a handwritten signature and the office stamp. */
const signingSpace = 52;

/**
 * The place in "<place>, <date>": the office name without its "Pemerintah Kabupaten/Kota/
 * Provinsi" prefix ("Pemerintah Kabupaten Sukamaju" → "Sukamaju"), which is how the seat of a
 * kabupaten or kota is usually written on its letters. Names without that prefix are used as
 * typed. (A separate "place" setting would be exact; this keeps Settings as they are.)
 */
export function signaturePlace(officeName: string): string {
  return officeName
    .trim()
    .replace(/^(pemerintah\s+)?(kabupaten|kota|provinsi)\s+/i, '')
    .replace(/^pemerintah\s+/i, '');
}

/**
 * "Mengetahui / Menyetujui" on the right under the table, as on a signed government letter:
 * place and date, the signer's position, room to sign, the name (bold, underlined), the NIP.
 * Starts a new page when it would not fit whole under the table.
 */
export function drawSignature(ctx: PdfContext, top: number): void {
  const { doc, schedule, labels, dates, clean } = ctx;
  const office = schedule.office;
  const position = clean(office.signerPosition);
  pen(ctx, 'regular', 9);
  const positionHeight = position ? doc.heightOfString(position, { width }) : 0;
  const height = 2 * lineHeight + positionHeight + signingSpace + 2 * lineHeight;
  let y = top + 20;
  if (y + height > contentBottom) {
    doc.addPage();
    y = page.margin;
  }
  const x = page.margin + contentWidth - width;
  const line = (text: string, style: 'regular' | 'bold' = 'regular', underline = false) => {
    pen(ctx, style, 9).text(text, x, y, {
      width,
      height: lineHeight + 2,
      align: 'center',
      underline,
    });
    y += lineHeight;
  };

  const place = signaturePlace(clean(office.name));
  const date = dates.long(dates.dateOf(schedule.generatedAt));
  line(place ? labels.text('signature.placeDate', { place, date }) : date);
  line(labels.signature.acknowledged);
  if (position) {
    pen(ctx, 'regular', 9).text(position, x, y, {
      width,
      height: positionHeight + 2,
      align: 'center',
    });
    y += positionHeight;
  }
  y += signingSpace;
  const name = clean(office.signerName);
  if (name) line(name, 'bold', true);
  else {
    // No signer configured yet: a line to write the name on by hand.
    doc
      .moveTo(x + 50, y + 10)
      .lineTo(x + width - 50, y + 10)
      .lineWidth(0.6)
      .strokeColor(palette.text)
      .stroke();
    y += lineHeight;
  }
  const nip = clean(office.signerNip);
  if (nip) line(`${labels.signature.nip} ${nip}`);
}
