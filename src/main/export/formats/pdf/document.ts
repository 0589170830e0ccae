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

/** What a printed document is: its page orientation, language and document properties. */
export interface PdfDocumentOptions {
  layout: 'landscape' | 'portrait';
  locale: string;
  title: string;
  author: string;
  subject: string;
  createdAt: Date;
  /** What stands in for a character the fonts cannot draw (an emoji). */
  emojiMarker: string;
}

/**
 * An A4 document with DejaVu Sans embedded as regular and bold. Pages are buffered so that the
 * footers ("Halaman X dari Y") can be written once the count is known. Returns the document and
 * the text cleaners for its fonts. The schedule PDF (landscape) and the report PDF (portrait)
 * both open theirs here.
 */
export async function openPdf(options: PdfDocumentOptions) {
  // Loaded here, not at the top: the app starts without pdfkit until someone prints.
  const { default: PDFDocument } = await import('pdfkit');
  const data = fontData();
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout,
    margins: { top: page.margin, left: page.margin, right: page.margin, bottom: page.bottom },
    bufferPages: true,
    autoFirstPage: false,
    // No initial font: pdfkit would otherwise open Helvetica, a standard font never embedded.
    // (Not our buffer either: opened unnamed, pdfkit would re-parse it on every switch to the
    // registered name, which cost 20 s for a 500-post month.)
    font: null as unknown as string,
    lang: options.locale,
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      Creator: 'Linimasa',
      Producer: 'Linimasa',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  doc.registerFont(fonts.regular, data.regular);
  doc.registerFont(fonts.bold, data.bold);
  const glyphs = [doc.font(fonts.bold), doc.font(fonts.regular)].map(currentGlyphs);
  const printable = glyphFilter(glyphs, options.emojiMarker);
  return {
    doc,
    clean: (text: string) => oneLine(printable(text)),
    cleanLines: (text: string) => keepLines(printable(text)),
  };
}

/** The schedule's document: A4 landscape, titled and dated by the schedule. */
export function createDocument(schedule: Schedule, title: string, emojiMarker: string) {
  return openPdf({
    layout: 'landscape',
    locale: schedule.office.locale,
    title,
    author: schedule.office.name,
    subject: `${schedule.filter.from} – ${schedule.filter.to}`,
    createdAt: new Date(schedule.generatedAt),
    emojiMarker,
  });
}
