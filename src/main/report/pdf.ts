import type { Writable } from 'node:stream';
import SVGtoPDF from 'svg-to-pdfkit';
import { reportCharts } from '../../shared/report/charts';
import { isEmptyReport, reportTables } from '../../shared/report/figures';
import { chartSvg } from '../../shared/report/render';
import { fonts, frameOf, page, pen } from '../export/formats/pdf/layout';
import type { ReportDocument } from './document';
import { drawTitleBlock, heading, openPortrait, printPortrait, smallPrint } from './pdf-page';
import { drawTable } from './pdf-table';

const chartHeight = 210;

/**
 * The Laporan kinerja on A4 portrait: the schedule PDF's kop, the title and period, the summary
 * with the previous period beside each figure, the charts as vectors (ECharts' SVG drawn by
 * svg-to-pdfkit, the same drawing as on screen), the tables, the planner's notes and the
 * signature block, with "Halaman X dari Y" on every page.
 */
export async function writeReportPdf(report: ReportDocument, out: Writable): Promise<void> {
  const ctx = await openPortrait({
    ...report,
    subject: report.periodLine,
    from: report.data.report.period.from,
    to: report.data.report.period.to,
  });
  const { doc, cleanLines } = ctx;
  const locale = report.office.locale;
  const { contentWidth } = frameOf(ctx);
  await printPortrait(ctx, out, (top) => {
    let y = drawTitleBlock(ctx, top, {
      title: report.title,
      office: report.office,
      period: report.periodLine,
    });

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
    return smallPrint(
      ctx,
      report.word('definitions', { tolerance: report.toleranceMinutes }),
      doc.y + 6,
    );
  });
}
