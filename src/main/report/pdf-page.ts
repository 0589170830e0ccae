import type { Writable } from 'node:stream';
import { catalogs } from '../../shared/i18n';
import { exportLabels } from '../export/labels';
import { dateWords } from '../export/formats/pdf/dates';
import { openPdf } from '../export/formats/pdf/document';
import { drawFooters } from '../export/formats/pdf/footer';
import { frameOf, page, palette, pen, type PdfContext } from '../export/formats/pdf/layout';
import { drawLetterhead } from '../export/formats/pdf/letterhead';
import { drawSignature } from '../export/formats/pdf/signature';
import { ensureRoom } from './pdf-table';
import type { PrintOffice } from './print-office';

/** A4 portrait in points. */
export const portrait = { width: 595.28, height: 841.89 };

/** What an office document on A4 portrait is about: its words for the PDF's properties. */
export interface PortraitDocument extends PrintOffice {
  title: string;
  /** The PDF's subject: the period line. */
  subject: string;
  /** The office-local days it covers (the signature block dates the document itself). */
  from: string;
  to: string;
  generatedAt: string;
}

/**
 * An A4 portrait PDF with the context the schedule PDF's letterhead, signature block and
 * footers read (they take the office and print settings from `schedule`): the Laporan kinerja
 * and the Rekap provinsi open theirs here.
 */
export async function openPortrait(document: PortraitDocument): Promise<PdfContext> {
  const locale = document.office.locale;
  const words = catalogs[locale].printDocument;
  const { doc, clean, cleanLines } = await openPdf({
    layout: 'portrait',
    locale,
    title: document.title,
    author: document.office.name,
    subject: document.subject,
    createdAt: new Date(document.generatedAt),
    emojiMarker: words.emojiMarker,
  });
  return {
    doc,
    schedule: {
      office: document.office,
      print: document.print,
      filter: {
        from: document.from,
        to: document.to,
        statuses: [],
        channelIds: [],
        campaignIds: [],
      },
      generatedAt: document.generatedAt,
      channels: [],
      campaigns: [],
      observances: [],
      posts: [],
      signOffs: [],
    },
    labels: exportLabels(locale),
    words,
    dates: dateWords(document.office),
    clean,
    cleanLines,
    logo: document.logo,
    frame: portrait,
  };
}

/** A section heading in bold, on a new page when `room` points would not fit below it. */
export function heading(ctx: PdfContext, text: string, y: number, room = 40): number {
  const top = ensureRoom(ctx, y + 8, room);
  pen(ctx, 'bold', 11).text(ctx.clean(text), page.margin, top, {
    width: frameOf(ctx).contentWidth,
  });
  return ctx.doc.y + 4;
}

/**
 * The kop, the title in bold, the office and unit, and the period line, centred; returns the y
 * below them.
 */
export function drawTitleBlock(
  ctx: PdfContext,
  top: number,
  lines: { title: string; office: Pick<PrintOffice['office'], 'name' | 'unit'>; period: string },
): number {
  const { doc, clean } = ctx;
  const { contentWidth } = frameOf(ctx);
  pen(ctx, 'bold', 13).text(clean(lines.title), page.margin, top + 4, {
    width: contentWidth,
    align: 'center',
  });
  let y = doc.y + 2;
  const office = [lines.office.name, lines.office.unit].map(clean).filter(Boolean).join(' · ');
  if (office) {
    pen(ctx, 'regular', 9).text(office, page.margin, y, { width: contentWidth, align: 'center' });
    y = doc.y;
  }
  pen(ctx, 'regular', 9).text(clean(lines.period), page.margin, y, {
    width: contentWidth,
    align: 'center',
  });
  return doc.y + 6;
}

/**
 * Writes the document to `out`: the first page with the kop, whatever `draw` puts below it
 * (given the y to start at, returning the y it ended at), the signature block, "Halaman X dari
 * Y" on every page. Resolves once the last byte is written.
 */
export async function printPortrait(
  ctx: PdfContext,
  out: Writable,
  draw: (top: number) => number,
): Promise<void> {
  const { doc } = ctx;
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.pipe(out);
  try {
    doc.addPage();
    drawSignature(ctx, draw(drawLetterhead(ctx, page.margin)));
    drawFooters(ctx);
    doc.end();
  } catch (error) {
    doc.unpipe(out);
    throw error;
  }
  await ended;
}

/** Small grey text (definitions under the tables); returns the y below it. */
export function smallPrint(ctx: PdfContext, text: string, y: number): number {
  const top = ensureRoom(ctx, y, 30);
  pen(ctx, 'regular', 7, palette.muted).text(ctx.clean(text), page.margin, top, {
    width: frameOf(ctx).contentWidth,
  });
  return ctx.doc.y;
}
