import type { Schedule } from '../../../../shared/domain/exports';
import { fontData } from './fonts';
import { glyphFilter, keepLines, oneLine, type GlyphSource } from './glyphs';
import { fonts, page } from './layout';

/** pdfkit's font in use; `font` is the fontkit font it embeds (not in pdfkit's typings). */
function currentGlyphs(doc: PDFKit.PDFDocument): GlyphSource {
  const font = (doc as unknown as { _font?: { font?: Partial<GlyphSource> } })._font?.font;
  if (typeof font?.hasGlyphForCodePoint !== 'function') {
    throw new Error('pdfkit: cannot read the glyphs of the embedded font');
  }
  return font as GlyphSource;
}

/**
 * An A4 landscape document with DejaVu Sans embedded as regular and bold. Pages are buffered so
 * that the footers ("Halaman X dari Y") can be written once the count is known. Returns the
 * document and the text cleaners for its fonts.
 */
export async function createDocument(schedule: Schedule, title: string, emojiMarker: string) {
  // Loaded here, not at the top: the app starts without pdfkit until someone prints.
  const { default: PDFDocument } = await import('pdfkit');
  const data = fontData();
  const generatedAt = new Date(schedule.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: page.margin, left: page.margin, right: page.margin, bottom: page.bottom },
    bufferPages: true,
    autoFirstPage: false,
    // No initial font: pdfkit would otherwise open Helvetica, a standard font never embedded.
    // (Not our buffer either: opened unnamed, pdfkit would re-parse it on every switch to the
    // registered name, which cost 20 s for a 500-post month.)
    font: null as unknown as string,
    lang: schedule.office.locale,
    displayTitle: true,
    info: {
      Title: title,
      Author: schedule.office.name,
      Subject: `${schedule.filter.from} – ${schedule.filter.to}`,
      Creator: 'Linimasa',
      Producer: 'Linimasa',
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });
  doc.registerFont(fonts.regular, data.regular);
  doc.registerFont(fonts.bold, data.bold);
  const glyphs = [doc.font(fonts.bold), doc.font(fonts.regular)].map(currentGlyphs);
  const printable = glyphFilter(glyphs, emojiMarker);
  return {
    doc,
    clean: (text: string) => oneLine(printable(text)),
    cleanLines: (text: string) => keepLines(printable(text)),
  };
}
