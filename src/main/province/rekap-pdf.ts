import type { Writable } from 'node:stream';
import { page, pen } from '../export/formats/pdf/layout';
import {
  drawTitleBlock,
  heading,
  openPortrait,
  printPortrait,
  smallPrint,
} from '../report/pdf-page';
import { drawTable } from '../report/pdf-table';
import type { RekapDocument } from './rekap-document';

/**
 * The Rekap provinsi on A4 portrait, as the Laporan kinerja prints: the kop, the title and
 * month, the summary, the ranking with last month beside each figure, the offices that reported
 * late or not at all, every pack item per regency, the definitions and the signature block.
 */
export async function writeRekapPdf(rekap: RekapDocument, out: Writable): Promise<void> {
  const ctx = await openPortrait({ ...rekap, subject: rekap.periodLine });
  const [summary, , reports, items] = rekap.tables;
  await printPortrait(ctx, out, (top) => {
    let y = drawTitleBlock(ctx, top, {
      title: rekap.title,
      office: rekap.office,
      period: rekap.periodLine,
    });
    const line = (text: string) => {
      pen(ctx, 'regular', 9).text(ctx.clean(text), page.margin, y);
      y = ctx.doc.y + 4;
    };
    line(rekap.dueLine);
    y = heading(ctx, summary!.title, y);
    y = drawTable(ctx, summary!, y);

    y = heading(ctx, rekap.printedRanking.title, y);
    if (rekap.printedRanking.rows.length === 0) line(rekap.word('noRegencies'));
    else y = drawTable(ctx, rekap.printedRanking, y);

    y = heading(ctx, reports!.title, y);
    if (reports!.rows.length === 0) line(rekap.word('allOnTime'));
    else y = drawTable(ctx, reports!, y);

    if (items!.rows.length > 0) {
      y = heading(ctx, items!.title, y);
      y = drawTable(ctx, items!, y);
    }
    return smallPrint(ctx, rekap.word('definitions'), y + 6);
  });
}
