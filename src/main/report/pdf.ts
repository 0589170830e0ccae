import type { Writable } from 'node:stream';
import SVGtoPDF from 'svg-to-pdfkit';
import { catalogs } from '../../shared/i18n';
import { reportCharts } from '../../shared/report/charts';
import { isEmptyReport, reportTables } from '../../shared/report/figures';
import { chartSvg } from '../../shared/report/render';
import { exportLabels } from '../export/labels';
import { dateWords } from '../export/formats/pdf/dates';
import { openPdf } from '../export/formats/pdf/document';
import { drawFooters } from '../export/formats/pdf/footer';
import { fonts, frameOf, page, palette, pen, type PdfContext } from '../export/formats/pdf/layout';
import { drawLetterhead } from '../export/formats/pdf/letterhead';
import { drawSignature } from '../export/formats/pdf/signature';
import type { ReportDocument } from './document';
import { drawTable, ensureRoom } from './pdf-table';

/** A4 portrait in points. */
const portrait = { width: 595.28, height: 841.89 };
const chartHeight = 210;

async function openDocument(report: ReportDocument) {
  const words = catalogs[report.office.locale].printDocument;
  const { doc, clean, cleanLines } = await openPdf({
    layout: 'portrait',
    locale: report.office.locale,
    title: report.title,
    author: report.office.name,
    subject: report.periodLine,
    createdAt: new Date(report.generatedAt),
    emojiMarker: words.emojiMarker,
  });
  const ctx: PdfContext = {
    doc,
    // The letterhead, signature block and footers read the office and print settings here.
    schedule: {
      office: report.office,
      print: report.print,
      filter: {
        from: report.data.report.period.from,
        to: report.data.report.period.to,
        statuses: [],
        channelIds: [],
        campaignIds: [],
      },
      generatedAt: report.generatedAt,
      channels: [],
      campaigns: [],
      observances: [],
      posts: [],
      signOffs: [],
    },
    labels: exportLabels(report.office.locale),
    words,
    dates: dateWords(report.office),
    clean,
    cleanLines,
    logo: report.logo,
    frame: portrait,
  };
  return ctx;
}

function heading(ctx: PdfContext, text: string, y: number, room = 40): number {
  const top = ensureRoom(ctx, y + 8, room);
  pen(ctx, 'bold', 11).text(ctx.clean(text), page.margin, top, {
    width: frameOf(ctx).contentWidth,
  });
  return ctx.doc.y + 4;
}

/**
 * The Laporan kinerja on A4 portrait: the schedule PDF's kop, the title and period, the summary
 * with the previous period beside each figure, the charts as vectors (ECharts' SVG drawn by
 * svg-to-pdfkit, the same drawing as on screen), the tables, the planner's notes and the
 * signature block, with "Halaman X dari Y" on every page.
 */
export async function writeReportPdf(report: ReportDocument, out: Writable): Promise<void> {
  const ctx = await openDocument(report);
  const { doc, clean, cleanLines } = ctx;
  const locale = report.office.locale;
  const { contentWidth } = frameOf(ctx);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.pipe(out);
  try {
    doc.addPage();
    let y = drawLetterhead(ctx, page.margin);
    pen(ctx, 'bold', 13).text(clean(report.title), page.margin, y + 4, {
      width: contentWidth,
      align: 'center',
    });
    y = doc.y + 2;
    const office = [report.office.name, report.office.unit].map(clean).filter(Boolean).join(' · ');
    if (office) {
      pen(ctx, 'regular', 9).text(office, page.margin, y, { width: contentWidth, align: 'center' });
      y = doc.y;
    }
    pen(ctx, 'regular', 9).text(clean(report.periodLine), page.margin, y, {
      width: contentWidth,
      align: 'center',
    });
    y = doc.y + 6;

    const tables = reportTables(report.data, report.names, locale, report.word, report.iku);
    const [summary, ...rest] = tables;
    y = heading(ctx, summary!.title, y);
    y = drawTable(ctx, summary!, y);

    if (!isEmptyReport(report.data.report)) {
      for (const chart of reportCharts(report.data, report.names, locale, report.word)) {
        y = heading(ctx, chart.title, y, chartHeight + 24);
        const svg = chartSvg(chart.option, Math.round(contentWidth), chartHeight);
        SVGtoPDF(doc, svg, page.margin, y, {
          width: contentWidth,
          height: chartHeight,
          assumePt: true,
          fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
        });
        y += chartHeight + 4;
      }
    }

    for (const table of rest) {
      if (table.rows.length === 0) continue;
      y = heading(ctx, table.title, y);
      y = drawTable(ctx, table, y);
    }

    y = heading(ctx, report.word('section.notes'), y);
    const notes = report.notes ? cleanLines(report.notes) : '–';
    pen(ctx, 'regular', 9).text(notes, page.margin, y, { width: contentWidth });
    y = doc.y + 6;
    const definitions = report.word('definitions', { tolerance: report.toleranceMinutes });
    y = ensureRoom(ctx, y, 30);
    pen(ctx, 'regular', 7, palette.muted).text(clean(definitions), page.margin, y, {
      width: contentWidth,
    });
    y = doc.y;

    drawSignature(ctx, y);
    drawFooters(ctx);
    doc.end();
  } catch (error) {
    doc.unpipe(out);
    throw error;
  }
  await ended;
}
