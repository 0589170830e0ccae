import type { Schedule } from '../../../../shared/domain/exports';
import type { ExportLabels } from '../../labels';
import type { Catalog } from '../../../../shared/i18n/id';
import type { DateWords } from './dates';

/** A4 landscape in points; pdfkit's 'A4' turned by `layout: 'landscape'`. */
export const page = {
  width: 841.89,
  height: 595.28,
  margin: 28,
  /** Room under the content for the footer line (page number, office, generated at). */
  bottom: 36,
} as const;

export const contentWidth = page.width - 2 * page.margin;
/** The lowest y content may reach; the footer lives below it. */
export const contentBottom = page.height - page.bottom;

export const palette = {
  text: '#1f2933',
  muted: '#6b7280',
  rule: '#cfd6de',
  headerFill: '#e8eef5',
  zebra: '#f6f8fa',
  outsideMonth: '#f3f4f6',
  /** Observance names (Hari Ibu, Natal…): amber, apart from the black post chips. */
  observance: '#b45309',
  publicHoliday: '#b91c1c',
} as const;

export const fonts = { regular: 'Linimasa-Regular', bold: 'Linimasa-Bold' } as const;

/** What every part of the PDF draws with. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  schedule: Schedule;
  labels: ExportLabels;
  dates: DateWords;
  /** Text as it can be printed: characters the font lacks dropped, whitespace collapsed. */
  clean: (text: string) => string;
  /** The same, keeping line breaks (captions). */
  cleanLines: (text: string) => string;
  /** The printed document's own words (signers, summary, emoji marker). */
  words: Catalog['printDocument'];
  /** The letterhead logo's bytes (PNG or JPEG), when the office has set one. */
  logo: Buffer | null;
  /** The page when it is not the schedule's A4 landscape (the report prints A4 portrait). */
  frame?: { width: number; height: number };
}

/**
 * The content box of the context's page: A4 landscape unless `frame` says otherwise, so the
 * letterhead, signature block and footers print the same on the report's portrait pages.
 */
export function frameOf(ctx: Pick<PdfContext, 'frame'>) {
  const width = ctx.frame?.width ?? page.width;
  const height = ctx.frame?.height ?? page.height;
  return {
    height,
    contentWidth: width - 2 * page.margin,
    contentBottom: height - page.bottom,
  };
}

/** Sets font, size and colour in one call; every draw call states all three. */
export function pen(
  ctx: PdfContext,
  style: keyof typeof fonts,
  size: number,
  color: string = palette.text,
): PDFKit.PDFDocument {
  return ctx.doc.font(fonts[style]).fontSize(size).fillColor(color);
}
